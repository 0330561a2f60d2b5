/**
 * Tests of the Kurils article's facts (geodata/kurils-2019/): the article copy, places.geojson
 * and its agreement with the article, with GeoNames and with Natural Earth, and that the
 * move to data contract v2 lost nothing. The checks every article folder gets are in
 * articles.test.ts.
 *
 * Reference values here are hard-coded independently of geodata/places.source.json, so a
 * slip in the source file cannot make its own test pass.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { findMentions, splitParagraphs, splitSentences } from '../../../src/core/article/article';
import { namingChoices } from '../../../src/core/article/naming';
import { partyRows } from '../../../src/core/article/party-rows';
import { pointInPolygon } from '../../../src/core/geometry/point-in-polygon';
import type { PlaceCollection, PlaceFeature } from '../../../src/core/article/places';
import { signedArea } from '../../../src/core/geometry/signed-area';

const root = join(import.meta.dirname, '..', '..', '..');
const folder = join(root, 'geodata', 'kurils-2019');
const placesText = readFileSync(join(folder, 'places.geojson'), 'utf8');
const articleText = readFileSync(join(folder, 'article.txt'), 'utf8');
const collection = JSON.parse(placesText) as PlaceCollection;
const features: PlaceFeature[] = collection.features;
const paragraphs = splitParagraphs(articleText);

const EXPECTED_IDS = [
  'nagoya',
  'moscow',
  'tokyo',
  'osaka',
  'sakhalin',
  'kunashir',
  'iturup',
  'southern-kurils',
];
const DISPUTED = ['kunashir', 'iturup', 'southern-kurils'];
// DESIGN.md's names for the group: every sentence using one must be among its passages.
const GROUP_TERMS = [
  'Southern Kuril Islands',
  'Southern Kurils',
  'Northern Territories',
  'Kurils archipelago',
  'the disputed islands',
];
// GeoNames coordinates [lon, lat], typed in from the GeoNames pages, not from the data.
const GEONAMES: Record<string, Position> = {
  nagoya: [136.90641, 35.18147], // https://www.geonames.org/1856057
  moscow: [37.61556, 55.75222], // https://www.geonames.org/524901
  tokyo: [139.69171, 35.6895], // https://www.geonames.org/1850147
  osaka: [135.50218, 34.69374], // https://www.geonames.org/1853909
};

function place(id: string): PlaceFeature {
  const found = features.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no place ${id}`);
  return found;
}

function polygonsOf(f: PlaceFeature): Position[][][] {
  const g = f.geometry;
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

/** Great-circle distance in km. */
function distanceKm([lon1 = 0, lat1 = 0]: Position, [lon2 = 0, lat2 = 0]: Position): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** Points of a 40 x 40 grid over the polygons' bounding box that lie inside them. */
function samplesInside(polygons: Position[][][]): Position[] {
  const all = polygons.flat(2);
  const xs = all.map((p) => p[0] ?? 0);
  const ys = all.map((p) => p[1] ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const samples: Position[] = [];
  for (let i = 0.5; i < 40; i += 1) {
    for (let j = 0.5; j < 40; j += 1) {
      const p = [x0 + ((x1 - x0) * i) / 40, y0 + ((y1 - y0) * j) / 40];
      if (polygons.some((rings) => pointInPolygon(p, rings))) samples.push(p);
    }
  }
  return samples;
}

describe('geodata/kurils-2019/article.txt', () => {
  it('has no replacement characters and the two restored em dashes where they were', () => {
    expect(articleText).not.toContain('\uFFFD');
    expect(articleText.match(/—/g)).toHaveLength(2);
    expect(articleText).toContain(
      'islands of the Kurils archipelago — referred to as the Southern Kurils by Russia and the Northern Territories by Japan — which remains',
    );
  });

  it('has the title lines as paragraphs 1 and 2 and the Osaka sentence last', () => {
    expect(paragraphs).toHaveLength(12);
    expect(paragraphs[0]).toMatch(/^Russia Wants To Boost High-Tech Cooperation With Japan/);
    expect(paragraphs[1]).toMatch(/^Russia Wants to Boost High-Tech Cooperation With Japan/);
    expect(paragraphs[11]).toMatch(/during the G20 summit in Osaka\.$/);
    expect(articleText.endsWith('Osaka.\n')).toBe(true);
  });
});

describe('geodata/kurils-2019/places.geojson', () => {
  // check-geojson and the build's bytes: articles.test.ts, for every folder.

  it('holds exactly the expected places, once each, with the article as foreign member', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.id).sort()).toEqual([...EXPECTED_IDS].sort());
    expect(collection).not.toHaveProperty('crs');
    expect(collection.article).toMatchObject({
      title:
        'Russia Wants To Boost High-Tech Cooperation With Japan - Russian Foreign Minister Sergey Lavrov',
      source: 'Pakistan Point News / Sputnik',
      date: '2019-11-23',
      text: 'article.txt',
    });
    expect(collection.article.note).toMatch(/U\+FFFD.*em dash/);
  });

  it('draws cities as points, islands and the group as outlines', () => {
    for (const f of features) {
      const expected = f.properties.kind === 'city' ? ['Point'] : ['Polygon', 'MultiPolygon'];
      expect(expected).toContain(f.geometry.type);
    }
  });

  it('winds rings per RFC 7946, closes them, and keeps at most 6 decimals', () => {
    for (const f of features) {
      for (const rings of polygonsOf(f)) {
        rings.forEach((ring, i) => {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[0]).toEqual(ring[ring.length - 1]);
          if (i === 0) expect(signedArea(ring)).toBeGreaterThan(0);
          else expect(signedArea(ring)).toBeLessThan(0);
        });
      }
    }
    for (const n of placesText.match(/-?\d+\.\d+/g) ?? []) {
      expect(n.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(6);
    }
  });

  it('puts each city within 25 km of its GeoNames point', () => {
    for (const [id, reference] of Object.entries(GEONAMES)) {
      const g = place(id).geometry;
      if (g.type !== 'Point') throw new Error(`${id} is not a Point`);
      expect(distanceKm(g.coordinates, reference)).toBeLessThan(25);
    }
  });
});

