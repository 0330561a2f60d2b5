import { describe, expect, it } from 'vitest';
import { classifyResource, gzipSize, totalBytes, type ResourceRecord } from '../../../bench/bytes';

describe('classifyResource', () => {
  it('sorts by content type', () => {
    expect(classifyResource('http://h/a', 'text/javascript; charset=utf-8', '')).toBe('js');
    expect(classifyResource('http://h/a', 'text/css', '')).toBe('css');
    expect(classifyResource('http://h/', 'text/html', '<!doctype html>')).toBe('document');
    expect(classifyResource('http://h/a', 'image/png', '')).toBe('image');
    expect(classifyResource('http://h/a', 'font/woff2', '')).toBe('font');
    expect(classifyResource('http://h/a', 'application/geo+json', '{"type":"Feature')).toBe('data');
    expect(classifyResource('http://h/a.txt', 'text/plain', 'Moscow')).toBe('data');
    expect(classifyResource('http://h/a', 'application/octet-stream', '')).toBe('other');
  });
  it('falls back on the file name when the type says nothing', () => {
    expect(classifyResource('http://h/w.js?worker', '', '')).toBe('js');
    expect(classifyResource('http://h/s.css', '', '')).toBe('css');
    expect(classifyResource('http://h/p.geojson#x', '', '')).toBe('data');
  });
  it('calls any TopoJSON the basemap, whatever its name or type', () => {
    const head = '{"type":"Topology","objects":{"land":';
    expect(classifyResource('http://h/assets/land-50m-x.json', 'application/json', head)).toBe(
      'basemap',
    );
    expect(classifyResource('http://h/b.bin', 'application/octet-stream', head)).toBe('basemap');
    expect(classifyResource('http://h/b', 'application/json', '{ "type" : "Topology"')).toBe(
      'basemap',
    );
  });
});

describe('gzipSize', () => {
  it('is the length of a gzip stream that decodes back to the body', () => {
    const body = Buffer.from('{"type":"Topology"}'.repeat(1000));
    const size = gzipSize(body);
    expect(size).toBeLessThan(body.length / 10);
    expect(size).toBeGreaterThan(18);
  });
  it('handles an empty body', () => {
    expect(gzipSize(new Uint8Array())).toBe(20);
  });
});

describe('totalBytes', () => {
  const record = (
    kind: ResourceRecord['kind'],
    transfer: number,
    body: number | null,
  ): ResourceRecord => ({
    url: `http://h/${kind}`,
    kind,
    status: 200,
    transfer,
    body,
    gzip: body === null ? null : Math.round(body / 3),
    encoding: null,
  });
  it('sums by kind and overall', () => {
    const totals = totalBytes([record('js', 100, 300), record('js', 10, 30), record('css', 5, 15)]);
    expect(totals.js).toEqual({ count: 2, transfer: 110, body: 330, gzip: 110 });
    expect(totals.css).toEqual({ count: 1, transfer: 5, body: 15, gzip: 5 });
    expect(totals.basemap).toEqual({ count: 0, transfer: 0, body: 0, gzip: 0 });
    expect(totals.total).toEqual({ count: 3, transfer: 115, body: 345, gzip: 115 });
  });
  it('counts the transfer size when the body was not available', () => {
    expect(totalBytes([record('js', 40, null)]).js).toEqual({
      count: 1,
      transfer: 40,
      body: 40,
      gzip: 40,
    });
  });
});
