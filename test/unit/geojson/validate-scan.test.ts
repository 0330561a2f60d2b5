/**
 * The text tools under validateGeoJson: the JSON scanner (checked against JSON.parse), path
 * location, line and column lookup, byte sizes and format sniffing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBytes, utf8Length } from '../../../src/core/geojson/byte-size';
import { lineColumnLookup } from '../../../src/core/geojson/line-column';
import { locateJsonPath } from '../../../src/core/geojson/locate-json-path';
import { scanJson } from '../../../src/core/geojson/scan-json';
import { skipJsonValue } from '../../../src/core/geojson/skip-json-value';
import { guessJsonFormat } from '../../../src/core/geojson/sniff-format';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** JSON text of a JSON value, compact or indented, sometimes with CRLF line ends. */
const jsonText = fc
  .tuple(fc.jsonValue(), fc.constantFrom(undefined, 1, 2, '\t'), fc.boolean())
  .map(([value, indent, crlf]) => {
    const text = JSON.stringify(value, null, indent);
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/** Valid JSON with one character deleted, replaced or inserted: mostly broken, near misses. */
const nearlyJson = fc
  .tuple(
    jsonText,
    fc.nat(),
    fc.constantFrom(
      '',
      ',',
      ']',
      '}',
      '"',
      ':',
      '0',
      '-',
      '.',
      'e',
      ' ',
      '\n',
      '\\',
      'x',
      '\u0001',
    ),
    fc.constantFrom('delete', 'replace', 'insert'),
  )
  .map(([text, at, c, how]) => {
    const i = text.length === 0 ? 0 : at % text.length;
    if (how === 'delete') return text.slice(0, i) + text.slice(i + 1);
    if (how === 'replace') return text.slice(0, i) + c + text.slice(i + 1);
    return text.slice(0, i) + c + text.slice(i);
  });

describe('scanJson', () => {
  it('accepts exactly what JSON.parse accepts', () => {
    const agrees = (text: string) => {
      const scan = scanJson(text, Infinity);
      expect(scan.syntaxError === undefined, JSON.stringify(text)).toBe(parses(text));
    };
    fc.assert(fc.property(jsonText, agrees), { numRuns: 300 });
    fc.assert(fc.property(nearlyJson, agrees), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), agrees), { numRuns: 500 });
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'[]{},:"\\ 0-1.eE+tfnul\n') }), agrees),
      {
        numRuns: 2000,
      },
    );
  });

  it('puts a syntax error inside the text', () => {
    fc.assert(
      fc.property(nearlyJson, (text) => {
        const error = scanJson(text, Infinity).syntaxError;
        if (error) expect(error.offset).toBeGreaterThanOrEqual(0);
        if (error) expect(error.offset).toBeLessThanOrEqual(text.length);
      }),
    );
  });

  it('stops at the first bracket deeper than the limit, without recursion', () => {
    expect(scanJson('[[[1]]]', 3).tooDeep).toBeUndefined();
    expect(scanJson('[[[[1]]]]', 3).tooDeep).toBe(3);
    expect(scanJson('{"a":"[[[[[["}', 1).tooDeep).toBeUndefined();
    expect(scanJson('['.repeat(1_000_000), 64).tooDeep).toBe(64);
  });

  it('finds where each feature of a FeatureCollection is, as JSON.parse reads them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { maxLength: 6 }),
        fc.constantFrom(undefined, 2),
        (features, indent) => {
          const text = JSON.stringify(
            { type: 'FeatureCollection', before: [1], features, after: { features: [2] } },
            null,
            indent,
          );
          const { features: spans, featuresArray } = scanJson(text, Infinity);
          expect(
            spans.map(({ start, end }) => JSON.parse(text.slice(start, end)) as unknown),
          ).toEqual(JSON.parse(JSON.stringify(features)));
          expect(JSON.parse(text.slice(featuresArray!.start, featuresArray!.end))).toEqual(
            JSON.parse(JSON.stringify(features)),
          );
        },
      ),
    );
  });

  it('takes the last of repeated "features" members, as JSON.parse does', () => {
    const text = '{"features":[1,2],"type":"FeatureCollection","features":[3]}';
    expect(scanJson(text, 64).features).toEqual([{ start: 57, end: 58 }]);
  });

  it('finds numbers too large for a double, with their paths', () => {
    const text =
      '{"features":[{"properties":{"n\\u0061me":[1e400]}}],"x":-1E+999,"ok":1e308,"tiny":1e-999}';
    expect(scanJson(text, 64).nonFinite).toEqual([
      { offset: 41, token: '1e400', path: ['features', 0, 'properties', 'name', 0] },
      { offset: 55, token: '-1E+999', path: ['x'] },
    ]);
    const long = `[${'9'.repeat(400)}]`;
    expect(scanJson(long, 64).nonFinite.map((n) => n.token.length)).toEqual([400]);
  });
});

