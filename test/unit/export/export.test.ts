/**
 * Tests of GeoJSON export (src/core/export/export.ts): the shipped places in every naming mode, the
 * RFC 7946 normalisations, lossless properties, refusals, and the fixtures in
 * test/fixtures/export/, where exporting `NAME.geojson` must give `NAME.expected` byte for
 * byte (`.expected`, not `.geojson`, so Prettier leaves the exact bytes alone).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, HintError, type HintIssue } from '@placemarkio/check-geojson';
import fc from 'fast-check';
import type { Feature, FeatureCollection, Geometry, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  ExportError,
  exportFileName,
  exportGeoJson,
  exportPlaces,
  GEOJSON_MEDIA_TYPE,
} from '../../../src/core/export/export';
import { formatJson, JsonMembers } from '../../../src/core/export/format-json';
import { labelFor, namingModes } from '../../../src/core/article/naming';
import { partiesOf, type PlaceCollection } from '../../../src/core/article/places';
import { signedArea } from '../../../src/core/geometry/signed-area';
import { polygon } from '../support/polygons';

const root = join(import.meta.dirname, '..', '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'export');
const places = JSON.parse(
  readFileSync(join(root, 'geodata', 'kurils-2019', 'places.geojson'), 'utf8'),
) as PlaceCollection;
const NAMING_MODES = namingModes(partiesOf(places.article));
const smallPlaces = JSON.parse(
  readFileSync(join(fixtures, 'places-small.geojson'), 'utf8'),
) as PlaceCollection;

/** check-geojson's issues with `text`: none when it is valid GeoJSON. */
function issuesOf(text: string): HintIssue[] {
  try {
    check(text);
    return [];
  } catch (error) {
    if (error instanceof HintError) return error.issues;
    throw error;
  }
}

function parseCollection(text: string): FeatureCollection {
  return JSON.parse(text) as FeatureCollection;
}

function featureById(collection: FeatureCollection, id: string): Feature {
  const feature = collection.features.find((f) => f.id === id);
  if (feature === undefined) throw new Error(`no feature ${id}`);
  return feature;
}

/** Polygons of a geometry, as lists of rings (exterior first). */
function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (geometry === null) return [];
  switch (geometry.type) {
    case 'Polygon':
      return [geometry.coordinates];
    case 'MultiPolygon':
      return geometry.coordinates;
    case 'GeometryCollection':
      return geometry.geometries.flatMap(polygonsOf);
    default:
      return [];
  }
}

function expectRfcWinding(collection: FeatureCollection): number {
  let rings = 0;
  for (const feature of collection.features) {
    for (const [exterior, ...holes] of polygonsOf(feature.geometry)) {
      expect(signedArea(exterior ?? [])).toBeGreaterThan(0);
      for (const hole of holes) expect(signedArea(hole)).toBeLessThan(0);
      rings += 1 + holes.length;
    }
  }
  return rings;
}

/** How many `crs` members the collection, its features and their geometries have. */
function crsMembers(collection: FeatureCollection): number {
  const has = (object: object) => (Object.hasOwn(object, 'crs') ? 1 : 0);
  const inGeometry = (geometry: Geometry | null): number =>
    geometry === null
      ? 0
      : has(geometry) +
        (geometry.type === 'GeometryCollection'
          ? geometry.geometries.reduce((sum, child) => sum + inGeometry(child), 0)
          : 0);
  return collection.features.reduce(
    (sum, feature) => sum + has(feature) + inGeometry(feature.geometry),
    has(collection),
  );
}

/** Great-circle distance in metres (mean Earth radius). */
function haversine([lon1 = 0, lat1 = 0]: Position, [lon2 = 0, lat2 = 0]: Position): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(a)));
}

function pointCollection(coordinates: Position): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: null, geometry: { type: 'Point', coordinates } }],
  };
}

/** Keys that have tripped up JavaScript code that copies objects, and GeoJSON-looking ones. */
const awkwardKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'a:b',
    'name:ja',
    'label:ru',
    'crs',
    'type',
    '',
    '0',
    '10',
  ),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
);
const jsonProperties = fc.dictionary(awkwardKey, fc.jsonValue({ maxDepth: 3 }), {
  noNullPrototype: true,
});

// Generated collections: every geometry type, awkward numbers, crs members, foreign members.

