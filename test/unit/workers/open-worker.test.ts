/**
 * The open worker's protocol (issue 16, 1): what it serves is only ever the open the page
 * committed. A later accepted open, a refused one, or one never committed is not served.
 * The worker's global scope is a stand-in (the module uses only onmessage and postMessage).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OpenRequest, OpenResponse } from '../../../src/workers/open-worker';
import { decodeText } from '../../../src/core/geojson/decode-text';
import { pointsCollection } from '../../support/hostile-server';

/** A file whose stream gives `size`-byte chunks, one at a time, cutting characters anywhere. */
class ChunkedBlob extends Blob {
  readonly #data: Uint8Array;
  readonly #chunk: number;
  constructor(data: Uint8Array, chunk: number) {
    super([data as BlobPart]);
    this.#data = data;
    this.#chunk = chunk;
  }
  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    let at = 0;
    const bytes = this.#data;
    const size_ = this.#chunk;
    return new ReadableStream({
      pull(controller) {
        if (at >= bytes.length) controller.close();
        else controller.enqueue(bytes.slice(at, (at += size_)));
      },
    });
  }
}

type Body<T> = T extends unknown ? Omit<T, 'id'> : never;
const posted: OpenResponse[] = [];
const scope: {
  onmessage: ((event: { data: OpenRequest }) => void) | null;
  postMessage: (message: OpenResponse) => void;
} = { onmessage: null, postMessage: (message) => posted.push(message) };
let next = 1;

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('../../../src/workers/open-worker');
});

afterAll(() => {
  vi.unstubAllGlobals();
});

const limits = { maxBytes: 1_000_000, timeoutMs: 1000, pageProtocol: 'http:' };

/** Sends a request and resolves with its final answer (not progress). */
function ask(body: Body<OpenRequest>): Promise<OpenResponse> {
  const id = next++;
  scope.onmessage?.({ data: { ...body, id } as OpenRequest });
  return vi.waitFor(() => {
    const answer = posted.find((m) => m.id === id && m.type !== 'progress');
    if (!answer) throw new Error('not yet');
    return answer;
  });
}

const open = (text: string) => ask({ type: 'open', source: text, limits });

async function exportedCount(): Promise<number | string> {
  const answer = await ask({ type: 'export' });
  if (answer.type === 'error') return answer.message;
  if (answer.type !== 'exported') throw new Error(answer.type);
  return (JSON.parse(answer.text) as { features: unknown[] }).features.length;
}