describe('outlines against Natural Earth', () => {
  let land: Position[][][] = [];
  let boxes: [number, number, number, number][] = [];

  beforeAll(() => {
    const path = join(root, 'node_modules', 'world-atlas', 'land-10m.json');
    const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
    const object = topology.objects.land;
    if (object === undefined) throw new Error('no land in land-10m.json');
    const decoded = feature(topology, object);
    const geometries = 'features' in decoded ? decoded.features.map((f) => f.geometry) : [];
    land = geometries.flatMap((g) =>
      g?.type === 'MultiPolygon' ? (g as MultiPolygon).coordinates : [(g as Polygon).coordinates],
    );
    boxes = land.map((rings) => {
      const xs = (rings[0] ?? []).map((p) => p[0] ?? 0);
      const ys = (rings[0] ?? []).map((p) => p[1] ?? 0);
      return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    });
  });

  const onLand = (p: Position): boolean =>
    land.some((rings, i) => {
      const [x0, y0, x1, y1] = boxes[i] ?? [0, 0, 0, 0];
      const [x = 0, y = 0] = p;
      return x >= x0 && x <= x1 && y >= y0 && y <= y1 && pointInPolygon(p, rings);
    });

  it.each(['sakhalin', 'kunashir', 'iturup'])(
    '%s lies on Natural Earth land',
    (id) => {
      const samples = samplesInside(polygonsOf(place(id)));
      expect(samples.length).toBeGreaterThan(100);
      const share = samples.filter(onLand).length / samples.length;
      expect(share).toBeGreaterThan(0.98);
      // Sakhalin's 1:10m outline is long: give a shared, busy machine time.
    },
    20_000,
  );

  it('has each island where the world puts it', () => {
    // Rough boxes [west, south, east, north] from the islands' known extents.
    const extents: Record<string, [number, number, number, number]> = {
      sakhalin: [141.5, 45.8, 144.9, 54.5],
      kunashir: [145.3, 43.5, 146.7, 44.6],
      iturup: [146.7, 44.3, 149.0, 45.7],
    };
    for (const [id, [w, s, e, n]] of Object.entries(extents)) {
      for (const [x = 0, y = 0] of polygonsOf(place(id)).flat(2)) {
        expect(x >= w && x <= e && y >= s && y <= n).toBe(true);
      }
    }
  });

  it('draws the disputed group over Kunashir and Iturup', () => {
    const group = polygonsOf(place('southern-kurils'));
    for (const id of ['kunashir', 'iturup']) {
      const samples = samplesInside(polygonsOf(place(id)));
      const shared = samples.filter((p) => group.some((rings) => pointInPolygon(p, rings)));
      expect(shared.length / samples.length).toBeGreaterThan(0.9);
    }
    expect(samplesInside(group).filter(onLand).length).toBeGreaterThan(0);
  });
});

