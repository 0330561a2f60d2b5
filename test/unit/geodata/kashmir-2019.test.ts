/**
 * The Kashmir article's own facts (geodata/kashmir-2019/): three parties, their names in
 * their scripts (Urdu's right to left), the claims as Natural Earth records them, and the
 * claim lines each party draws. Reference values are typed in here, not read from the
 * source file, so a slip there cannot make its own test pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_SIDES, labelFor, namingChoices } from '../../../src/core/article/naming';
import { partyRows } from '../../../src/core/article/party-rows';
import { isDisputed, type PlaceCollection } from '../../../src/core/article/places';
import { claimLineStyle, type ClaimLineProperties } from '../../../src/core/borders/claim-lines';
import { pointInPolygon } from '../../../src/core/geometry/point-in-polygon';

const folder = join(import.meta.dirname, '..', '..', '..', 'geodata', 'kashmir-2019');
const collection = JSON.parse(
  readFileSync(join(folder, 'places.geojson'), 'utf8'),
) as PlaceCollection;
const claims = JSON.parse(readFileSync(join(folder, 'claims.geojson'), 'utf8')) as {
  features: { id: string; properties: ClaimLineProperties }[];
};
const parties = collection.article.parties ?? [];
const place = (id: string) => {
  const found = collection.features.find((f) => f.id === id);
  if (!found) throw new Error(`no place ${id}`);
  return found;
};

describe('geodata/kashmir-2019', () => {
  it('is VOA’s public-domain story, with its URL and licence', () => {
    expect(collection.article).toMatchObject({
      title: 'Pakistan Releases Indian Pilot',
      date: '2019-03-01',
    });
    expect(collection.article.url).toMatch(/^https:\/\//);
    expect(collection.article.licence).toMatch(/public domain/i);
    const text = readFileSync(join(folder, 'article.txt'), 'utf8');
    expect(text).toContain(
      'Located high in the Himalayan Mountains, Kashmir borders China to the northeast, India to the south and Pakistan to the west.',
    );
  });

  it('has three parties, each with a Natural Earth point of view and its own usage', () => {
    expect(parties.map((p) => [p.id, p.name, p.lang, p.pov])).toEqual([
      ['cn', 'China', 'zh-Hans', 'CN'],
      ['in', 'India', 'hi', 'IN'],
      ['pk', 'Pakistan', 'ur', 'PK'],
    ]);
    expect(namingChoices(parties).map((c) => c.label)).toEqual([
      'All sides',
      'Chinese usage',
      'Indian usage',
      'Pakistani usage',
    ]);
  });

  it('gives Kashmir’s name in each party’s script, Urdu in Arabic script', () => {
    const rows = partyRows(place('kashmir').properties, parties);
    expect(rows.map((r) => r.native)).toEqual([
      { text: '克什米尔', lang: 'zh-Hans' },
      { text: 'कश्मीर', lang: 'hi' },
      { text: 'کشمیر', lang: 'ur' },
    ]);
    expect(/[\u0600-\u06FF]/.test(rows[2]!.native!.text)).toBe(true);
    expect(rows.every((r) => r.role === 'claims')).toBe(true);
  });

  it('draws Kashmir and Indian-administered Kashmir as disputed, the countries not', () => {
    expect(isDisputed(place('kashmir').properties)).toBe(true);
    expect(place('indian-administered-kashmir').properties).toMatchObject({
      administered_by: 'in',
      claimed_by: ['pk'],
    });
    for (const id of ['india', 'pakistan', 'china']) {
      expect(isDisputed(place(id).properties)).toBe(false);
    }
  });

  it('names Indian-administered Kashmir as India and Pakistan each did in 2019, with sources', () => {
    const props = place('indian-administered-kashmir').properties as unknown as Record<
      string,
      unknown
    >;
    const labels = (mode: string) =>
      labelFor(place('indian-administered-kashmir').properties, mode, parties);
    expect(labels('in')).toBe('Jammu and Kashmir');
    expect(labels('pk')).toBe('Indian Occupied Jammu & Kashmir');
    // China has no name of its own for it: its view shows the neutral name.
    expect(labels('cn')).toBe('Indian-administered Kashmir');
    // All sides: the administrator's name first (name-order.ts).
    expect(labels(ALL_SIDES)).toBe('Jammu and Kashmir / Indian Occupied Jammu & Kashmir');
    const sources = props.sources as Record<string, string>;
    expect(sources['label:in']).toMatch(
      /Ministry of External Affairs.*14 February 2019.*https:\/\//,
    );
    expect(sources['label:pk']).toMatch(/Foreign Office.*2019.*https:\/\/mofa\.gov\.pk\//);
  });

  it('puts Srinagar inside Indian-administered Kashmir and Kashmir', () => {
    // Srinagar, GeoNames 1255634: 74.80555°E, 34.08565°N (not a place of the article).
    for (const id of ['kashmir', 'indian-administered-kashmir']) {
      const g = place(id).geometry;
      if (g.type !== 'MultiPolygon') throw new Error(`${id} is not a MultiPolygon`);
      expect(g.coordinates.some((rings) => pointInPolygon([74.80555, 34.08565], rings))).toBe(true);
    }
  });

  it('has each party’s claim lines: a boundary in its own view, hidden in the others', () => {
    for (const party of parties) {
      const own = claims.features.filter((f) => f.properties.claimants.includes(party.id));
      expect(own.length, party.id).toBeGreaterThan(0);
      for (const line of own) {
        expect(claimLineStyle(line.properties, party.id, parties).draw).toBe('boundary');
        for (const other of parties.filter((p) => p !== party)) {
          expect(claimLineStyle(line.properties, other.id, parties).draw).not.toBe('boundary');
        }
        expect(claimLineStyle(line.properties, ALL_SIDES, parties)).toEqual({
          draw: 'disputed',
          label: `Border claimed by ${party.name}`,
        });
      }
    }
  });
});