describe('locateJsonPath', () => {
  const pathInto = (value: unknown): fc.Arbitrary<(string | number)[]> => {
    if (Array.isArray(value) && value.length > 0) {
      return fc.oneof(
        fc.constant<(string | number)[]>([]),
        fc.nat(value.length - 1).chain((i) => pathInto(value[i]).map((rest) => [i, ...rest])),
      );
    }
    if (typeof value === 'object' && value !== null && Object.keys(value).length > 0) {
      const keys = Object.keys(value);
      return fc.oneof(
        fc.constant<(string | number)[]>([]),
        fc
          .constantFrom(...keys)
          .chain((k) =>
            pathInto((value as Record<string, unknown>)[k]).map((rest) => [k, ...rest]),
          ),
      );
    }
    return fc.constant<(string | number)[]>([]);
  };

  it('finds the value at a path, whatever the layout', () => {
    const cases = fc
      .tuple(fc.jsonValue(), fc.constantFrom(undefined, 2))
      .map(([value, indent]) => ({
        value: JSON.parse(JSON.stringify(value)) as unknown,
        text: `  ${JSON.stringify(value, null, indent)}`,
      }))
      .chain(({ value, text }) => pathInto(value).map((path) => ({ value, text, path })));
    fc.assert(
      fc.property(cases, ({ value, text, path }) => {
        const at = locateJsonPath(text, 0, path);
        expect(at).toBeDefined();
        let expected: unknown = value;
        for (const step of path) expected = (expected as Record<string | number, unknown>)[step];
        expect(JSON.parse(text.slice(at, skipJsonValue(text, at!)))).toEqual(expected);
      }),
    );
  });

  it('takes the last of repeated keys, decodes escaped keys, and says when a path is not there', () => {
    const text = '{"a": 1, "\\u0062": [10, {"c": 2}], "a": 3}';
    expect(text.slice(locateJsonPath(text, 0, ['a']))).toMatch(/^3/);
    expect(text.slice(locateJsonPath(text, 0, ['b', 1, 'c']))).toMatch(/^2/);
    expect(locateJsonPath(text, 0, ['b', 2])).toBeUndefined();
    expect(locateJsonPath(text, 0, ['z'])).toBeUndefined();
    expect(locateJsonPath(text, 0, [0])).toBeUndefined();
    expect(locateJsonPath('[]', 0, [0])).toBeUndefined();
  });
});

describe('lineColumnLookup', () => {
  it('counts \\n, \\r\\n and a lone \\r as line ends, columns from 1', () => {
    const where = lineColumnLookup('ab\ncd\r\nef\rg');
    expect([0, 2, 3, 5, 6, 7, 9, 10].map((o) => where(o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 2, column: 4 },
      { line: 3, column: 1 },
      { line: 3, column: 3 },
      { line: 4, column: 1 },
    ]);
    expect(where(-5)).toEqual({ line: 1, column: 1 });
    expect(where(999)).toEqual({ line: 4, column: 2 });
  });

  it('agrees with counting line breaks before the offset', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '\n', '\r', 'é') }),
        fc.nat(),
        (text, n) => {
          const offset = text.length === 0 ? 0 : n % (text.length + 1);
          const before = text.slice(0, offset).replace(/\r\n/g, '\n');
          const lines = before.split(/\n|\r/);
          // An offset between \r and \n is still on the line the \r ends.
          const splitPair = text[offset - 1] === '\r' && text[offset] === '\n';
          const expected = splitPair
            ? { line: lines.length - 1, column: (lines[lines.length - 2]?.length ?? 0) + 2 }
            : { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
          expect(lineColumnLookup(text)(offset)).toEqual(expected);
        },
      ),
    );
  });
});

describe('byte sizes and format guesses', () => {
  it('utf8Length matches TextEncoder, lone surrogates as 3 bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
    );
    expect(utf8Length('\ud800')).toBe(3);
  });

  it('formatBytes says sizes the way file managers do', () => {
    expect([1, 999, 1000, 1450, 52_400_000, 50_000_000, 123_456_789].map(formatBytes)).toEqual([
      '1 byte',
      '999 bytes',
      '1 KB',
      '1.4 KB',
      '52.4 MB',
      '50 MB',
      '123 MB',
    ]);
  });

  it('guesses what broken JSON was meant to be', () => {
    expect(guessJsonFormat('{"type": "Topology", "arcs": [')).toBe('topojson');
    expect(guessJsonFormat('{"type" : "FeatureCollection", "features": [,]}')).toBe('geojson');
    expect(guessJsonFormat('  [1, 2,')).toBe('json');
    expect(guessJsonFormat('hello')).toBe('unknown');
  });
});