describe('passages', () => {
  it('are whole sentences of their paragraph, word for word', () => {
    for (const f of features) {
      expect(f.properties.passages.length).toBeGreaterThan(0);
      for (const { paragraph, text } of f.properties.passages) {
        const p = paragraphs[paragraph - 1];
        expect(p, `${f.id}: paragraph ${paragraph}`).toBeDefined();
        expect(p).toContain(text);
        expect(splitSentences(p ?? '').map((s) => s.text)).toContain(text);
      }
    }
  });

  it('include every sentence that names the place', () => {
    for (const f of features) {
      const p = f.properties;
      const terms = [p['name:en'], p['label:ru'], p['label:ja'], ...(p.aliases ?? [])];
      if (f.id === 'southern-kurils') terms.push(...GROUP_TERMS);
      const wanted = new Set<string>();
      for (const m of findMentions(
        articleText,
        terms.filter((t) => t !== undefined),
      )) {
        const sentence = splitSentences(paragraphs[m.paragraph - 1] ?? '').find(
          (s) => s.start <= m.start && m.end <= s.end,
        );
        if (sentence) wanted.add(`${m.paragraph}: ${sentence.text}`);
      }
      const have = new Set(p.passages.map((x) => `${x.paragraph}: ${x.text}`));
      expect(wanted.size, `${f.id} is named in the article`).toBeGreaterThan(0);
      for (const sentence of wanted) expect(have, f.id).toContain(sentence);
    }
  });

  it('quote the dateline for Nagoya, Moscow and Tokyo', () => {
    for (const id of ['nagoya', 'moscow', 'tokyo']) {
      expect(place(id).properties.passages.some((x) => x.text.startsWith('NAGOYA ('))).toBe(true);
    }
  });
});

