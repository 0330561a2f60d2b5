/**
 * The fast path past check-geojson (fast-feature-check.ts): whenever it calls a feature
 * plainly valid, check-geojson has nothing to say about its text; it does call the valid
 * features of every geometry type plainly valid; and validateGeoJson's result is the same
 * with it and without.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWithPlacemark } from '../../../src/core/geojson/check-with-placemark';
import { isPlainlyValid } from '../../../src/core/geojson/fast-feature-check';
import { validateGeoJson } from '../../../src/core/geojson/validate';

// Values are generated, then written with JSON.stringify, then parsed, as the worker reads a
// file. What JSON.stringify cannot write goes in as a marked string and is swapped in the
// text: `"§n:1e999§"` becomes the number token 1e999, `"§k:type§"` the member name "type"
// (so an object can carry a name twice), written as given (`typ\u0065` stays an escape).
const numberToken = (token: string) => `§n:${token}§`;
const memberName = (name: string) => `§k:${name}§`;

function writeText(value: unknown, indent: string | number | undefined): string {
  return JSON.stringify(value, null, indent)
    .replace(/"§n:([^§]*)§"/g, '$1')
    .replace(/"§k:([^§]*)§"/g, (_, name: string) => `"${JSON.parse(`"${name}"`) as string}"`);
}

const ODD_NUMBERS = [
  '1e999',
  '-1e999',
  '-0',
  '0.0',
  '1E+2',
  '1e-400',
  '-0.0000001',
  '1' + '0'.repeat(30),
];

/** Numbers of every kind JSON can hold; `respelled` writes the same number another way. */
const finiteNumber = fc.oneof(
  fc.integer({ min: -180, max: 180 }),
  fc.double({ min: -200, max: 200, noNaN: true }),
);
const validNumber = fc.oneof(
  { weight: 8, arbitrary: finiteNumber },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_NUMBERS).map(numberToken) },
);
function respelled(n: unknown): unknown {
  return typeof n === 'number' && Number.isSafeInteger(n) ? numberToken(`${n}.0`) : n;
}

/** Anything that does not belong where it is put. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, '', '1', 'Point', 0, [], {}, [[]], [1, 2], [[1, 2]]),
  fc.string({ maxLength: 3 }),
  fc.double(),
);
const maybeJunk = <T>(valid: fc.Arbitrary<T>, odds = 12): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: odds, arbitrary: valid }, { weight: 1, arbitrary: junk });

/**
 * Geometries, valid when `broken` is false; else with something wrong now and then: a
 * position too short or too long, a string for a number, a line of one position, an open or
 * short ring, a nested collection, a member check-geojson forbids or does not like.
 */
function geometries(broken: boolean) {
  const j = <T>(valid: fc.Arbitrary<T>) => (broken ? maybeJunk(valid) : valid);
  const number = j(validNumber);
  const position = broken
    ? fc.oneof(
        { weight: 10, arbitrary: fc.array(number, { minLength: 2, maxLength: 3 }) },
        { weight: 1, arbitrary: fc.array(number, { maxLength: 5 }) },
        { weight: 1, arbitrary: junk },
      )
    : fc.array(number, { minLength: 2, maxLength: 3 });
  const positions = (least: number) =>
    j(fc.array(position, { minLength: broken ? 0 : least, maxLength: 5 }));
  const ring = fc
    .tuple(
      fc.array(position, { minLength: broken ? 0 : 3, maxLength: 5 }),
      broken
        ? fc.constantFrom('closed', 'respelled', 'open', 'longer')
        : fc.constantFrom('closed', 'respelled'),
    )
    .map(([points, closing]) => {
      const first = points[0];
      if (first === undefined || !Array.isArray(first)) return points;
      // Open: a last position that differs from the first by one number, or has one more.
      const last =
        closing === 'closed'
          ? first
          : closing === 'longer'
            ? [...first, 0]
            : first.map(
                closing === 'respelled' ? respelled : (n, i) => (i === 0 ? 1 + Number(n) : n),
              );
      return [...points, last];
    });
  const polygon = j(fc.array(j(ring), { maxLength: 2 }));
  const simple = fc.oneof(
    fc.record({ type: fc.constant('Point'), coordinates: position }),
    fc.record({ type: fc.constant('MultiPoint'), coordinates: positions(0) }),
    fc.record({ type: fc.constant('LineString'), coordinates: positions(2) }),
    fc.record({
      type: fc.constant('MultiLineString'),
      coordinates: j(fc.array(positions(2), { maxLength: 3 })),
    }),
    fc.record({ type: fc.constant('Polygon'), coordinates: polygon }),
    fc.record({
      type: fc.constant('MultiPolygon'),
      coordinates: j(fc.array(polygon, { maxLength: 2 })),
    }),
  );
  const member = (entries: fc.Arbitrary<Record<string, unknown>>) =>
    withExtras(entries, broken, GEOMETRY_EXTRAS);
  const collection = (inner: fc.Arbitrary<unknown>) =>
    fc.record({
      type: fc.constant('GeometryCollection'),
      geometries: j(fc.array(inner, { maxLength: 3 })),
    });
  const flat = member(simple);
  const innerCollection = member(collection(flat));
  return member(
    fc.oneof(
      { weight: 6, arbitrary: simple },
      { weight: 2, arbitrary: collection(broken ? fc.oneof(flat, innerCollection, junk) : flat) },
    ),
  );
}

