/**
 * validateGeoJson on the files of test/fixtures/open/ and on small inline cases: what is
 * refused and how it is named, what is kept, what is dropped, and where problems point.
 */
import { TABLES } from '../../../src/core/i18n/tables';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  defaultValidateOptions,
  formatProblem,
  validateGeoJson,
  type Problem,
  type ValidateOptions,
  type ValidateProgress,
  type ValidationResult,
} from '../../../src/core/geojson/validate';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'open');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const open = (name: string, options?: ValidateOptions) => validateGeoJson(read(name), options);
const errors = (result: ValidationResult) => result.problems.filter((p) => p.severity === 'error');
const warnings = (result: ValidationResult) =>
  result.problems.filter((p) => p.severity === 'warning');
const ids = (result: ValidationResult) => result.features.map((f) => f.id);

/** A FeatureCollection of points, one per line after the first, for line-number checks. */
function collection(...coordinates: unknown[]): string {
  const features = coordinates.map(
    (c, i) =>
      `{"type":"Feature","id":"f${i + 1}","properties":{},"geometry":{"type":"Point","coordinates":${JSON.stringify(c)}}}`,
  );
  return `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}`;
}

function refusedWith(result: ValidationResult): Problem {
  expect(result.ok).toBe(false);
  expect(result.features).toEqual([]);
  expect(errors(result)).toHaveLength(1);
  return errors(result)[0]!;
}

describe('validateGeoJson: files that are not GeoJSON are refused and named', () => {
  it.each(['empty.geojson', 'whitespace-only.geojson'])('%s: "The file is empty"', (name) => {
    const result = open(name);
    expect(refusedWith(result).message).toBe('The file is empty');
    expect(result.format).toBe('empty');
  });

  it('plain text: says it is not JSON and quotes its start, at line 1, column 1', () => {
    const result = open('not-json.geojson');
    const problem = refusedWith(result);
    expect(problem.message).toBe(
      'This is neither GeoJSON nor any JSON: it starts with "This file is plain text."',
    );
    expect([problem.line, problem.column]).toEqual([1, 1]);
    expect(result.format).toBe('unknown');
  });

  it('a JSON syntax error: its line and column, in plain words', () => {
    const result = open('json-syntax-error.geojson');
    const problem = refusedWith(result);
    expect(problem.message).toBe(
      "This is not valid JSON: expected ',' or ']' after an array element, found '{'",
    );
    expect([problem.line, problem.column]).toEqual([6, 5]);
    expect(result.format).toBe('geojson');
  });

  it('a bare array, a number: JSON but not GeoJSON', () => {
    for (const name of ['bare-array.geojson', 'number.json']) {
      const result = open(name);
      expect(refusedWith(result).message).toMatch(
        /^This is (a JSON array|JSON, but only a single number), not GeoJSON/,
      );
      expect(result.format).toBe('json');
    }
  });

  it('an array of features: says to wrap them in a FeatureCollection', () => {
    expect(refusedWith(open('array-of-features.geojson')).message).toMatch(
      /^This is a JSON array of 2 features, not GeoJSON: GeoJSON keeps features in a FeatureCollection/,
    );
  });

  it('TopoJSON: says so and how to convert it', () => {
    const result = open('topojson.json');
    expect(refusedWith(result).message).toBe(
      "This is TopoJSON, not GeoJSON: convert it first (e.g. topojson-client's topo2geo)",
    );
    expect(result.format).toBe('topojson');
  });

  it.each([
    ['kml.kml', 'kml', /^This is KML, not GeoJSON: convert it/],
    ['gpx.gpx', 'gpx', /^This is GPX, not GeoJSON: convert it/],
    [
      'csv.csv',
      'csv',
      /^This looks like CSV \(a table whose first line is "name,latitude,longitude"\)/,
    ],
    ['html-page.html', 'html', /^This is a web page \(HTML\), not GeoJSON/],
    ['plain-xml.xml', 'xml', /^This is XML \(root element <osm>\), not GeoJSON/],
  ])('%s: recognised as %s', (name, format, message) => {
    const result = open(name);
    expect(refusedWith(result).message).toMatch(message);
    expect(result.format).toBe(format);
  });

  it('recognises markup behind comments, a namespace prefix or a lower-case doctype', () => {
    expect(validateGeoJson('<!-- saved -->\n<kml:kml xmlns:kml="x"/>').format).toBe('kml');
    expect(validateGeoJson('<!doctype html><p>hi</p>').format).toBe('html');
    expect(validateGeoJson('  <body>oops</body>').format).toBe('html');
    expect(validateGeoJson('<svg xmlns="http://www.w3.org/2000/svg"/>').format).toBe('xml');
  });

  it('does not take a sentence with a comma for CSV', () => {
    expect(validateGeoJson('Hello, world\nnothing here\n').format).toBe('unknown');
  });

  it('a type in the wrong case: says how to write it', () => {
    const problem = refusedWith(open('wrong-type-case.geojson'));
    expect(problem.message).toBe(
      'The type "featurecollection" must be written "FeatureCollection": GeoJSON types are case-sensitive',
    );
    expect([problem.line, problem.column]).toEqual([1, 11]);
  });

  it('an object without a type, or with an unknown one', () => {
    expect(refusedWith(validateGeoJson('{"features": []}')).message).toBe(
      'This is JSON, but not GeoJSON: its top-level object has no "type" member (a FeatureCollection needs "type": "FeatureCollection")',
    );
    expect(refusedWith(validateGeoJson('{"type": "Circle"}')).message).toMatch(
      /^This is JSON, but not GeoJSON: "Circle" is not a GeoJSON type/,
    );
  });

  it('over maxBytes: refused, saying the size and the limit, before any parsing', () => {
    const text = read('mixed-good-and-bad.geojson');
    const problem = refusedWith(validateGeoJson(text, { maxBytes: 1000 }));
    expect(problem.message).toBe('The file is 1.4 kB, more than the 1 kB that can be opened');
    // Counted in UTF-8 bytes: 400 "é" are 800 bytes.
    const accents = JSON.stringify({ type: 'Point', coordinates: [0, 0], note: 'é'.repeat(400) });
    expect(validateGeoJson(accents, { maxBytes: 820 }).ok).toBe(false);
    expect(validateGeoJson(accents, { maxBytes: 900 }).ok).toBe(true);
  });

  it('has documented defaults', () => {
    expect(defaultValidateOptions).toEqual({
      maxBytes: 50_000_000,
      maxDepth: 64,
      maxFeatureBytes: 5_000_000,
    });
  });
});