describe('names, politics and sources', () => {
  it('give both sides’ names and positions for every disputed place, neutrally', () => {
    for (const id of DISPUTED) {
      const p = place(id).properties;
      for (const key of ['name:ru', 'name:ru-Latn', 'name:ja', 'name:ja-Latn'] as const) {
        expect(p[key], `${id} ${key}`).toBeTruthy();
      }
      const ru = p['label:ru'];
      const ja = p['label:ja'];
      expect(ru && ja && ru !== ja).toBeTruthy();
      // The English and neutral names carry both labels, so neither side is taken.
      expect(p['name:en']).toBe(`${ru} / ${ja}`);
      expect(p.name).toBe(p['name:en']);
      expect(p.administered_by).toBe('ru');
      expect(p.claimed_by).toEqual(['ja']);
    }
  });

  it('use the native names each side uses', () => {
    expect(place('iturup').properties).toMatchObject({ 'name:ru': 'Итуруп', 'name:ja': '択捉島' });
    expect(place('kunashir').properties).toMatchObject({
      'name:ru': 'Кунашир',
      'name:ja': '国後島',
    });
    expect(place('southern-kurils').properties).toMatchObject({
      'name:ru': 'Южные Курилы',
      'name:ja': '北方領土',
      'label:ru': 'Southern Kurils',
      'label:ja': 'Northern Territories',
    });
    expect(place('sakhalin').properties['name:ru']).toBe('Сахалин');
    expect(place('moscow').properties['name:ru']).toBe('Москва');
  });

  it('name a source for every fact that does not come from the article', () => {
    for (const f of features) {
      const p = f.properties as unknown as Record<string, unknown>;
      const facts = Object.keys(p).filter(
        (key) => /^(name|label):/.test(key) || key === 'administered_by' || key === 'claimed_by',
      );
      for (const key of [...facts, 'geometry']) {
        expect(f.properties.sources[key], `${f.id}: source of ${key}`).toMatch(/\S{8,}/);
      }
    }
  });

  it('cite GeoNames for the cities’ points', () => {
    for (const id of Object.keys(GEONAMES)) {
      expect(place(id).properties.sources.geometry).toMatch(/^https:\/\/www\.geonames\.org\/\d+$/);
    }
  });
});

describe('the move to data contract v2', () => {
  const v1 = JSON.parse(
    readFileSync(join(root, 'test', 'fixtures', 'geodata', 'kurils-v1.json'), 'utf8'),
  ) as {
    article: Record<string, unknown>;
    features: { id: string; properties: Record<string, unknown>; geometry_sha256: string }[];
  };
  const parties = collection.article.parties ?? [];
  const partyName = (id: unknown): string | undefined => parties.find((x) => x.id === id)?.name;

  it('keeps the party ids ru and ja, so old names= links name the same sides', () => {
    expect(parties.map((x) => x.id).sort()).toEqual(['ja', 'ru']);
    expect(partyName('ru')).toBe('Russia');
    expect(partyName('ja')).toBe('Japan');
    expect(namingChoices(parties).map((c) => c.label)).toEqual(
      expect.arrayContaining(['Both', 'Russian usage', 'Japanese usage']),
    );
  });

  it('keeps the article metadata', () => {
    expect(collection.article).toMatchObject(v1.article);
  });

  it('keeps every place, property, name, passage, source and geometry', () => {
    expect(features.map((f) => f.id)).toEqual(v1.features.map((f) => f.id));
    for (const old of v1.features) {
      const now = place(old.id);
      const hash = createHash('sha256').update(JSON.stringify(now.geometry)).digest('hex');
      expect(hash, `${old.id} geometry`).toBe(old.geometry_sha256);
      const props = now.properties as unknown as Record<string, unknown>;
      expect(Object.keys(props).sort(), old.id).toEqual(Object.keys(old.properties).sort());
      for (const [key, value] of Object.entries(old.properties)) {
        // v1 named the sides by country name; v2 by party id, whose name is that country.
        if (key === 'administered_by') expect(partyName(props[key])).toBe(value);
        else if (key === 'claimed_by')
          expect((props[key] as string[]).map(partyName)).toEqual(value);
        else expect(props[key], `${old.id} ${key}`).toEqual(value);
      }
    }
  });

  it('gives each party its own names and labels as the old popup columns did', () => {
    const rows = partyRows(place('iturup').properties, parties);
    expect(rows.map((r) => [r.party.id, r.native, r.latin, r.label, r.role])).toEqual([
      [
        'ru',
        { text: 'Итуруп', lang: 'ru' },
        { text: 'Iturup', lang: 'ru-Latn' },
        'Iturup',
        'administers',
      ],
      [
        'ja',
        { text: '択捉島', lang: 'ja' },
        { text: 'Etorofu-tō', lang: 'ja-Latn' },
        'Etorofu',
        'claims',
      ],
    ]);
  });
});
