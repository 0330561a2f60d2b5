/**
 * What opening accepts, export writes; what export writes, opening accepts (issue 16, 5):
 * a property 1e400 is written as null, and a file at the open limit exports compact, under
 * the limit, and opens again. The limit is scaled down here (the same rule at 500 KB as at
 * 50 MB) so the test stays quick.
 */
import { describe, expect, it } from 'vitest';
import {
  exportGeoJson,
  openedExportFileName,
  PRETTY_EXPORT_MAX_CHARS,
} from '../../../src/core/export/export';
import { utf8Length } from '../../../src/core/geojson/byte-size';
import { openLimitBytes } from '../../../src/core/geojson/open-limit';
import { validateGeoJson } from '../../../src/core/geojson/validate';

/** A compact collection of points of about `bytes` bytes, with a property 1e400 in the first. */
function collectionOf(bytes: number): string {
  const parts: string[] = [];
  let size = 40;
  for (let i = 0; size < bytes - 200; i += 1) {
    const extra = i === 0 ? ',"huge":1e400' : '';
    const part = `{"type":"Feature","properties":{"name":"point ${i}","n":${i}${extra}},"geometry":{"type":"Point","coordinates":[${(i % 360) - 180 + 0.123456},${(i % 170) - 85 + 0.654321}]}}`;
    parts.push(part);
    size += part.length + 1;
  }
  return `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
}

describe('export of an opened file', () => {
  it('writes a non-finite property as null, with the warning at opening saying so', () => {
    const opened = validateGeoJson(collectionOf(2_000));
    expect(opened.ok).toBe(true);
    expect(opened.problems.map((p) => p.message).join('\n')).toMatch(
      /1e400 .* a download writes it as null/,
    );
    expect(() => exportGeoJson({ type: 'FeatureCollection', features: opened.features })).toThrow(
      /Infinity/,
    );
    const text = exportGeoJson(
      { type: 'FeatureCollection', features: opened.features },
      { nonFiniteAsNull: true },
    );
    expect(text).toContain('"huge": null');
  });

  it(
    'a file at the limit exports compact, within the limit, and opens again',
    { timeout: 60_000 },
    () => {
      const limit = 500_000;
      const input = collectionOf(limit);
      expect(utf8Length(input)).toBeLessThanOrEqual(limit);
      const opened = validateGeoJson(input, { maxBytes: limit });
      expect(opened.ok).toBe(true);
      const text = exportGeoJson(
        { type: 'FeatureCollection', features: opened.features },
        { nonFiniteAsNull: true, maxPrettyChars: limit / 5 },
      );
      expect(text.startsWith('{"type":"FeatureCollection"')).toBe(true);
      expect(utf8Length(text)).toBeLessThanOrEqual(limit);
      const again = validateGeoJson(text, { maxBytes: limit });
      expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(again.features.length).toBe(opened.features.length);
    },
  );

  it('small exports stay indented; the compact threshold is below every open limit', () => {
    const text = exportGeoJson({ type: 'FeatureCollection', features: [] });
    expect(text).toBe('{\n  "type": "FeatureCollection",\n  "features": []\n}\n');
    // Pretty text at most this long reopens on any device.
    expect(PRETTY_EXPORT_MAX_CHARS * 3).toBeLessThanOrEqual(openLimitBytes(undefined));
  });
});

describe('openedExportFileName', () => {
  it('names the download after the opened file or the last part of its URL', () => {
    expect(openedExportFileName('cities.json')).toBe('cities.geojson');
    expect(openedExportFileName('Rivers.GeoJSON')).toBe('Rivers.geojson');
    expect(openedExportFileName('https://example.org/data/ports%20of%20call.geojson?x=1')).toBe(
      'ports-of-call.geojson',
    );
    expect(openedExportFileName('../../.hidden')).toBe('hidden.geojson');
    expect(openedExportFileName('')).toBe('article-map-opened.geojson');
  });
});