describe('validateGeoJson: nesting too deep is refused before anything recursive reads it', () => {
  it('a 100,000-deep array gives a clean message at the bracket that goes too deep', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const problem = refusedWith(validateGeoJson(deep));
    expect(problem.message).toMatch(/^Arrays and objects nest more than 64 levels deep/);
    expect([problem.line, problem.column]).toEqual([1, 65]);
  });

  it('so do 100,000 nested objects, and an unclosed 100,000-deep array', () => {
    const objects = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    expect(refusedWith(validateGeoJson(objects)).column).toBe(5 * 64 + 1);
    expect(refusedWith(validateGeoJson('['.repeat(100_000))).message).toMatch(/nest more than 64/);
  });

  it('counts depth inside features, skipping brackets in strings', () => {
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    const feature = (extra: string) =>
      `{"type":"Feature","properties":{"deep":${extra},"text":"[[[[[[[[[[[[[[[["},"geometry":null}`;
    // The feature and its properties are 2 levels before the arrays.
    expect(validateGeoJson(feature(nested(62))).ok).toBe(true);
    expect(validateGeoJson(feature(nested(63))).ok).toBe(false);
    expect(validateGeoJson(feature(nested(3)), { maxDepth: 4 }).ok).toBe(false);
  });
});

describe('validateGeoJson: JSON syntax errors point at line and column', () => {
  it.each([
    ['{"a": 1,}', 1, 9, "a comma before '}' has nothing after it (trailing comma)"],
    ['[1, 2,\n]', 2, 1, "a comma before ']' has nothing after it (trailing comma)"],
    [
      '{\n  "type": "Point",\n  "coordinates": [1, 2\n}',
      4,
      1,
      "expected ',' or ']' after an array element, found '}'",
    ],
    ['{"type": "Point" "x": 1}', 1, 18, "expected ',' or '}' after a member's value, found '\"'"],
    ['{"type" "Point"}', 1, 9, "expected ':' after a member name, found '\"'"],
    ["{'type': 'Point'}", 1, 2, "expected a member name in double quotes, found '''"],
    [
      '{"a": "line\nbreak"}',
      1,
      12,
      'a string holds a raw line break, tab or other control character',
    ],
    ['{"a": "\\x"}', 1, 8, 'a string holds an unknown escape \\x'],
    ['{"a": "open', 1, 7, 'a string is not closed (its closing " is missing)'],
    ['[01]', 1, 3, 'a number starts with 0 (leading zeros)'],
    ['[1.]', 1, 4, 'a decimal point is not followed by a digit'],
    ['[1e]', 1, 4, 'an exponent (e) is not followed by digits'],
    ['[-x]', 1, 3, "'-' is not followed by a digit"],
    ['[NaN]', 1, 2, "expected a value, found 'N'"],
    ['{"a": tru}', 1, 7, "expected a value, found 't'"],
    ['{"a": 1}\n{"b": 2}', 2, 1, "found '{' after the end of the JSON value"],
    ['{"a": [1, 2', 1, 12, 'the file ends before the JSON is complete (2 brackets still open)'],
    ['{"a":\u00a01}', 1, 6, 'expected a value, found the space character U+00A0'],
    ['\r\n\r\n  {"a" 1}', 3, 8, "expected ':' after a member name, found '1'"],
  ])('%j: line %i, column %i', (text, line, column, message) => {
    const problem = refusedWith(validateGeoJson(text));
    expect(problem.message).toBe(`This is not valid JSON: ${message}`);
    expect([problem.line, problem.column]).toEqual([line, column]);
  });

  it('counts columns after a byte-order mark without it, as editors do', () => {
    const problem = refusedWith(validateGeoJson('\uFEFF{"a" 1}'));
    expect([problem.line, problem.column]).toEqual([1, 6]);
  });
});