/** Members added now and then; those marked `bad` only when generating broken features. */
interface Extra {
  name: string;
  value: fc.Arbitrary<unknown>;
  bad: boolean;
}

const GEOMETRY_EXTRAS: Extra[] = [
  { name: 'crs', value: fc.constant({ type: 'name', properties: { name: 'x' } }), bad: false },
  { name: 'title', value: junk, bad: false },
  { name: '__proto__', value: fc.constant({ polluted: true }), bad: false },
  { name: 'bbox', value: fc.constantFrom([0, 0, 1, 1], [0, 0, 1], ['0', 0, 1, 1]), bad: true },
  { name: 'properties', value: fc.constant({}), bad: true },
  { name: 'geometry', value: fc.constant(null), bad: true },
  { name: 'features', value: fc.constant([]), bad: true },
];

/** Names given a second time, in the same object (`typ\u0065` is `type` spelled otherwise). */
const REPEATED_NAMES = [
  'type',
  'typ\\u0065',
  'coordinates',
  'geometry',
  'geometries',
  'properties',
  'id',
  'name',
];

/** `value` once in `odds` times, else null. */
function sometimes<T>(value: fc.Arbitrary<T>, odds: number): fc.Arbitrary<T | null> {
  return fc.oneof(
    { weight: odds - 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: value },
  );
}

/**
 * `base` with extra members now and then, in any order; when broken, also with a member
 * taken away now and then and a member name given twice.
 */
function withExtras(
  base: fc.Arbitrary<Record<string, unknown>>,
  broken: boolean,
  extras: Extra[],
): fc.Arbitrary<Record<string, unknown>> {
  const allowed = extras.filter((extra) => broken || !extra.bad);
  const added = fc.tuple(
    ...allowed.map((extra) =>
      sometimes(
        extra.value.map((value) => [extra.name, value] as const),
        extra.bad ? 12 : 3,
      ),
    ),
  );
  const repeated = broken
    ? sometimes(
        fc
          .tuple(fc.constantFrom(...REPEATED_NAMES), junk)
          .map(([name, value]) => [memberName(name), value] as const),
        10,
      )
    : fc.constant(null);
  return fc
    .tuple(base, added, repeated, broken ? sometimes(fc.nat(5), 12) : fc.constant(null), fc.nat())
    .map(([value, more, twice, dropAt, seed]) => {
      const entries: (readonly [string, unknown])[] = Object.entries(value);
      for (const entry of more) if (entry) entries.push(entry);
      if (dropAt !== null) entries.splice(dropAt % entries.length, 1);
      if (twice) entries.splice(seed % (entries.length + 1), 0, twice);
      // Any order: a rotation is enough to put each member first and last sometimes.
      const turn = seed % entries.length;
      // Object.fromEntries defines own members: `__proto__` stays a member.
      return Object.fromEntries([...entries.slice(turn), ...entries.slice(0, turn)]);
    });
}