const longitude = fc.oneof(
  fc.double({ min: -180, max: 180, noNaN: true }),
  fc.integer({ min: -2, max: 2 }), // few distinct values: repeated positions, flat rings
);
const latitude = fc.oneof(
  fc.double({ min: -90, max: 90, noNaN: true }),
  fc.integer({ min: -2, max: 2 }),
);
const altitude = fc.double({ min: -1e4, max: 1e4, noNaN: true });
const position: fc.Arbitrary<Position> = fc.oneof(
  fc.tuple(longitude, latitude),
  fc.tuple(longitude, latitude, altitude),
  // A fourth element (RFC 7946 says should not) is cut.
  fc.tuple(longitude, latitude, altitude, fc.double({ noNaN: true, noDefaultInfinity: true })),
);
const line = fc.array(position, { minLength: 2, maxLength: 5 });
const ring = fc
  .array(position, { minLength: 3, maxLength: 6 })
  .map((positions) => [...positions, positions[0]!]);
const rings = fc.array(ring, { minLength: 1, maxLength: 3 });
const crs = fc.constant({ type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } });
const bbox = fc.array(fc.double({ min: -180, max: 180, noNaN: true }), {
  minLength: 4,
  maxLength: 4,
});

function geometryOf<T extends Geometry['type']>(type: T, coordinates: fc.Arbitrary<unknown>) {
  return fc.record(
    { type: fc.constant(type), coordinates, crs, bbox },
    { requiredKeys: ['type', 'coordinates'], noNullPrototype: true },
  );
}

const simpleGeometry = fc.oneof(
  geometryOf('Point', position),
  geometryOf('MultiPoint', fc.array(position, { maxLength: 4 })),
  geometryOf('LineString', line),
  geometryOf('MultiLineString', fc.array(line, { maxLength: 3 })),
  geometryOf('Polygon', rings),
  geometryOf('MultiPolygon', fc.array(rings, { maxLength: 3 })),
);
const geometry = fc.oneof(
  simpleGeometry,
  // check-geojson refuses nested GeometryCollections, so none are generated.
  fc.record({
    type: fc.constant('GeometryCollection'),
    geometries: fc.array(simpleGeometry, { maxLength: 3 }),
  }),
  fc.constant(null),
);

/** Foreign members: any key that is not a GeoJSON member of `reserved`'s object. */
function foreignMembers(reserved: readonly string[]) {
  return fc.dictionary(
    awkwardKey.filter((key) => !reserved.includes(key)),
    fc.jsonValue({ maxDepth: 2 }),
    { maxKeys: 3, noNullPrototype: true },
  );
}

const FEATURE_MEMBERS = ['type', 'id', 'properties', 'geometry', 'bbox', 'crs'];
const feature = fc
  .tuple(
    fc.record(
      {
        type: fc.constant('Feature'),
        id: fc.oneof(
          fc.string(),
          fc.integer(),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
        ),
        properties: fc.option(jsonProperties, { nil: null }),
        geometry,
        crs,
      },
      { requiredKeys: ['type', 'properties', 'geometry'], noNullPrototype: true },
    ),
    foreignMembers([...FEATURE_MEMBERS, 'coordinates', 'geometries', 'features']),
  )
  .map(([members, foreign]) =>
    Object.fromEntries([...Object.entries(foreign), ...Object.entries(members)]),
  );

const featureCollection = fc
  .tuple(
    fc.record(
      {
        type: fc.constant('FeatureCollection'),
        features: fc.array(feature, { maxLength: 4 }),
        crs,
        bbox,
      },
      { requiredKeys: ['type', 'features'], noNullPrototype: true },
    ),
    foreignMembers([
      'type',
      'features',
      'bbox',
      'crs',
      'coordinates',
      'geometries',
      'geometry',
      'properties',
    ]),
  )
  .map(
    ([members, foreign]) =>
      Object.fromEntries([
        ...Object.entries(members),
        ...Object.entries(foreign),
      ]) as FeatureCollection,
  );