describe('validateGeoJson: coordinates', () => {
  it('latitude 95: the feature is dropped, named by number and id, at the number', () => {
    const result = open('latitude-out-of-range.geojson');
    expect(result.ok).toBe(false);
    expect(result.dropped).toBe(1);
    expect(result.problems.map((problem) => ({ ...problem, phrase: undefined }))).toEqual([
      {
        severity: 'error',
        message: 'Feature 1 (id "north-of-the-pole"): latitude 95 is outside −90…90',
        feature: 0,
        featureId: 'north-of-the-pole',
        line: 8,
        column: 64,
        phrase: undefined,
      },
    ]);
  });

  it('1e400 (Infinity to JSON.parse): an error that quotes the number as written', () => {
    const result = open('infinite-coordinate.geojson');
    expect(result.ok).toBe(false);
    expect(errors(result).map((p) => [p.message, p.line])).toEqual([
      ['Feature 1 (id "overflow"): longitude 1e400 is not a finite number', 8],
    ]);
    const negative = validateGeoJson(collection([1, 0]).replace('[1,0]', '[1,-1E+999]'));
    expect(errors(negative)[0]?.message).toBe(
      'Feature 1 (id "f1"): latitude -1E+999 is not a finite number',
    );
  });

  it('longitude 202 alone: an error that suspects 0…360 longitudes', () => {
    const result = open('longitude-0-to-360.geojson');
    expect(result.ok).toBe(false);
    expect(errors(result)[0]?.message).toBe(
      'The feature (id "honolulu"): longitude 202.1417 is outside −180…180; are the longitudes 0…360? GeoJSON needs −180…180',
    );
  });

  it('a shape that crosses the antimeridian past 180 is kept, with a warning', () => {
    const result = open('antimeridian-crossing.geojson');
    expect(result.ok).toBe(true);
    expect(result.features).toHaveLength(1);
    expect(warnings(result).map((p) => p.message)).toEqual([
      'The feature (id "fiji-to-samoa"): longitudes run past ±180 across the antimeridian (to 188.2); RFC 7946 §3.1.9 asks for such shapes to be cut at 180°, but it is kept whole, as maps draw it',
    ]);
  });

  it.each([
    [
      'west across −180',
      [
        [-175, 0],
        [-185, 1],
      ],
      'warning',
    ],
    [
      'wholly past 180',
      [
        [185, 0],
        [190, 1],
      ],
      'error',
    ],
    [
      'past 360',
      [
        [170, 0],
        [361, 1],
      ],
      'error',
    ],
    [
      'spanning 360° or more',
      [
        [-180, 0],
        [180.5, 1],
        [181, 0],
      ],
      'error',
    ],
    [
      'past both edges',
      [
        [-181, 0],
        [10, 1],
        [181, 0],
      ],
      'error',
    ],
  ])('longitudes %s: %s', (_, coordinates, severity) => {
    const text = JSON.stringify({ type: 'LineString', coordinates });
    const result = validateGeoJson(text);
    expect(result.problems.map((p) => p.severity)).toEqual([severity]);
    expect(result.ok).toBe(severity === 'warning');
  });

  it('counts the other offenders of the same kind in one message', () => {
    const text = JSON.stringify({
      type: 'MultiPoint',
      coordinates: [
        [0, 91],
        [0, -91],
        [0, 92],
      ],
    });
    expect(errors(validateGeoJson(text))[0]?.message).toBe(
      'The geometry: latitude 91 is outside −90…90 (and 2 more)',
    );
  });

  it('numbers too large in one feature get one warning; in the collection, another', () => {
    const text = collection([1, 2])
      .replace('"properties":{}', '"properties":{"a":1e400,"b":[2e400,-3e400]}')
      .replace('"features"', '"extent":1e999,"features"');
    expect(warnings(validateGeoJson(text)).map((p) => p.message)).toEqual([
      'The number 1e999 at extent is too large and reads as Infinity; a download writes it as null',
      'Feature 1 (id "f1"): the number 1e400 at properties.a is too large and reads as Infinity; a download writes it as null (and 2 more)',
    ]);
  });

  it('a number too large outside coordinates is kept as Infinity, with a warning', () => {
    const text = collection([136.9, 35.2]).replace(
      '"properties":{}',
      '"properties":{"population":1e999}',
    );
    const result = validateGeoJson(text);
    expect(result.ok).toBe(true);
    expect(result.features[0]?.properties?.population).toBe(Infinity);
    expect(warnings(result).map((p) => p.message)).toEqual([
      'Feature 1 (id "f1"): the number 1e999 at properties.population is too large and reads as Infinity; a download writes it as null',
    ]);
  });
});