const FEATURE_EXTRAS: Extra[] = [
  { name: 'id', value: fc.oneof(fc.string({ maxLength: 4 }), finiteNumber), bad: false },
  { name: 'crs', value: fc.constant({ type: 'name', properties: { name: 'x' } }), bad: false },
  { name: 'article', value: junk, bad: false },
  { name: 'id', value: fc.constantFrom(null, true, [], {}), bad: true },
  { name: 'bbox', value: fc.constantFrom([0, 0, 1, 1], [0, 0, 1, 1, 2, 2], [0]), bad: true },
  { name: 'features', value: fc.constant([]), bad: true },
];

/** Properties, with names given twice in the text now and then (check-geojson does not look). */
const properties = fc.oneof(
  fc.constant(null),
  fc.dictionary(fc.constantFrom('name', 'n', '__proto__', 'type'), junk, { maxKeys: 3 }),
  fc.constant({ [memberName('name')]: 'a', name: 'b' }),
);

function features(broken: boolean) {
  const j = <T>(valid: fc.Arbitrary<T>) => (broken ? maybeJunk(valid, 20) : valid);
  return withExtras(
    fc.record({
      type: broken
        ? fc.constantFrom('Feature', 'Feature', 'Feature', 'feature')
        : fc.constant('Feature'),
      properties: j(properties),
      geometry: j(
        fc.oneof(
          { weight: 8, arbitrary: geometries(broken) },
          { weight: 1, arbitrary: fc.constant(null) },
        ),
      ),
    }),
    broken,
    FEATURE_EXTRAS,
  );
}

/** Feature or bare geometry texts, as written with some indent, read back as the worker does. */
const written = (value: fc.Arbitrary<unknown>) =>
  fc.tuple(value, fc.constantFrom(undefined, 1, '\t')).map(([v, indent]) => writeText(v, indent));

function check(text: string, isFeature: boolean): boolean {
  // Whitespace around, as between the members of a collection.
  const padded = `  ${text}\n`;
  const span = { start: 2, end: 2 + text.length };
  return isPlainlyValid(padded, span, JSON.parse(text), isFeature ? ['geometry'] : []);
}