describe('exportPlaces on the shipped places', () => {
  it.each(NAMING_MODES)('gives valid GeoJSON in naming mode %s (check-geojson)', (names) => {
    expect(issuesOf(exportPlaces(places, { names }))).toEqual([]);
  });

  it('names each place by the naming mode', () => {
    const names = (id: string) =>
      ['both', 'ru', 'ja'].map(
        (mode) =>
          featureById(parseCollection(exportPlaces(places, { names: mode })), id).properties?.name,
      );
    expect(names('iturup')).toEqual(['Iturup / Etorofu', 'Iturup', 'Etorofu']);
    expect(names('southern-kurils')).toEqual([
      'Southern Kurils / Northern Territories',
      'Southern Kurils',
      'Northern Territories',
    ]);
    expect(names('moscow')).toEqual(['Moscow', 'Moscow', 'Moscow']);
  });

  it.each(NAMING_MODES)('keeps every other property, id and geometry type (%s)', (names) => {
    const exported = parseCollection(exportPlaces(places, { names }));
    expect(exported.features.map((f) => f.id)).toEqual(places.features.map((f) => f.id));
    exported.features.forEach((feature, i) => {
      const original = places.features[i]!;
      expect(feature.properties).toEqual({
        ...original.properties,
        name: labelFor(original.properties, names),
      });
      expect(feature.geometry?.type).toBe(original.geometry.type);
    });
    const iturup = featureById(exported, 'iturup').properties!;
    const source = places.features.find((f) => f.id === 'iturup')!.properties;
    for (const key of [
      'kind',
      'name:en',
      'name:ru',
      'name:ru-Latn',
      'name:ja',
      'name:ja-Latn',
      'label:ru',
      'label:ja',
      'administered_by',
      'claimed_by',
      'passages',
      'sources',
    ] as const) {
      expect(iturup[key], key).toEqual(source[key]);
      expect(iturup[key], key).toBeDefined();
    }
  });

  it.each(NAMING_MODES)('adds the article and the naming as foreign members (%s)', (names) => {
    const exported = JSON.parse(exportPlaces(places, { names })) as Record<string, unknown>;
    expect(Object.keys(exported)).toEqual(['type', 'article', 'naming', 'features']);
    expect(exported.article).toEqual(places.article);
    expect(exported.naming).toBe(names);
  });

  it('winds island exteriors counter-clockwise and holes clockwise', () => {
    expect(expectRfcWinding(parseCollection(exportPlaces(places, { names: 'both' })))).toBe(
      places.features.flatMap((f) => polygonsOf(f.geometry)).flat().length,
    );
    // The small fixture's island has both rings the wrong way round.
    const [exterior, hole] = (smallPlaces.features[1]!.geometry as Polygon).coordinates;
    expect([signedArea(exterior!) < 0, signedArea(hole!) > 0]).toEqual([true, true]);
    expect(expectRfcWinding(parseCollection(exportPlaces(smallPlaces, { names: 'ru' })))).toBe(2);
  });

  it('writes two-space indented JSON with a final newline and no byte order mark', () => {
    const text = exportPlaces(places, { names: 'both' });
    expect(text.startsWith('{\n  "type": "FeatureCollection",\n  "article": {\n')).toBe(true);
    expect(text.endsWith('\n  ]\n}\n')).toBe(true);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it('gives the same bytes when its own output is exported again', () => {
    for (const names of NAMING_MODES) {
      for (const placeId of [undefined, 'iturup']) {
        const text = exportPlaces(places, { names, placeId });
        const parsed = JSON.parse(text) as PlaceCollection;
        expect(exportPlaces(parsed, { names, placeId })).toBe(text);
        expect(exportGeoJson(parsed)).toBe(text);
      }
    }
    // The shipped file is already in export form.
    const shipped = readFileSync(join(root, 'geodata', 'kurils-2019', 'places.geojson'), 'utf8');
    expect(exportGeoJson(parseCollection(shipped))).toBe(shipped);
  });

  it('exports one place as a collection of that feature, with the same foreign members', () => {
    for (const names of NAMING_MODES) {
      const all = parseCollection(exportPlaces(places, { names }));
      for (const { id } of places.features) {
        const text = exportPlaces(places, { names, placeId: id });
        expect(issuesOf(text)).toEqual([]);
        const one = JSON.parse(text) as Record<string, unknown> & FeatureCollection;
        expect(one.features).toEqual([featureById(all, id)]);
        expect([one.article, one.naming]).toEqual([places.article, names]);
      }
    }
    // A collection's bbox covers every place, so it does not go with one of them.
    const boxed = { ...places, bbox: [100, 30, 150, 60] } as PlaceCollection;
    expect(parseCollection(exportPlaces(boxed, { names: 'both' })).bbox).toEqual(boxed.bbox);
    expect(parseCollection(exportPlaces(boxed, { names: 'both', placeId: 'tokyo' })).bbox).toBe(
      undefined,
    );
    const iturup = parseCollection(exportPlaces(places, { names: 'ja', placeId: 'iturup' }));
    expect(iturup.features.map((f) => [f.id, f.properties?.name])).toEqual([['iturup', 'Etorofu']]);
  });

  it('refuses an unknown place id, listing the ids', () => {
    expect(() => exportPlaces(places, { names: 'both', placeId: 'atlantis' })).toThrow(
      new ExportError(
        'No place has the id "atlantis"; the ids are nagoya, moscow, tokyo, osaka, sakhalin, ' +
          'kunashir, iturup, southern-kurils.',
      ),
    );
  });

  it('refuses a NaN coordinate, naming the feature by position and id', () => {
    const broken = structuredClone(places);
    const iturup = broken.features[6]!;
    expect(iturup.id).toBe('iturup');
    (iturup.geometry as Polygon).coordinates[0]![1]![1] = NaN;
    const message =
      'Feature 7 (id "iturup"): coordinate 2 of ring 1 is not a finite number (its latitude is NaN).';
    expect(() => exportPlaces(broken, { names: 'ru' })).toThrow(new ExportError(message));
    // Named by its place in the whole collection, also when exported alone.
    expect(() => exportPlaces(broken, { names: 'ru', placeId: 'iturup' })).toThrow(message);
    expect(exportPlaces(broken, { names: 'ru', placeId: 'moscow' })).toContain('"Moscow"');
  });

  it('copies properties without touching prototypes ("__proto__" stays a key)', () => {
    const collection = JSON.parse(`{
      "type": "FeatureCollection",
      "article": { "title": "t", "source": "s", "date": "2020-01-01", "text": "a.txt",
        "parties": [{ "id": "ja", "name": "J", "lang": "ja" }] },
      "features": [{
        "type": "Feature", "id": "x", "geometry": null,
        "properties": {
          "kind": "city", "name": "X", "label:ja": "Ex", "passages": [], "sources": {},
          "__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }
        }
      }]
    }`) as PlaceCollection;
    const exported = parseCollection(exportPlaces(collection, { names: 'ja' }));
    const properties = exported.features[0]!.properties!;
    expect(Object.keys(properties)).toEqual([
      'kind',
      'name',
      'label:ja',
      'passages',
      'sources',
      '__proto__',
      'constructor',
    ]);
    expect(properties.name).toBe('Ex');
    expect(Object.getOwnPropertyDescriptor(properties, '__proto__')?.value).toEqual({
      polluted: true,
    });
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps any generated properties, only `name` following the mode', () => {
    fc.assert(
      fc.property(jsonProperties, fc.constantFrom(...NAMING_MODES), (extra, names) => {
        const properties = Object.fromEntries([
          ['kind', 'island'],
          ['name', 'A / B'],
          ['label:ru', 'A'],
          ['label:ja', 'B'],
          ...Object.entries(extra),
          ['passages', []],
          ['sources', {}],
        ]) as Record<string, unknown>;
        const collection = {
          ...smallPlaces,
          features: [{ ...smallPlaces.features[0]!, properties }],
        } as unknown as PlaceCollection;
        const exported = parseCollection(exportPlaces(collection, { names }));
        // fromEntries defines members as JSON.parse does, so "__proto__" stays a key.
        const expected = Object.fromEntries(
          Object.entries(properties).map(([key, value]) => [
            key,
            key === 'name'
              ? labelFor(collection.features[0]!.properties, names, partiesOf(collection.article))
              : value,
          ]),
        );
        expect(exported.features[0]!.properties).toEqual(expected);
        expect(Object.keys(exported.features[0]!.properties!)).toEqual(Object.keys(expected));
      }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('exportGeoJson', () => {
  const cases = readdirSync(fixtures)
    .filter((file) => file.endsWith('.expected'))
    .map((file) => file.slice(0, -'.expected'.length));

  it('has fixtures', () => {
    expect(cases).toEqual(expect.arrayContaining(['normalise', 'odd-properties']));
  });

  it.each(cases)('exports %s.geojson as its .expected file, valid and stable', (name) => {
    const input = readFileSync(join(fixtures, `${name}.geojson`), 'utf8');
    const expected = readFileSync(join(fixtures, `${name}.expected`), 'utf8');
    expect(exportGeoJson(parseCollection(input))).toBe(expected);
    expect(issuesOf(expected)).toEqual([]);
    expect(exportGeoJson(parseCollection(expected))).toBe(expected);
  });

  it('drops crs at every level, keeping a property of that name', () => {
    const input = parseCollection(readFileSync(join(fixtures, 'normalise.geojson'), 'utf8'));
    expect(crsMembers(input)).toBe(3);
    const text = exportGeoJson(input);
    expect(crsMembers(parseCollection(text))).toBe(0);
    expect(parseCollection(text).features[0]?.properties?.crs).toBe(
      'a property, not a member: kept',
    );
  });

  it('writes properties back exactly, whatever their keys and values', () => {
    const input = readFileSync(join(fixtures, 'odd-properties.geojson'), 'utf8');
    const exported = parseCollection(exportGeoJson(parseCollection(input)));
    expect(exported.features[0]!.properties).toEqual(
      parseCollection(input).features[0]!.properties,
    );
    const numbers = exported.features[0]!.properties!.numbers as number[];
    expect(Object.is(numbers[0], -0)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    fc.assert(
      fc.property(jsonProperties, (properties) => {
        const text = exportGeoJson({
          type: 'FeatureCollection',
          features: [{ type: 'Feature', properties, geometry: null }],
        });
        const back = parseCollection(text).features[0]!.properties!;
        expect(back).toEqual(properties);
        expect(Object.keys(back)).toEqual(Object.keys(properties));
        expect(Object.hasOwn(back, '__proto__')).toBe(Object.hasOwn(properties, '__proto__'));
        expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
      }),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('keeps foreign members named "__proto__" on features and the collection', () => {
    const text = exportGeoJson(
      parseCollection(`{
        "__proto__": { "polluted": 1 }, "type": "FeatureCollection",
        "features": [{ "type": "Feature", "__proto__": [1], "properties": null, "geometry": null }]
      }`),
    );
    const parsed = JSON.parse(text) as Record<string, unknown> & FeatureCollection;
    expect(Object.keys(parsed)).toEqual(['type', '__proto__', 'features']);
    expect(Object.getOwnPropertyDescriptor(parsed, '__proto__')?.value).toEqual({ polluted: 1 });
    expect(Object.keys(parsed.features[0]!)).toEqual([
      'type',
      '__proto__',
      'properties',
      'geometry',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rounds to at most 6 decimals, moving no point more than 0.11 m, and -0 to 0', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -90, max: 90, noNaN: true }),
        (lon, lat) => {
          const text = exportGeoJson(pointCollection([lon, lat]));
          const [x, y] = (parseCollection(text).features[0]!.geometry as Point).coordinates as [
            number,
            number,
          ];
          expect(haversine([lon, lat], [x, y])).toBeLessThanOrEqual(0.11);
          for (const value of [x, y]) {
            expect(String(value)).toMatch(/^-?\d+(\.\d{1,6})?$/);
            expect(Object.is(value, -0)).toBe(false);
          }
        },
      ),
      { numRuns: 2000 },
    );
    const text = exportGeoJson(pointCollection([-0, -0.0000004, 8848.8678912]));
    const { coordinates } = parseCollection(text).features[0]!.geometry as Point;
    expect(coordinates).toEqual([0, 0, 8848.867891]);
    expect(coordinates.map((value) => Object.is(value, -0))).toEqual([false, false, false]);
  });

  it('winds generated polygons as RFC 7946 says, also in MultiPolygons and collections', () => {
    fc.assert(
      fc.property(fc.array(polygon, { minLength: 1, maxLength: 3 }), (polygons) => {
        const rings = polygons.map((p) => p.rings);
        const geometries: Geometry[] = [
          { type: 'Polygon', coordinates: rings[0]! },
          { type: 'MultiPolygon', coordinates: rings },
          {
            type: 'GeometryCollection',
            geometries: [{ type: 'MultiPolygon', coordinates: rings }],
          },
        ];
        const text = exportGeoJson({
          type: 'FeatureCollection',
          features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
        });
        const count = rings.flat().length;
        expect(expectRfcWinding(parseCollection(text))).toBe(rings[0]!.length + 2 * count);
      }),
    );
  });

  it('gives valid GeoJSON that exports again to the same bytes, for generated collections', () => {
    fc.assert(
      fc.property(featureCollection, (collection) => {
        const text = exportGeoJson(collection);
        expect(issuesOf(text)).toEqual([]);
        expect(exportGeoJson(parseCollection(text))).toBe(text);
        expect(crsMembers(parseCollection(text))).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('writes a missing properties or geometry member as null', () => {
    const text = exportGeoJson({
      type: 'FeatureCollection',
      features: [{ type: 'Feature' } as Feature],
    });
    expect(parseCollection(text).features[0]).toEqual({
      type: 'Feature',
      properties: null,
      geometry: null,
    });
  });

  it('sets foreign members of the collection, replacing any of the same name in place', () => {
    const collection = {
      type: 'FeatureCollection',
      title: 'old',
      features: [],
      after: 1,
    } as FeatureCollection;
    const text = exportGeoJson(collection, { foreign: { title: 'new', extra: { a: [1] } } });
    expect(text).toBe(
      '{\n  "type": "FeatureCollection",\n  "title": "new",\n  "after": 1,\n' +
        '  "extra": {\n    "a": [\n      1\n    ]\n  },\n  "features": []\n}\n',
    );
    expect(() => exportGeoJson(collection, { foreign: { features: [] } })).toThrow(ExportError);
    expect(() => exportGeoJson(collection, { foreign: { geometry: null } })).toThrow(ExportError);
    expect(exportGeoJson(collection, { foreign: { crs: { type: 'name' } } })).not.toContain('crs');
  });

  it.each([
    [
      'a NaN longitude of a Point',
      { type: 'Point', coordinates: [NaN, 0] },
      'Feature 1 (id "f"): the coordinate is not a finite number (its longitude is NaN).',
    ],
    [
      'an Infinity from JSON.parse("1e999") in a ring',
      JSON.parse('{"type":"Polygon","coordinates":[[[0,0],[1,1e999],[1,0],[0,0]]]}') as Geometry,
      'Feature 1 (id "f"): coordinate 2 of ring 1 is not a finite number (its latitude is Infinity).',
    ],
    [
      'a -Infinity altitude in a MultiPolygon',
      {
        type: 'MultiPolygon',
        coordinates: [
          [],
          [
            [
              [0, 0],
              [1, 1],
              [1, 0, -Infinity],
              [0, 0],
            ],
          ],
        ],
      },
      'Feature 1 (id "f"): coordinate 3 of ring 1 of polygon 2 is not a finite number ' +
        '(its altitude is -Infinity).',
    ],
    [
      'a NaN in a line inside a GeometryCollection',
      {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [0, 0] },
          {
            type: 'MultiLineString',
            coordinates: [
              [
                [0, 0],
                [NaN, 1],
              ],
            ],
          },
        ],
      },
      'Feature 1 (id "f"): coordinate 2 of line 1 of geometry 2 is not a finite number ' +
        '(its longitude is NaN).',
    ],
    [
      'a ring that is not closed',
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [1, 0],
            [0, 1],
          ],
        ],
      },
      'Feature 1 (id "f"): ring 1 is not closed: its first and last coordinates differ.',
    ],
    [
      'a ring of three positions',
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
      'Feature 1 (id "f"): ring 1 has 3 coordinates; a ring needs at least 4.',
    ],
    [
      'a line of one position',
      { type: 'LineString', coordinates: [[0, 0]] },
      'Feature 1 (id "f"): the line has 1 coordinate; a line needs at least 2.',
    ],
    [
      'a position of one number',
      { type: 'MultiPoint', coordinates: [[0, 0], [1]] },
      'Feature 1 (id "f"): coordinate 2 is not a position [longitude, latitude] or ' +
        '[longitude, latitude, altitude].',
    ],
    [
      'an unknown geometry type',
      { type: 'Circle', coordinates: [0, 0], radius: 1 },
      'Feature 1 (id "f"): the geometry has an unknown type "Circle".',
    ],
    [
      'a geometry with a properties member (RFC 7946 §7.1)',
      { type: 'Point', coordinates: [0, 0], properties: {} },
      'Feature 1 (id "f"): the geometry has a member "properties", which RFC 7946 §7.1 ' +
        'forbids on a geometry.',
    ],
  ])('refuses %s, naming the feature', (_, geometry, message) => {
    const collection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 'f', properties: {}, geometry }],
    } as FeatureCollection;
    expect(() => exportGeoJson(collection)).toThrow(new ExportError(message));
  });

  it.each([
    [
      'a property that is Infinity',
      { type: 'Feature', id: 5, properties: { speed: Infinity }, geometry: null },
      'Feature 2 (id 5): property "speed" holds Infinity, which JSON cannot write.',
    ],
    [
      'a NaN deep in a foreign member',
      { type: 'Feature', properties: null, geometry: null, extra: { a: [NaN] } },
      'Feature 2: member "extra" holds NaN, which JSON cannot write.',
    ],
    [
      'an id that is neither a string nor a number',
      { type: 'Feature', id: null, properties: null, geometry: null },
      'Feature 2: the id is neither a string nor a finite number.',
    ],
    [
      'a Feature with a coordinates member (RFC 7946 §7.1)',
      { type: 'Feature', id: 'c', properties: null, geometry: null, coordinates: [0, 0] },
      'Feature 2 (id "c") has a member "coordinates", which RFC 7946 §7.1 forbids on a Feature.',
    ],
    [
      'a bbox of three numbers',
      { type: 'Feature', id: 'b', bbox: [0, 0, 1], properties: null, geometry: null },
      'Feature 2 (id "b"): the bbox is not an array of 4 or 6 finite numbers.',
    ],
    [
      'something that is not a Feature',
      { type: 'Point', coordinates: [0, 0] },
      'Feature 2 is not a GeoJSON Feature.',
    ],
  ])('refuses %s', (_, feature, message) => {
    const collection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: null, geometry: null }, feature],
    } as unknown as FeatureCollection;
    expect(() => exportGeoJson(collection)).toThrow(new ExportError(message));
  });

  it('refuses what is not a FeatureCollection', () => {
    const point = { type: 'Point', coordinates: [0, 0] } as unknown as FeatureCollection;
    expect(() => exportGeoJson(point)).toThrow(
      new ExportError('The data is not a GeoJSON FeatureCollection.'),
    );
  });
});

describe('exportFileName and GEOJSON_MEDIA_TYPE', () => {
  it('names the file after the naming mode and the place', () => {
    expect(exportFileName('both')).toBe('article-map-both.geojson');
    expect(exportFileName('ru')).toBe('article-map-ru.geojson');
    expect(exportFileName('ja', 'iturup')).toBe('article-map-ja-iturup.geojson');
    expect(exportFileName('both', 'southern-kurils')).toBe(
      'article-map-both-southern-kurils.geojson',
    );
  });

  it('keeps an opened file’s odd id from naming a path or a hidden file', () => {
    expect(exportFileName('ru', '../../etc/passwd')).toBe('article-map-ru-etc-passwd.geojson');
    expect(exportFileName('ja', '択捉島 (Etorofu)')).toBe('article-map-ja-択捉島-Etorofu.geojson');
    expect(exportFileName('both', '...')).toBe('article-map-both.geojson');
    expect(exportFileName('both', '🗾'.repeat(100))).toBe('article-map-both.geojson');
    expect(exportFileName('both', 'x'.repeat(100))).toBe(
      `article-map-both-${'x'.repeat(80)}.geojson`,
    );
  });

  it('gives the GeoJSON media type', () => {
    expect(GEOJSON_MEDIA_TYPE).toBe('application/geo+json');
  });
});

describe('formatJson', () => {
  it('writes what JSON.stringify(value, null, 2) writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        // JSON.parse(JSON.stringify(…)) turns -0 into 0, the one number formatJson writes differently.
        const plain: unknown = JSON.parse(JSON.stringify(value));
        expect(formatJson(plain)).toBe(JSON.stringify(plain, null, 2));
      }),
    );
    const odd = {
      a: undefined,
      b: () => 1,
      c: [undefined, Symbol('s'), () => 2, NaN, Infinity],
      d: new Date(0),
      e: [new Number(3), new String('s'), new Boolean(false)],
      // eslint-disable-next-line no-sparse-arrays
      f: [1, , 3],
      g: {},
      h: [],
    };
    expect(formatJson(odd)).toBe(JSON.stringify(odd, null, 2));
  });

  it('keeps -0 and a given member order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(formatJson(value))).toEqual(value);
      }),
    );
    expect(formatJson([-0, 0])).toBe('[\n  -0,\n  0\n]');
    expect(
      formatJson(
        new JsonMembers([
          ['type', 'x'],
          ['10', 1],
          ['2', 2],
        ]),
      ),
    ).toBe('{\n  "type": "x",\n  "10": 1,\n  "2": 2\n}');
  });

  it('refuses cycles and BigInts as JSON.stringify does', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = [cycle];
    expect(() => formatJson(cycle)).toThrow(TypeError);
    expect(() => formatJson({ n: 1n })).toThrow(TypeError);
  });
});