describe('validateGeoJson: good features are kept, bad ones dropped and named', () => {
  it('mixed-good-and-bad: 5 kept, 2 dropped, each error naming its feature, in text order', () => {
    const result = open('mixed-good-and-bad.geojson');
    expect(result.ok).toBe(true);
    expect(ids(result)).toEqual(['nagoya', 'moscow', 'tokyo', 'osaka', 'triangle']);
    expect(result.dropped).toBe(2);
    expect(
      result.problems.map((p) => [p.severity, p.message, p.feature, p.featureId, p.line]),
    ).toEqual([
      [
        'error',
        'Feature 3 (id "north-of-the-pole"): latitude 95 is outside −90…90',
        2,
        'north-of-the-pole',
        20,
      ],
      [
        'error',
        'Feature 5 (id "string-coordinate"): a position holds something other than a number',
        4,
        'string-coordinate',
        32,
      ],
    ]);
  });

  it('keeps the features as parsed: equal to JSON.parse, nothing added or lost', () => {
    const text = read('mixed-good-and-bad.geojson');
    const parsed = JSON.parse(text) as { features: Feature[] };
    expect(open('mixed-good-and-bad.geojson').features).toEqual(
      parsed.features.filter((_, i) => i !== 2 && i !== 4),
    );
  });

  it('names features by number and a numeric id without quotes', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [1, 2, 3].map((n) => ({
        type: 'Feature',
        id: n * 7,
        properties: {},
        geometry: { type: 'Point', coordinates: [0, n === 3 ? 100 : 0] },
      })),
    });
    expect(validateGeoJson(text).problems[0]?.message).toBe(
      'Feature 3 (id 21): latitude 100 is outside −90…90',
    );
  });

  it('a single Feature or a bare Geometry is a collection of one', () => {
    const single = open('single-feature.geojson');
    expect(single.ok).toBe(true);
    expect(single.problems).toEqual([]);
    expect(ids(single)).toEqual(['nagoya']);
    const bare = open('bare-geometry.geojson');
    expect(bare.ok).toBe(true);
    expect(bare.features).toEqual([
      {
        type: 'Feature',
        properties: null,
        geometry: { type: 'Point', coordinates: [136.9066, 35.1815] },
      },
    ]);
  });

  it('a byte-order mark is stripped and the file opens cleanly', () => {
    const result = open('bom-prefixed.geojson');
    expect(read('bom-prefixed.geojson').charCodeAt(0)).toBe(0xfeff);
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([]);
    expect(ids(result)).toEqual(['nagoya']);
  });

  it('an empty collection opens with no features and a warning', () => {
    const result = open('empty-collection.geojson');
    expect(result).toMatchObject({ ok: true, features: [], dropped: 0 });
    expect(result.problems).toEqual([
      {
        severity: 'warning',
        message: 'The collection holds no features',
        phrase: { key: 'problems.noFeatures' },
      },
    ]);
  });

  it('a collection whose features are all bad is refused, all of them named', () => {
    const result = validateGeoJson(collection([0, 91], 'x', [0, 0, 0, 0, 0].slice(0, 1)));
    expect(result.ok).toBe(false);
    expect(result.dropped).toBe(3);
    expect(errors(result).map((p) => p.feature)).toEqual([0, 1, 2]);
  });

  it("keeps the collection's foreign members, but not its bbox", () => {
    const result = open('foreign-members.geojson');
    expect(result.foreign).toEqual({
      article: {
        title: 'An article',
        source: 'Example News',
        date: '2019-11-23',
        text: 'article.txt',
      },
    });
  });

  it('members that are not Features are dropped with a plain message', () => {
    const text =
      '{"type":"FeatureCollection","features":[null, 3, {"type":"Point","coordinates":[0,0]}, {"properties":{}}]}';
    expect(validateGeoJson(text).problems.map((p) => p.message)).toEqual([
      'Feature 1: expected a Feature object, found null',
      'Feature 2: expected a Feature object, found a number',
      'Feature 3: "type" is "Point", where a feature needs "Feature"',
      'Feature 4: expected "type": "Feature"',
    ]);
  });

  it('a member with the wrong type still has its geometry checked', () => {
    const text =
      '{"type":"FeatureCollection","features":[{"type":"Foo","properties":{},"geometry":{"type":"Point","coordinates":"x"}}]}';
    expect(validateGeoJson(text).problems.map((p) => p.message)).toEqual([
      'Feature 1: "type" is "Foo", where a feature needs "Feature"',
      'Feature 1: expected an array here',
    ]);
  });

  it('a feature bigger than maxFeatureBytes is dropped, not fed to check-geojson', () => {
    const result = validateGeoJson(collection([1, 2], [3, 4]), { maxFeatureBytes: 50 });
    expect(result.ok).toBe(false);
    expect(errors(result)[0]?.message).toMatch(
      /^Feature 1 \(id "f1"\): \d+ bytes of text, more than the 50 bytes one feature may have/,
    );
  });
});