describe('isPlainlyValid', () => {
  it('calls a feature plainly valid only when check-geojson reports nothing', () => {
    let plain = 0;
    let runs = 0;
    fc.assert(
      fc.property(written(features(true)), (text) => {
        runs += 1;
        if (!check(text, true)) return;
        plain += 1;
        expect(checkWithPlacemark(text, 0, text)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
    // Both answers must come up often, or the property says little.
    expect(plain).toBeGreaterThan(runs / 10);
    expect(plain).toBeLessThan(runs * 0.9);
  });

  it('calls a bare geometry plainly valid only when check-geojson reports nothing', () => {
    fc.assert(
      fc.property(written(geometries(true)), (text) => {
        if (check(text, false)) expect(checkWithPlacemark(text, 0, text)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('calls valid features of every geometry type plainly valid', () => {
    const types = new Set<unknown>();
    fc.assert(
      fc.property(written(features(false)), (text) => {
        expect(checkWithPlacemark(text, 0, text)).toEqual([]);
        expect(check(text, true)).toBe(true);
        types.add(
          (JSON.parse(text) as { geometry: { type: string } | null }).geometry?.type ?? null,
        );
      }),
      { numRuns: 1000 },
    );
    expect(types.size).toBe(8);
  });

  const valid = {
    type: 'Feature',
    properties: { name: 'a' },
    geometry: { type: 'Point', coordinates: [1, 2] },
  };
  const text = JSON.stringify(valid);

  const withGeometry = (geometry: unknown) => JSON.stringify({ ...valid, geometry });
  const polygon = (...ring: number[][]) => ({ type: 'Polygon', coordinates: [ring] });
  const collection = (...geometries: unknown[]) => ({ type: 'GeometryCollection', geometries });

  it.each([
    ['a member name given twice in the feature', text.replace('"properties"', '"id":1,"id"')],
    ['a member name given twice in the geometry', text.replace('"coordinates"', '"x":1,"x"')],
    [
      'a name repeated with an escape',
      text.replace('"coordinates"', '"typ\\u0065":"Point","coordinates"'),
    ],
    [
      'a name repeated in a collection member',
      withGeometry(collection(valid.geometry)).replace(
        '"coordinates"',
        '"coordinates":[3,4],"coordinates"',
      ),
    ],
    // The names the check descends into, spelled with an escape: still looked into.
    [
      'a name repeated in a geometry named with an escape',
      text
        .replace('"geometry"', '"geom\\u0065try"')
        .replace('"coordinates"', '"x":1,"x":2,"coordinates"'),
    ],
    [
      'a name repeated in a collection member, the collection named with an escape',
      withGeometry(collection(valid.geometry))
        .replace('"geometries"', '"geometri\\u0065s"')
        .replace('"coordinates"', '"coordinates":[3,4],"coordinates"'),
    ],
    ['no properties', JSON.stringify({ ...valid, properties: undefined })],
    ['a position of four numbers', withGeometry({ type: 'Point', coordinates: [1, 2, 3, 4] })],
    ['an open ring', withGeometry(polygon([0, 0], [1, 0], [1, 1], [0, 1], [0, 0.5]))],
    [
      'a ring that ends with one number more than it starts',
      withGeometry(polygon([0, 0], [1, 0], [1, 1], [0, 0, 0])),
    ],
    ['a collection in a collection', withGeometry(collection(collection(valid.geometry)))],
    ['an id of null', JSON.stringify({ ...valid, id: null })],
    ['a string for a number', withGeometry({ type: 'Point', coordinates: [1, '2'] })],
  ])('is not sure of %s, and check-geojson has something to say', (_, bad) => {
    expect(check(bad, true)).toBe(false);
    expect(checkWithPlacemark(bad, 0, bad)).not.toEqual([]);
  });

  it('leaves a bbox to check-geojson, though it may be valid', () => {
    const bbox = JSON.stringify({ ...valid, bbox: [1, 2, 1, 2] });
    expect(check(bbox, true)).toBe(false);
    expect(check(bbox.replace('[1,2,1,2]', '[1,2,1]'), true)).toBe(false);
  });

  it('is not sure of text that does not end where the span says', () => {
    const two = `${text},${text}`;
    expect(isPlainlyValid(two, { start: 0, end: text.length }, valid, ['geometry'])).toBe(true);
    expect(isPlainlyValid(two, { start: 0, end: two.length }, valid, ['geometry'])).toBe(false);
  });

  it('is sure of a name given twice in properties, which check-geojson does not look at', () => {
    const twice = text.replace('"name"', '"name":"b","name"');
    expect(checkWithPlacemark(twice, 0, twice)).toEqual([]);
    expect(check(twice, true)).toBe(true);
  });
});

// check-geojson on every feature (the slow path) takes its time, all the more on a busy machine.
describe('validateGeoJson with and without the fast path', { timeout: 60_000 }, () => {
  it('gives the same result for a collection of good and bad features', () => {
    const member = fc.oneof(features(false), features(true));
    fc.assert(
      fc.property(
        fc.array(written(member), { maxLength: 8 }),
        fc.constantFrom(',', ',\n', ' , '),
        (texts, comma) => {
          const text = `{"type":"FeatureCollection","features":[${texts.join(comma)}]}`;
          const fast = validateGeoJson(text);
          expect(fast).toEqual(validateGeoJson(text, { fastPath: false }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same result for a bare geometry or feature', () => {
    fc.assert(
      fc.property(written(fc.oneof(features(true), geometries(true))), (text) => {
        expect(validateGeoJson(text)).toEqual(validateGeoJson(text, { fastPath: false }));
      }),
      { numRuns: 300 },
    );
  });
});
