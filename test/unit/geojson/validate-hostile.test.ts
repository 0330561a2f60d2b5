/**
 * Issue 16's input cases for the reader: text that is not UTF-8, GeoJSON text sequences,
 * a missing `properties` said once, and the size limit's words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../../src/core/geojson/decode-text';
import { inEnglish } from '../../../src/core/i18n/phrase';
import { openLimitBytes, tooLargeMessage } from '../../../src/core/geojson/open-limit';
import { validateGeoJson } from '../../../src/core/geojson/validate';

const feature = (name: string) =>
  `{"type":"Feature","properties":{"name":"${name}"},"geometry":{"type":"Point","coordinates":[1,2]}}`;

describe('decodeText', () => {
  it('reads UTF-8 as it is, without a warning', () => {
    const decoded = decodeText(new TextEncoder().encode(feature('Café Ōsaka 択捉島')));
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.warning).toBeUndefined();
    expect(decoded.text).toContain('Café Ōsaka 択捉島');
  });

  it('reads Latin-1 bytes as Windows-1252 and says so, naming the encoding and the place', () => {
    const text = `{\n  "name": "Caf\u00e9"\n}`;
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe('Windows-1252');
    expect(decoded.warning?.message).toMatch(/not UTF-8.*0xE9.*Windows-1252/);
    expect(decoded.warning).toMatchObject({ severity: 'warning', line: 2, column: 15 });
  });

  it('refuses overlong UTF-8 as UTF-8 (no replacement characters slip through)', () => {
    // "/" as the overlong pair C0 AF.
    const decoded = decodeText(Uint8Array.from([0x22, 0xc0, 0xaf, 0x22]));
    expect(decoded.encoding).toBe('Windows-1252');
    expect(decoded.text).not.toContain('\ufffd');
  });

  it('honours a UTF-16 byte-order mark, with a warning', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x7b, 0, 0x7d, 0]);
    expect(decodeText(bytes)).toMatchObject({ text: '{}', encoding: 'UTF-16LE' });
  });

  it('finds the first invalid byte exactly where a fatal decoder fails, for any bytes', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const bad = firstInvalidUtf8(bytes);
        let valid = true;
        try {
          fatal.decode(bytes);
        } catch {
          valid = false;
        }
        expect(bad < 0).toBe(valid);
        if (bad >= 0) expect(() => fatal.decode(bytes.subarray(0, bad))).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('GeoJSON text sequences (RFC 8142)', () => {
  it('are read as a collection of their records, not called CSV', () => {
    const text = `\u001e${feature('a')}\n\u001e${feature('b')}\n`;
    const result = validateGeoJson(text);
    expect(result.ok).toBe(true);
    expect(result.format).toBe('geojson');
    expect(result.features.map((f) => f.properties?.name)).toEqual(['a', 'b']);
  });

  it('place problems on the line and column of the record', () => {
    const bad = feature('b').replace('[1,2]', '[1,95]');
    const result = validateGeoJson(`\u001e${feature('a')}\n\u001e${bad}\n`);
    expect(result.features.length).toBe(1);
    const problem = result.problems.find((p) => /latitude 95/.test(p.message));
    expect(problem).toMatchObject({ line: 2, column: bad.indexOf('95') + 2 });
    const first = validateGeoJson(`\u001e${bad}\n`).problems[0];
    expect(first).toMatchObject({ line: 1, column: bad.indexOf('95') + 2 });
  });
});

it('a missing "properties" member is reported once', () => {
  const result = validateGeoJson(
    '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null}]}',
  );
  expect(result.problems.map((p) => p.message)).toEqual([
    'Feature 1: the "properties" member is missing (write "properties": null for none)',
  ]);
});

describe('the open limit', () => {
  it('follows the device memory, within bounds', () => {
    expect(openLimitBytes(undefined)).toBe(100_000_000);
    expect(openLimitBytes(0.5)).toBe(100_000_000);
    expect(openLimitBytes(4)).toBe(120_000_000);
    expect(openLimitBytes(8)).toBe(240_000_000);
    expect(openLimitBytes(64)).toBe(250_000_000);
  });

  it('says the limit, the device and what would work', () => {
    const message = inEnglish(tooLargeMessage(100_000_000, undefined, 4));
    expect(message).toMatch(/more than 100 MB/);
    expect(message).toMatch(/4 GB of memory/);
    expect(message).toMatch(/simplify.*split.*tiles/);
  });
});
