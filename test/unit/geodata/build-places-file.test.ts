import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildPlacesFile, type BuildInputs } from '../../../scripts/build-places-file';
import { parsePlaceSource, type PlaceSource } from '../../../scripts/place-source';

// A one-square "world": land is the square (0,0)-(4,4), wound clockwise as world-atlas does.
const land: Topology = {
  type: 'Topology',
  objects: {
    land: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]] }] },
  },
  arcs: [
    [
      [0, 0],
      [0, 4],
      [4, 4],
      [4, 0],
      [0, 0],
    ],
  ],
};
const disputed: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'group',
      properties: { source: 'Test disputed areas' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [10, 10],
              [10, 11.00000049],
              [11, 11],
              [11, 10],
              [10, 10],
            ],
          ],
        ],
      },
    },
  ],
};

const article = 'Title\n\nThe city of Alpha is here. Beta Island is there.\n';

function city(overrides: Partial<PlaceSource> = {}): PlaceSource {
  return {
    id: 'alpha',
    kind: 'city',
    name: 'Alpha',
    'name:en': 'Alpha',
    passages: [{ paragraph: 2, text: 'The city of Alpha is here.' }],
    sources: { 'name:en': 'https://example.org/alpha' },
    geometry: { type: 'geonames-point', geonameid: 1, coordinates: [1.23456789, 2] },
    ...overrides,
  };
}

function inputs(places: PlaceSource[]): BuildInputs {
  return {
    source: {
      article: { title: 'T', source: 'S', date: '2019-11-23', text: 'article.txt', parties: [] },
      places,
    },
    articleText: article,
    land,
    landVersion: '9.9.9',
    sourceFiles: { 'disputed.geojson': disputed },
  };
}

const island: PlaceSource = {
  id: 'beta',
  kind: 'island',
  name: 'Beta',
  'name:en': 'Beta',
  passages: [{ paragraph: 2, text: 'Beta Island is there.' }],
  sources: { 'name:en': 'https://example.org/beta' },
  geometry: { type: 'land-polygon', containing: [2, 2], reference: 'https://example.org/ref' },
};
const group: PlaceSource = {
  id: 'group',
  kind: 'island-group',
  name: 'Group',
  'name:en': 'Group',
  passages: [],
  sources: { 'name:en': 'https://example.org/group' },
  geometry: { type: 'disputed-area', file: 'disputed.geojson', feature: 'group' },
};

describe('buildPlacesFile', () => {
  it('builds a collection with ids, ordered properties, rounded and rewound geometry', () => {
    const text = buildPlacesFile(inputs([city(), island, group]));
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(['type', 'article', 'features']);
    const [alpha, beta, g] = parsed.features;
    expect(Object.keys(alpha)).toEqual(['type', 'id', 'properties', 'geometry']);
    expect(alpha.geometry).toEqual({ type: 'Point', coordinates: [1.234568, 2] });
    expect(alpha.properties.sources.geometry).toBe('https://www.geonames.org/1');
    expect(Object.keys(alpha.properties)).toEqual([
      'kind',
      'name',
      'name:en',
      'passages',
      'sources',
    ]);
    // World-atlas winds clockwise; the output must be counter-clockwise.
    expect(beta.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
      ],
    });
    expect(beta.properties.sources.geometry).toContain('world-atlas 9.9.9');
    expect(beta.properties.sources.geometry).toContain('https://example.org/ref');
    expect(g.geometry.coordinates[0][0]).toEqual([
      [10, 10],
      [11, 10],
      [11, 11],
      [10, 11],
      [10, 10],
    ]);
    expect(g.properties.sources.geometry).toContain('Test disputed areas');
  });

  it('gives the same bytes every time', () => {
    const places = [city(), island, group];
    expect(buildPlacesFile(inputs(places))).toBe(buildPlacesFile(inputs(structuredClone(places))));
  });

  it('orders sources like the properties (names in the source’s order), geometry last', () => {
    const place = city({
      'name:ja': 'アルファ',
      'name:ru': 'Альфа',
      sources: {
        'name:ja': 'https://example.org/ja',
        zzz: 'https://example.org/z',
        'name:en': 'https://example.org/en',
        'name:ru': 'https://example.org/ru',
      },
    });
    const parsed = JSON.parse(buildPlacesFile(inputs([place])));
    expect(Object.keys(parsed.features[0].properties.sources)).toEqual([
      'name:en',
      'name:ja',
      'name:ru',
      'geometry',
      'zzz',
    ]);
  });

  it('refuses a passage that is not word for word in its paragraph', () => {
    const wrong = city({ passages: [{ paragraph: 1, text: 'The city of Alpha is here.' }] });
    expect(() => buildPlacesFile(inputs([wrong]))).toThrow(/alpha: passage is not in paragraph 1/);
  });

  it('refuses a fact without a source, a repeated id and a point in the sea', () => {
    expect(() => buildPlacesFile(inputs([city({ 'name:ru': 'Альфа' })]))).toThrow(
      /"name:ru" has no entry in sources/,
    );
    expect(() => buildPlacesFile(inputs([city(), city()]))).toThrow(/duplicate place id "alpha"/);
    const sea = {
      ...island,
      geometry: { ...island.geometry, containing: [50, 50] },
    } as PlaceSource;
    expect(() => buildPlacesFile(inputs([sea]))).toThrow(/no land polygon contains \[50,50\]/);
  });
});

describe('parsePlaceSource', () => {
  const valid = inputs([city(), island, group]).source;

  it('accepts a well-formed source', () => {
    expect(parsePlaceSource(structuredClone(valid))).toEqual(valid);
  });

  it('names the first problem by its path', () => {
    const cases: [unknown, RegExp][] = [
      [[], /\(root\) is not an object/],
      [{ ...valid, article: { ...valid.article, date: '23 Nov 2019' } }, /article.date/],
      [{ ...valid, places: {} }, /places is not an array/],
      [{ ...valid, places: [{ ...city(), kind: 'town' }] }, /places\[0\]\.kind/],
      [{ ...valid, places: [{ ...city(), aliasses: [] }] }, /places\[0\]\.aliasses is not a known/],
      [{ ...valid, places: [city({ passages: [{ paragraph: 0, text: 'x' }] })] }, /paragraph/],
      [
        {
          ...valid,
          places: [{ ...island, geometry: { type: 'land-polygon', containing: [200, 0] } }],
        },
        /places\[0\]\.geometry\.containing/,
      ],
      [{ ...valid, places: [{ ...city(), geometry: { type: 'guess' } }] }, /geometry\.type/],
    ];
    for (const [json, message] of cases) expect(() => parsePlaceSource(json)).toThrow(message);
  });
});
