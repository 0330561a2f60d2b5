import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The Kurils article's naming modes (all sides, then its party ids).
const NAMING_MODES = ['both', 'ru', 'ja'] as const;
import {
  DEFAULT_STATE,
  formatState,
  parseState,
  roundView,
  type MapState,
  type MapView,
  type ParseOptions,
} from '../../../src/core/address/url-state';

const KNOWN_IDS = new Set(['iturup', 'kunashir', 'southern-kurils', 'a:b.c_1']);
const SAFE_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

/** DEFAULT_STATE with some fields changed. */
function state(changes: Partial<MapState> = {}): MapState {
  return { ...DEFAULT_STATE, ...changes };
}

describe('parseState: malformed parts are dropped, the rest applies', () => {
  const cases: [string, string, Partial<MapState>, ParseOptions?][] = [
    ['NaN zoom', '#map=NaN/45/147&names=ja', { names: 'ja' }],
    ['1e999 latitude', '#map=5/1e999/147&basemap=osm', { basemap: 'osm' }],
    ['exponent even when finite', '#map=5/4.5e1/147&basemap=osm', { basemap: 'osm' }],
    ['Infinity longitude', '#map=5/45/Infinity&embed=1', { embed: true }],
    ['negative zoom', '#map=-5/45/147&place=iturup', { place: 'iturup' }],
    ['zoom 99999', '#map=99999/45/147&place=iturup', { place: 'iturup' }],
    ['zoom 23', '#map=23/45/147&names=ru', { names: 'ru' }],
    ['latitude 95', '#map=5/95/147&names=ru', { names: 'ru' }],
    ['latitude -90.5', '#map=5/-90.5/147&names=ru', { names: 'ru' }],
    ['400-digit integer', `#map=5/${'1'.repeat(400)}/147&names=ja`, { names: 'ja' }],
    ['400-digit fraction', `#map=5/45.${'1'.repeat(400)}/147&names=ja`, { names: 'ja' }],
    ['two numbers', '#map=5/45&names=ja', { names: 'ja' }],
    ['four numbers', '#map=5/45/147/3&names=ja', { names: 'ja' }],
    ['empty numbers', '#map=//&names=ja', { names: 'ja' }],
    ['hex, plus sign, spaces', '#map=0x5/+45/ 147&names=ja', { names: 'ja' }],
    ['zoom under minZoom', '#map=2/45/147&names=ja', { names: 'ja' }, { minZoom: 3 }],
    ['zoom over maxZoom', '#map=19/45/147&names=ja', { names: 'ja' }, { maxZoom: 18 }],
    ['unknown place id', '#place=atlantis&names=ja', { names: 'ja' }, { placeIds: KNOWN_IDS }],
    ['unsafe place id', '#place=%3Cscript%3E&names=ja', { names: 'ja' }],
    ['101-character id', `#place=${'a'.repeat(101)}&names=ja`, { names: 'ja' }],
    [
      'unknown names',
      '#names=zh&basemap=osm',
      { basemap: 'osm' },
      { namingModes: new Set(NAMING_MODES) },
    ],
    ['names not shaped like a party id', '#names=ZH_1&basemap=osm', { basemap: 'osm' }],
    ['unknown basemap', '#basemap=google&names=ja', { names: 'ja' }],
    ['only unknown panels', '#panels=legend&embed=1', { embed: true }],
    ['empty panels', '#panels=&embed=1', { embed: true }],
    ['embed=true', '#embed=true&names=ja', { names: 'ja' }],
    ['bad percent-encoding', '#place=%E0%A4%A&names=ja', { names: 'ja' }],
    ['bad percent-encoding in data', '#data=%E0%A4%A&embed=1', { embed: true }],
    ['javascript: data', '#data=javascript%3Aalert(1)&names=ja', { names: 'ja' }],
    ['javascript: data, unencoded', '#data=javascript:alert(1)&names=ja', { names: 'ja' }],
    ['data: data', '#data=data%3Atext%2Fhtml%2C%3Cb%3E&names=ja', { names: 'ja' }],
    ['file: data', '#data=file%3A%2F%2F%2Fetc%2Fpasswd&names=ja', { names: 'ja' }],
    ['relative data', '#data=%2F%2Fevil.example%2Fx.geojson&names=ja', { names: 'ja' }],
    ['duplicate: first wins', '#names=ja&names=ru', { names: 'ja' }],
    [
      'duplicate: a malformed first still wins',
      '#names=zh&names=ru&embed=1',
      { embed: true },
      { namingModes: new Set(NAMING_MODES) },
    ],
    ['unknown keys and empty segments', '#foo=bar&&=x&embed&names=ja&', { names: 'ja' }],
  ];
  it.each(cases)('%s: %s', (_, hash, expected, options) => {
    expect(parseState(hash, options)).toEqual(state(expected));
  });

  it('wraps longitude into [-180, 180] rather than dropping it', () => {
    expect(parseState('#map=5/45/190').view).toEqual({ zoom: 5, lat: 45, lon: -170 });
    expect(parseState('#map=5/45/-181').view).toEqual({ zoom: 5, lat: 45, lon: 179 });
    expect(parseState('#map=5/45/540').view).toEqual({ zoom: 5, lat: 45, lon: -180 });
    expect(parseState('#map=5/45/180').view).toEqual({ zoom: 5, lat: 45, lon: 180 });
  });

  it('takes the first of two views, and a bare view counts as the first', () => {
    expect(parseState('#map=5/45/147&map=6/1/1').view).toEqual({ zoom: 5, lat: 45, lon: 147 });
    expect(parseState('#5/45/147&map=6/1/1').view).toEqual({ zoom: 5, lat: 45, lon: 147 });
  });

  it('does not let a first segment that is no view block a later map=', () => {
    expect(parseState('#junk&map=6/1/1').view).toEqual({ zoom: 6, lat: 1, lon: 1 });
    expect(parseState('#99/0/0&map=6/1/1').view).toEqual({ zoom: 6, lat: 1, lon: 1 });
  });

  it('keeps known panels in canonical order, skips unknown ones, reads none', () => {
    expect(parseState('#panels=places,legend').panels).toEqual(['places']);
    expect(parseState('#panels=article,places,places').panels).toEqual(['places', 'article']);
    expect(parseState('#panels=none').panels).toEqual([]);
    expect(parseState('#panels=article').panels).toEqual(['article']);
  });

  it('checks place ids against placeIds when given, else against a safe pattern', () => {
    expect(parseState('#place=iturup', { placeIds: KNOWN_IDS }).place).toBe('iturup');
    expect(parseState('#place=a%3Ab.c_1', { placeIds: KNOWN_IDS }).place).toBe('a:b.c_1');
    expect(parseState('#place=anything-else_1').place).toBe('anything-else_1');
  });

  it('reads embed=0 and embed=1', () => {
    expect(parseState('#embed=1').embed).toBe(true);
    expect(parseState('#embed=0').embed).toBe(false);
  });

  it('accepts http(s) data URLs and keeps them as URL.href', () => {
    const encoded = encodeURIComponent('https://example.com/a.geojson?x=1&y=2#top');
    expect(parseState(`#data=${encoded}`).data).toBe('https://example.com/a.geojson?x=1&y=2#top');
    expect(parseState('#data=http://Example.com/a b').data).toBe('http://example.com/a%20b');
  });

  it('rounds a parsed view as formatState would, and never yields -0', () => {
    expect(parseState('#map=5.125/45.123456/147.987654').view).toEqual({
      zoom: 5.13,
      lat: 45.12,
      lon: 147.99,
    });
    const view = parseState('#map=0/-0.001/-0').view!;
    expect(Object.is(view.lat, 0) && Object.is(view.lon, 0)).toBe(true);
  });

  it('parses 200 KB of junk fast, looking only at the first 32 segments', () => {
    const junk = [
      `#${'x'.repeat(200_000)}&names=ja`,
      `#map=${'9'.repeat(200_000)}&names=ja`,
      `#data=https%3A%2F%2Fexample.com%2F${'%41'.repeat(70_000)}&names=ja`,
      `#${'%'.repeat(200_000)}&names=ja`,
    ];
    for (const hash of junk) {
      const start = performance.now();
      expect(parseState(hash)).toEqual(state({ names: 'ja' }));
      expect(performance.now() - start).toBeLessThan(100);
    }
    const start = performance.now();
    // names=ja is segment 50,001: past the cap, so ignored.
    expect(parseState(`#${'a=1&'.repeat(50_000)}names=ja`)).toEqual(state());
    expect(parseState(`#${'&'.repeat(200_000)}names=ja`)).toEqual(state());
    expect(performance.now() - start).toBeLessThan(100);
  });
});