describe('open-worker serves only the committed open', () => {
  it('serves nothing until an open is committed', async () => {
    const a = await open(pointsCollection(10));
    expect(a.type === 'opened' && a.summary.ok).toBe(true);
    expect(await exportedCount()).toMatch(/No opened file/);
    const clusters = await ask({ type: 'clusters', bbox: [-180, -85, 180, 85], zoom: 0 });
    expect(clusters.type === 'clusters' && clusters.features).toEqual([]);
  });

  it('an open accepted after the committed one is not served until committed itself', async () => {
    const a = await open(pointsCollection(10));
    await ask({ type: 'commit', open: a.id });
    expect(await exportedCount()).toBe(10);
    // A larger file is accepted while the page shows the first; then a refused one.
    const b = await open(pointsCollection(300));
    expect(b.type === 'opened' && b.summary.ok).toBe(true);
    const kml = await open('<kml xmlns="http://www.opengis.net/kml/2.2"></kml>');
    expect(kml.type === 'opened' && kml.summary.ok).toBe(false);
    expect(await exportedCount()).toBe(10);
    // The page discards b: it can no longer be committed either.
    await ask({ type: 'discard', open: b.id });
    const late = await ask({ type: 'commit', open: b.id });
    expect(late.type).toBe('error');
    expect(await exportedCount()).toBe(10);
  });

  it('a refused open can never be committed', async () => {
    const bad = await open('{"type":"Point"}');
    expect(bad.type === 'opened' && bad.summary.ok).toBe(false);
    expect((await ask({ type: 'commit', open: bad.id })).type).toBe('error');
  });

  it('exports a property 1e400 that it accepted, as null', async () => {
    const text = pointsCollection(2).replace('"point 0"', '"point 0","big":1e400');
    const a = await open(text);
    expect(a.type === 'opened' && a.summary.ok).toBe(true);
    await ask({ type: 'commit', open: a.id });
    const answer = await ask({ type: 'export' });
    expect(answer.type === 'exported' && answer.text).toContain('"big": null');
  });

  it('reads Latin-1 bytes as Windows-1252 and warns, naming the encoding', async () => {
    const text = pointsCollection(1).replace('point 0', 'Caf\u00e9');
    const blob = new Blob([Uint8Array.from(text, (c) => c.charCodeAt(0))]);
    const a = await ask({ type: 'open', source: blob, limits });
    if (a.type !== 'opened') throw new Error(a.type);
    expect(a.summary.encoding).toBe('Windows-1252');
    expect(a.summary.problems[0]?.message).toMatch(/not UTF-8.*Windows-1252/);
    expect(a.summary.listing[0]?.label).toBe('Caf\u00e9');
  });

  it('reads a file in chunks, telling bytes read and features checked as they come', async () => {
    const text = pointsCollection(2000).replace(/point (\d+)/g, 'café $1 😀');
    const bytes = new TextEncoder().encode(text);
    const blob = new ChunkedBlob(bytes, 997);
    const a = await ask({ type: 'open', source: blob, limits: { ...limits, maxBytes: 1e7 } });
    if (a.type !== 'opened') throw new Error(a.type);
    expect([a.summary.ok, a.summary.count, a.summary.bytes]).toEqual([true, 2000, bytes.length]);
    expect(a.summary.listing[0]?.label).toBe('café 0 😀');
    const reading = posted.flatMap((m) =>
      m.id === a.id && m.type === 'progress' && m.progress.stage === 'reading' ? [m.progress] : [],
    );
    // The first chunk is told at once: its features were checked before the file was read.
    expect(reading[0]).toMatchObject({ stage: 'reading', done: 997, total: bytes.length });
    expect(reading[0]?.features).toBeGreaterThan(0);
    expect(reading.every((p) => p.total === bytes.length && p.done <= p.total)).toBe(true);
  });

  it('reads a file again as Windows-1252 when a byte that is not UTF-8 comes after UTF-8 letters', async () => {
    const text = pointsCollection(300).replace('point 0', 'Café').replace('point 299', 'Caf~');
    // UTF-8 throughout but for one Latin-1 é, far after the UTF-8 one.
    const bytes = new TextEncoder().encode(text);
    bytes[bytes.indexOf(0x7e)] = 0xe9;
    const expected = decodeText(bytes);
    const a = await ask({
      type: 'open',
      source: new ChunkedBlob(bytes, 4096),
      limits: { ...limits, maxBytes: 1e7 },
    });
    if (a.type !== 'opened') throw new Error(a.type);
    expect(a.summary.encoding).toBe('Windows-1252');
    expect(a.summary.problems[0]).toEqual(expected.warning);
    expect(a.summary.listing[0]?.label).toBe('Caf\u00c3\u00a9');
  });

  it('refuses a file over the limit before reading it, saying what would work', async () => {
    const blob = new Blob([pointsCollection(10)]);
    const a = await ask({
      type: 'open',
      source: blob,
      limits: { ...limits, maxBytes: 100 },
    });
    expect(a.type === 'error' && a.message).toMatch(/^it is .* more than 100 bytes.*simplify/);
  });

  it('counts features without a geometry as unlocated', async () => {
    const a = await open(
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null},{"type":"Feature","properties":{},"geometry":null}]}',
    );
    expect(
      a.type === 'opened' && [a.summary.count, a.summary.unlocated, a.summary.listing.length],
    ).toEqual([2, 2, 0]);
  });
});

describe('open-worker tiles the shapes and finds the one clicked', () => {
  const square = (name: string, lon: number) =>
    `{"type":"Feature","properties":{"name":"${name}"},"geometry":{"type":"Polygon","coordinates":[[[${lon},0],[${lon + 1},0],[${lon + 1},1],[${lon},1],[${lon},0]]]}}`;
  const text = `{"type":"FeatureCollection","features":[${square('west', 0)},{"type":"Feature","properties":{"name":"a point"},"geometry":{"type":"Point","coordinates":[5,5]}},${square('east', 2)}]}`;

  it('sends the page counts, not the shapes', async () => {
    const a = await open(text);
    if (a.type !== 'opened') throw new Error(a.type);
    expect([a.summary.count, a.summary.pointCount, a.summary.shapeCount]).toEqual([3, 1, 2]);
    expect(JSON.stringify(a.summary)).not.toContain('"coordinates"');
  });

  it('serves the committed file’s tiles, and the feature under a click with its properties', async () => {
    const a = await open(text);
    await ask({ type: 'commit', open: a.id });
    const tile = await ask({ type: 'tile', z: 0, x: 0, y: 0 });
    expect(tile.type === 'tile' && tile.data).toBeInstanceOf(Int32Array);
    const east = await ask({ type: 'feature-at', lon: 2.5, lat: 0.5, zoom: 6 });
    expect(east.type === 'feature-at' && east.found).toEqual({
      index: 2,
      properties: { name: 'east' },
    });
    const none = await ask({ type: 'feature-at', lon: 1.5, lat: 0.5, zoom: 6 });
    expect(none.type === 'feature-at' && none.found).toBeNull();
    const empty = await ask({ type: 'tile', z: 3, x: 0, y: 0 });
    expect(empty.type === 'tile' && empty.data).toBeNull();
  });
});
