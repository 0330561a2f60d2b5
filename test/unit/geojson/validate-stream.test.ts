/**
 * The streaming reader (issue 15, 3): a text fed in pieces, cut anywhere (inside strings,
 * escapes, surrogate pairs, numbers, literals, white space), gives exactly what the whole
 * text gives: the same features and the same problems at the same lines and columns.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTextStreamDecoder } from '../../../src/core/geojson/decode-text';
import {
  createGeoJsonValidator,
  validateGeoJson,
  type ValidateOptions,
  type ValidationResult,
} from '../../../src/core/geojson/validate';

/** `text` cut at `cuts` (taken modulo its length). */
function cut(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((start, i) => text.slice(start, [...at, text.length][i]));
}

function streamed(pieces: string[], options: ValidateOptions = {}): ValidationResult {
  const validator = createGeoJsonValidator(options);
  for (const piece of pieces) validator.push(piece);
  return validator.end();
}

/** Strings with escapes, non-ASCII letters, astral characters (surrogate pairs) and controls. */
const tricky = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('é', '択捉島', '😀 ok', 'a"b\\c/d', 'line\nbreak\ttab', '\u2028', '\u0000'),
);

/** Numbers as JSON writes them, exponents included (1e-7, 1.5e+300). */
const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom(1e-7, 1.5e300, -0.000001, 123456789012345680000),
);

const position = fc.tuple(
  fc.oneof(fc.double({ min: -180, max: 180, noNaN: true }), fc.constantFrom(200, -181)),
  fc.oneof(fc.double({ min: -90, max: 90, noNaN: true }), fc.constantFrom(95)),
);

const geometry = fc.oneof(
  position.map((coordinates) => ({ type: 'Point', coordinates })),
  fc.array(position, { minLength: 1, maxLength: 3 }).map((coordinates) => ({
    type: 'LineString',
    coordinates,
  })),
  fc.constant(null),
  fc.constant({ type: 'Point' }),
);

const feature = fc.record(
  {
    type: fc.constantFrom('Feature', 'Feature', 'Feature', 'Featur'),
    id: fc.oneof(tricky, fc.integer()),
    properties: fc.oneof(
      fc.constant(null),
      fc.dictionary(tricky, fc.oneof(tricky, number, fc.jsonValue({ maxDepth: 3 })), {
        maxKeys: 4,
      }),
    ),
    geometry,
  },
  { requiredKeys: ['type', 'properties', 'geometry'] },
);

/** A FeatureCollection's text: compact or indented, CRLF or not, non-ASCII escaped or not. */
const collectionText = fc
  .tuple(
    fc.array(feature, { maxLength: 6 }),
    fc.dictionary(fc.constantFrom('name', 'article', 'crs', 'bbox'), fc.jsonValue({ maxDepth: 2 })),
    fc.constantFrom(undefined, 1, 2, '\t'),
    fc.boolean(),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([features, foreign, indent, crlf, escaped, typeLast]) => {
    const root = typeLast
      ? { ...foreign, features, type: 'FeatureCollection' }
      : { type: 'FeatureCollection', ...foreign, features };
    let text = JSON.stringify(root, null, indent);
    if (escaped) {
      text = text.replace(
        /[^\x20-\x7e\n]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
    }
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/** Other roots: a Feature, a Geometry, a text sequence, an array, a byte-order mark before. */
const otherText = fc.oneof(
  feature.map((f) => JSON.stringify(f, null, 1)),
  geometry.map((g) => JSON.stringify(g)),
  fc
    .array(feature, { minLength: 1, maxLength: 3 })
    .map((fs) => fs.map((f) => `\u001e${JSON.stringify(f)}\n`).join('')),
  fc.array(feature, { maxLength: 2 }).map((fs) => JSON.stringify(fs)),
  collectionText.map((text) => `\ufeff${text}`),
);

const cuts = fc.array(fc.nat(), { maxLength: 12 });

describe('the streaming reader', () => {
  it('gives what the whole text gives, however the text is cut', () => {
    fc.assert(
      fc.property(fc.oneof(collectionText, otherText), cuts, (text, at) => {
        expect(streamed(cut(text, at))).toEqual(validateGeoJson(text));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same cut into single characters (every surrogate pair split)', () => {
    fc.assert(
      fc.property(collectionText, (text) => {
        expect(streamed(text.split(''))).toEqual(validateGeoJson(text));
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same from UTF-8 bytes cut anywhere, inside characters too, through the decoder', () => {
    fc.assert(
      fc.property(collectionText, cuts, (text, at) => {
        const bytes = new TextEncoder().encode(text);
        const points = [...new Set(at.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const decoder = createTextStreamDecoder();
        const validator = createGeoJsonValidator();
        [0, ...points].forEach((start, i) => {
          validator.push(decoder.push(bytes.slice(start, [...points, bytes.length][i])));
        });
        validator.push(decoder.end());
        expect(validator.end()).toEqual(validateGeoJson(text));
      }),
      { numRuns: 200 },
    );
  });

  it('finds the same error at the same place in broken text, however it is cut', () => {
    const broken = fc
      .tuple(
        collectionText,
        fc.nat(),
        fc.constantFrom('', ',', ']', '}', '"', ':', '-', '.', 'e', '\\', 'x', '\u0001', '[['),
        fc.constantFrom('delete', 'replace', 'insert', 'truncate'),
      )
      .map(([text, at, c, how]) => {
        const i = text.length === 0 ? 0 : at % text.length;
        if (how === 'truncate') return text.slice(0, i);
        if (how === 'delete') return text.slice(0, i) + text.slice(i + 1);
        if (how === 'replace') return text.slice(0, i) + c + text.slice(i + 1);
        return text.slice(0, i) + c + text.slice(i);
      });
    fc.assert(
      fc.property(broken, cuts, fc.constantFrom(4, 6, 64), (text, at, maxDepth) => {
        const whole = validateGeoJson(text, { maxDepth });
        expect(streamed(cut(text, at), { maxDepth })).toEqual(whole);
        expect(streamed(text.split(''), { maxDepth })).toEqual(whole);
      }),
      { numRuns: 400 },
    );
  });

  it('places a problem in a later feature by its line and column in the file', () => {
    const text =
      '{"type":"FeatureCollection","features":[\r\n' +
      '{"type":"Feature","properties":{"n":"\\u00e9😀"},"geometry":{"type":"Point","coordinates":[1,2]}},\r\n' +
      '  {"type":"Feature","properties":null,\n   "geometry":{"type":"Point","coordinates":[1,95]}}]}';
    const result = streamed(text.split(''));
    expect(result.features).toHaveLength(1);
    expect(result.problems).toEqual([
      expect.objectContaining({
        line: 4,
        column: 48,
        feature: 1,
        message: 'Feature 2: latitude 95 is outside −90…90',
      }),
    ]);
  });

  it('reads features that come before the collection’s type', () => {
    const text =
      '{"features":[{"type":"Feature","properties":{},"geometry":null}],"type":"FeatureCollection"}';
    const result = streamed(cut(text, [5, 20, 40]));
    expect(result.ok).toBe(true);
    expect(result.features).toHaveLength(1);
  });

  it('counts the features checked as they come, before the text has ended', () => {
    const feature = '{"type":"Feature","properties":null,"geometry":null}';
    const validator = createGeoJsonValidator();
    validator.push(`{"type":"FeatureCollection","features":[${feature},${feature},`);
    expect(validator.checked).toBe(2);
    validator.push(`${feature}]}`);
    expect(validator.end().features).toHaveLength(3);
  });
});