describe('the view in the address', () => {
  it('reads the bare #ZOOM/LAT/LON of leaflet-hash and uMap', () => {
    expect(parseState('#5/45.0/147.0')).toEqual(state({ view: { zoom: 5, lat: 45, lon: 147 } }));
    expect(parseState('5/45.0/147.0&names=ja')).toEqual(
      state({ view: { zoom: 5, lat: 45, lon: 147 }, names: 'ja' }),
    );
  });

  it('reads OSM’s #map=ZOOM/LAT/LON, with or without the #', () => {
    const expected = state({ view: { zoom: 5, lat: 45, lon: 147 } });
    expect(parseState('#map=5/45.0/147.0')).toEqual(expected);
    expect(parseState('map=5/45.0/147.0')).toEqual(expected);
  });

  it('writes more decimals as the zoom grows, and zoom with at most 2', () => {
    const at = (zoom: number): string =>
      formatState(state({ view: { zoom, lat: 45.123456789, lon: -147.123456789 } }));
    expect(at(0)).toBe('#map=0/45/-147');
    expect(at(1)).toBe('#map=1/45.1/-147.1');
    expect(at(4)).toBe('#map=4/45.12/-147.12');
    expect(at(7)).toBe('#map=7/45.12/-147.12');
    expect(at(7.25)).toBe('#map=7.25/45.123/-147.123');
    expect(at(8)).toBe('#map=8/45.123/-147.123');
    expect(at(11)).toBe('#map=11/45.1235/-147.1235');
    expect(at(14)).toBe('#map=14/45.12346/-147.12346');
    expect(at(18)).toBe('#map=18/45.123457/-147.123457');
    expect(at(22)).toBe('#map=22/45.1234568/-147.1234568');
    expect(at(7.5)).toBe('#map=7.5/45.123/-147.123');
    expect(at(7.3333)).toBe('#map=7.33/45.123/-147.123');
    expect(formatState(state({ view: { zoom: 6, lat: 0.5, lon: 140 } }))).toBe('#map=6/0.5/140');
  });

  it('never writes exponent notation or -0', () => {
    expect(formatState(state({ view: { zoom: 22, lat: 5e-7, lon: -1e-9 } }))).toBe(
      '#map=22/0.0000005/0',
    );
  });

  it('rounds to the fewest decimals that keep the centre within half a pixel', () => {
    // Leaflet's tiles are 256 px: one pixel is 360 / (256 · 2^zoom) degrees of longitude.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 88 }).map((quarters) => quarters / 4),
        fc.double({ min: 43, max: 51, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        (zoom, lat, lon) => {
          const rounded = roundView({ zoom, lat, lon });
          const pixel = 360 / (256 * 2 ** zoom);
          const cos = Math.cos((lat * Math.PI) / 180);
          expect(Math.abs(rounded.lon - lon) / pixel).toBeLessThanOrEqual(0.5 + 1e-9);
          // Mercator stretches latitude by 1/cos: under 0.8 px at the Kurils.
          expect(Math.abs(rounded.lat - lat) / (pixel * cos)).toBeLessThan(0.8);
          // A step of at most a pixel, and the fewest: one decimal less would step further.
          const decimals = (String(roundView({ zoom, lat: 0, lon: 1 / 3 }).lon).split('.')[1] ?? '')
            .length;
          expect(10 ** -decimals).toBeLessThanOrEqual(pixel);
          if (decimals > 0) expect(10 ** -(decimals - 1)).toBeGreaterThan(pixel);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('roundView is idempotent', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 30, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (zoom, lat, lon) => {
          const once = roundView({ zoom, lat, lon });
          expect(roundView(once)).toEqual(once);
          expect(Math.abs(once.lon)).toBeLessThanOrEqual(180);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves out a view with a non-finite number', () => {
    expect(formatState(state({ view: { zoom: NaN, lat: 0, lon: 0 } }))).toBe('');
    expect(formatState(state({ view: { zoom: 5, lat: Infinity, lon: 0 } }))).toBe('');
  });
});

describe('lang', () => {
  it('reads an interface language and nothing else', () => {
    expect(parseState('#lang=ru')).toEqual(state({ lang: 'ru' }));
    expect(parseState('#lang=ja&names=ja')).toEqual(state({ lang: 'ja', names: 'ja' }));
    for (const bad of ['de', 'RU', 'ru-RU', 'toString', '__proto__', '', 'ja%00']) {
      expect(parseState(`#lang=${bad}&names=ja`)).toEqual(state({ names: 'ja' }));
    }
  });

  it('is written only when chosen', () => {
    expect(formatState(state())).toBe('');
    expect(formatState(state({ lang: 'en' }))).toBe('#lang=en');
  });
});

describe('formatState', () => {
  it('writes nothing for the default state with no view', () => {
    expect(formatState(DEFAULT_STATE)).toBe('');
  });

  it('writes the keys in a fixed order, omitting defaults', () => {
    expect(
      formatState({
        data: 'https://example.com/a b.geojson?x=1&y=2#z',
        embed: true,
        lang: 'ja',
        panels: ['article'],
        basemap: 'osm',
        names: 'ru',
        place: 'a:b',
        view: { zoom: 5.5, lat: 45.5, lon: 147.25 },
      }),
    ).toBe(
      '#map=5.5/45.5/147.25&place=a%3Ab&names=ru&basemap=osm&panels=article&embed=1&lang=ja' +
        '&data=https%3A%2F%2Fexample.com%2Fa%20b.geojson%3Fx%3D1%26y%3D2%23z',
    );
  });

  it('writes panels in canonical order, none as panels=none, both not at all', () => {
    expect(formatState(state({ panels: ['article', 'places'] }))).toBe('');
    expect(formatState(state({ panels: ['places'] }))).toBe('#panels=places');
    expect(formatState(state({ panels: [] }))).toBe('#panels=none');
  });
});

// Strings that hit the grammar's pieces far more often than random text does.
const grammarPiece = fc.constantFrom(
  'map=',
  'place=',
  'names=',
  'basemap=',
  'panels=',
  'embed=',
  'data=',
  'lang=',
  'ru',
  'en',
  'ja-JP',
  '#',
  '/',
  '&',
  '=',
  ',',
  '%',
  '%2',
  '%E0%A4%A',
  'e',
  'E',
  '-',
  '.',
  '0',
  '1',
  '5',
  '9',
  '180',
  '999',
  'ja',
  'osm',
  'places',
  'article',
  'none',
  'iturup',
  'https%3A%2F%2F',
  'https://',
  'javascript:',
  'example.com',
);
const anyHash = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(grammarPiece, { maxLength: 40 }).map((pieces) => pieces.join('')),
  fc
    .array(fc.stringMatching(/^-?\d{1,4}(\.\d{0,8})?$/), { minLength: 1, maxLength: 4 })
    .map((numbers) => `#map=${numbers.join('/')}`),
);

describe('parseState on arbitrary input', () => {
  const checkParsed = (parsed: MapState, minZoom: number, maxZoom: number): void => {
    if (parsed.view) {
      const { zoom, lat, lon } = parsed.view;
      for (const n of [zoom, lat, lon]) expect(Number.isFinite(n)).toBe(true);
      expect(zoom).toBeGreaterThanOrEqual(minZoom);
      expect(zoom).toBeLessThanOrEqual(maxZoom);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
    }
    if (parsed.place !== undefined) expect(parsed.place).toMatch(SAFE_ID);
    // Any names= value kept has a party id's shape (or is all sides).
    expect(parsed.names).toMatch(/^[a-z][a-z0-9-]{0,31}$/);
    expect(['ne', 'osm']).toContain(parsed.basemap);
    expect([[], ['places'], ['article'], ['places', 'article']]).toContainEqual(parsed.panels);
    expect(typeof parsed.embed).toBe('boolean');
    if (parsed.data !== undefined) {
      expect(['http:', 'https:']).toContain(new URL(parsed.data).protocol);
    }
    if (parsed.lang !== undefined) expect(['en', 'ru', 'ja']).toContain(parsed.lang);
  };

  it('never throws and returns only finite, in-range values', () => {
    fc.assert(
      fc.property(anyHash, (hash) => checkParsed(parseState(hash), 0, 22)),
      { numRuns: 5000 },
    );
  });

  it('respects minZoom and maxZoom', () => {
    fc.assert(
      fc.property(anyHash, (hash) =>
        checkParsed(parseState(hash, { minZoom: 3, maxZoom: 18 }), 3, 18),
      ),
      { numRuns: 2000 },
    );
  });

  it('is stable: parse, format, parse and format again changes nothing', () => {
    fc.assert(
      fc.property(anyHash, (hash) => {
        const parsed = parseState(hash);
        const formatted = formatState(parsed);
        expect(parseState(formatted)).toEqual(parsed);
        expect(formatState(parseState(formatted))).toBe(formatted);
      }),
      { numRuns: 5000 },
    );
  });
});

const viewArb: fc.Arbitrary<MapView> = fc
  .record({
    zoom: fc.oneof(
      fc.integer({ min: 0, max: 88 }).map((quarters) => quarters / 4),
      fc.double({ min: 0, max: 22, noNaN: true }),
    ),
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
  })
  .map(roundView);

// Absolute http(s) URLs with characters that must be escaped in the address.
const dataUrlArb = fc
  .record({
    scheme: fc.constantFrom('http', 'https'),
    host: fc.constantFrom('example.com', 'bücher.example', 'localhost:8080', '127.0.0.1'),
    path: fc.string({
      unit: fc.constantFrom('&', '#', '=', ' ', '%', '?', '/', '+', ',', 'a', 'é', '日', '😀'),
      maxLength: 30,
    }),
  })
  .map(({ scheme, host, path }) => new URL(`${scheme}://${host}/${path}`).href);

const canonicalState: fc.Arbitrary<MapState> = fc.record(
  {
    view: viewArb,
    place: fc.constantFrom(...KNOWN_IDS),
    names: fc.constantFrom(...NAMING_MODES),
    basemap: fc.constantFrom('ne' as const, 'osm' as const),
    panels: fc.subarray(['places' as const, 'article' as const]),
    embed: fc.boolean(),
    data: dataUrlArb,
    // Present only when a flag differs from its default, as parseState gives them.
    flags: fc
      .record({
        theme: fc.constantFrom('light' as const, 'dark' as const, 'auto' as const),
        static: fc.boolean(),
        inset: fc.boolean(),
        scaleBar: fc.boolean(),
      })
      .filter((f) => !(f.theme === 'auto' && !f.static && f.inset && f.scaleBar)),
    lang: fc.constantFrom('en' as const, 'ru' as const, 'ja' as const),
  },
  { requiredKeys: ['names', 'basemap', 'panels', 'embed'] },
);

describe('formatState then parseState', () => {
  it('gives back every canonical state', () => {
    fc.assert(
      fc.property(canonicalState, (s) => {
        expect(parseState(formatState(s), { placeIds: KNOWN_IDS })).toEqual(s);
      }),
      { numRuns: 5000 },
    );
  });
});