describe('validateGeoJson: properties arrive unchanged', () => {
  it('markup in properties is kept as the text it is', () => {
    const result = open('html-in-properties.geojson');
    const parsed = JSON.parse(read('html-in-properties.geojson')) as { features: Feature[] };
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.features[0]?.properties).toEqual(parsed.features[0]?.properties);
    expect(result.features[0]?.properties?.note).toBe("<script>document.title = 'pwned'</script>");
  });

  it('__proto__ and constructor stay own properties, and no prototype is polluted', () => {
    const result = open('proto-keys.geojson');
    expect(result.ok).toBe(true);
    const properties = result.features[0]!.properties!;
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(Object.keys(properties)).toEqual([
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'hasOwnProperty',
    ]);
    expect(Object.getOwnPropertyDescriptor(properties, '__proto__')?.value).toEqual({
      polluted: 'yes',
    });
    expect(properties.constructor).toEqual({ prototype: { polluted: 'yes' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('so does a __proto__ foreign member of the collection', () => {
    const text = '{"type":"FeatureCollection","__proto__":{"polluted":1},"features":[]}';
    const { foreign } = validateGeoJson(text);
    expect(Object.keys(foreign)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(foreign)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('validateGeoJson: RFC 7946 "should"s are warnings that leave everything in', () => {
  const warnedOnly = (result: ValidationResult) => {
    expect(result.ok).toBe(true);
    expect(errors(result)).toEqual([]);
    expect(result.dropped).toBe(0);
    return warnings(result).map((p) => p.message);
  };

  it('winding order', () => {
    expect(warnedOnly(open('winding-order.geojson'))).toEqual([
      'The feature (id "clockwise-square"): an outer ring runs clockwise; RFC 7946 §3.1.6 asks for outer rings counter-clockwise and holes clockwise (the right-hand rule); drawn as given',
    ]);
    // The rings are not rewound.
    const polygon = open('winding-order.geojson').features[0]!.geometry;
    expect(polygon).toEqual(JSON.parse(read('winding-order.geojson')).geometry);
  });

  it('excess precision, quoting the number as written', () => {
    expect(warnedOnly(open('excess-precision.geojson'))).toEqual([
      'The feature (id "nagoya"): coordinates have more than 6 decimals (e.g. 136.906565284712); 6 are about 10 cm, more only makes the file bigger',
    ]);
    const point = open('excess-precision.geojson').features[0]!.geometry as Point;
    expect(point.coordinates).toEqual([136.906565284712, 35.181446213781]);
  });

  it('a crs member, kept among the foreign members', () => {
    const result = open('crs-member.geojson');
    expect(warnedOnly(result)).toEqual([
      'The "crs" member is obsolete (RFC 7946 §4 removed it); coordinates are read as WGS 84 longitude and latitude whatever it says',
    ]);
    expect(result.foreign).toHaveProperty('crs');
  });

  it('a GeometryCollection of one, and one nested in another', () => {
    expect(warnedOnly(open('geometrycollection-single.geojson'))).toEqual([
      'The feature (id "lonely"): a GeometryCollection holds a single geometry; RFC 7946 §3.1.8 suggests using that geometry itself',
    ]);
    const nested = open('geometrycollection-nested.geojson');
    expect(warnedOnly(nested)).toEqual([
      'The feature (id "nested"): a GeometryCollection sits inside another; RFC 7946 §3.1.8 asks to avoid nesting them',
    ]);
    expect(nested.problems[0]?.line).toBe(9);
  });

  it('a nested GeometryCollection is still checked inside', () => {
    const text = JSON.stringify({
      type: 'GeometryCollection',
      geometries: [
        {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Point', coordinates: [1] },
            { type: 'Point', coordinates: [0, 0] },
          ],
        },
      ],
    });
    const result = validateGeoJson(text);
    expect(result.ok).toBe(false);
    expect(errors(result).map((p) => p.message)).toEqual([
      'The geometry: a position has 1 number; it needs a longitude and a latitude',
    ]);
  });

  it('a duplicated member: a warning, the last one used; but not for type or coordinates', () => {
    const result = open('duplicate-keys.geojson');
    expect(warnedOnly(result)).toEqual([
      'The feature (id "twice"): the member "title" appears more than once; the last one is used',
    ]);
    expect((result.features[0] as Feature & { title: string }).title).toBe('second title');
    const ambiguous = validateGeoJson(
      '{"type":"Point","type":"LineString","coordinates":[[0,0],[1,1]]}',
    );
    expect(ambiguous.ok).toBe(false);
    expect(errors(ambiguous)[0]?.message).toBe(
      'The geometry: the member "type" appears more than once, so its meaning is ambiguous',
    );
  });

  it('a position of more than 3 numbers', () => {
    expect(warnedOnly(validateGeoJson('{"type":"Point","coordinates":[1,2,3,4]}'))).toEqual([
      'The geometry: a position has 4 numbers; only longitude, latitude and altitude are used (RFC 7946 §3.1.1)',
    ]);
  });
});

describe('validateGeoJson: check-geojson findings', () => {
  it('an unclosed ring is one error, at the ring', () => {
    const text = '{"type":"Polygon","coordinates":[\n[[0,0],[1,0],[1,1],[0,1]]\n]}';
    expect(validateGeoJson(text).problems.map((p) => [p.message, p.line, p.column])).toEqual([
      ['The geometry: a polygon ring is not closed: its first and last positions differ', 2, 2],
    ]);
  });

  it('names what stands where a geometry should be', () => {
    const text = (inner: string) => `{"type":"GeometryCollection","geometries":[${inner}]}`;
    expect(validateGeoJson(text('{"type":"Circle","radius":1}')).problems[0]?.message).toBe(
      'The geometry: "Circle" is not a geometry type',
    );
    expect(
      validateGeoJson(text('{"type":"Feature","properties":{},"geometry":null}')).problems[0]
        ?.message,
    ).toBe(
      'The geometry: a Feature cannot stand here: a GeometryCollection holds geometries, a FeatureCollection holds Features',
    );
  });

  it('a non-object in a GeometryCollection (which check-geojson throws on) is an error', () => {
    const text = '{"type":"GeometryCollection","geometries":[\nfalse]}';
    expect(validateGeoJson(text).problems.map((p) => [p.message, p.line])).toEqual([
      ['The geometry: expected a geometry object here', 2],
    ]);
  });

  it('members a FeatureCollection must not have are errors, its features still kept', () => {
    const text =
      '{"type":"FeatureCollection","properties":{},"features":[\n{"type":"Feature","properties":{},"geometry":null}]}';
    const result = validateGeoJson(text);
    expect(result.ok).toBe(true);
    expect(result.features).toHaveLength(1);
    expect(result.problems.map((p) => [p.severity, p.message, p.column])).toEqual([
      ['error', 'A FeatureCollection must not have a "properties" member (RFC 7946 §7.1)', 29],
    ]);
  });

  it('places root members after the features correctly', () => {
    const text =
      '{"type":"FeatureCollection","features":[\n{"type":"Feature","properties":{},"geometry":null}\n],"coordinates":1}';
    expect(validateGeoJson(text).problems.map((p) => [p.line, p.column])).toEqual([[3, 3]]);
  });

  it('collection members too large to check are kept unchecked, with a warning', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      article: { text: 'x'.repeat(200) },
      features: [{ type: 'Feature', properties: {}, geometry: null }],
    });
    const result = validateGeoJson(text, { maxFeatureBytes: 150 });
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => [p.severity, p.message])).toEqual([
      [
        'warning',
        "The collection's own members are 264 bytes of text besides the features, too much to check; they are kept unchecked",
      ],
    ]);
    const notArray = validateGeoJson(text.replace(/"features":\[.*\]/, '"features":{"a":1}'), {
      maxFeatureBytes: 150,
    });
    expect(errors(notArray).map((p) => p.message)).toEqual([
      'The "features" member must be an array',
    ]);
  });

  it('a collection without features, or with features that are not an array, is refused', () => {
    expect(refusedWith(validateGeoJson('{"type":"FeatureCollection"}')).message).toBe(
      'The "features" member is missing',
    );
    const problem = refusedWith(validateGeoJson('{"type":"FeatureCollection","features":{}}'));
    expect([problem.message, problem.column]).toEqual(['Expected an array here', 40]);
  });
});

describe('validateGeoJson: reporting', () => {
  it('formatProblem gives one line for a person, in English or in the table given', () => {
    const result = validateGeoJson(
      '{"type":"FeatureCollection","features":[\n{"type":"Feature","id":"x","properties":null,\n "geometry":{"type":"Point","coordinates":[10,95]}}]}',
    );
    const [problem] = result.problems;
    expect(problem && formatProblem(problem)).toBe(
      'Line 3, column 47: Feature 1 (id "x"): latitude 95 is outside −90…90',
    );
    expect(problem && formatProblem(problem, TABLES.ru)).toBe(
      'Строка 3, столбец 47: Объект 1 (id "x"): широта 95 вне диапазона −90…90',
    );
    expect(problem && formatProblem(problem, TABLES.ja)).toBe(
      '3行47列目：地物1（id "x"）：緯度 95 が −90〜90 の範囲外です',
    );
    const [empty] = validateGeoJson('{"type":"FeatureCollection","features":[]}').problems;
    expect(empty && formatProblem(empty)).toBe('Warning: The collection holds no features');
    expect(empty && formatProblem(empty, TABLES.ru)).toBe(
      'Предупреждение: В коллекции нет объектов',
    );
  });

  it('reports progress: scanning, parsing, then checking up to the last feature', () => {
    const seen: ValidateProgress[] = [];
    validateGeoJson(read('mixed-good-and-bad.geojson'), { onProgress: (p) => seen.push(p) });
    expect(seen.slice(0, 2).map((p) => p.stage)).toEqual(['scanning', 'parsing']);
    expect(seen.slice(2).every((p) => p.stage === 'checking' && p.total === 7)).toBe(true);
    expect(seen.at(-1)).toEqual({ stage: 'checking', done: 7, total: 7 });
  });

  it('answers a non-string instead of throwing', () => {
    const result = validateGeoJson(undefined as unknown as string);
    expect(refusedWith(result).message).toBe('Nothing to check: no text was given');
  });
});
