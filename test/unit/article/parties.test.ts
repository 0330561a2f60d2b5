/**
 * Data contract v2: parties, naming choices, the name-order rule, labels, party rows,
 * mentions through every party's label, and the reader's refusal of unknown party ids.
 * The parties here are made up (A, B, …), so no test ties the code to a real dispute.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlaceMentions } from '../../../src/core/article/article-index';
import { allSidesLabel, orderParties } from '../../../src/core/article/name-order';
import {
  ALL_SIDES,
  labelFor,
  namingChoices,
  namingModes,
  parseNamingMode,
} from '../../../src/core/article/naming';
import { partyRows } from '../../../src/core/article/party-rows';
import {
  isDisputed,
  readPlaceCollection,
  type Party,
  type PlaceFeature,
} from '../../../src/core/article/places';

const party = (id: string, extra: Partial<Party> = {}): Party => ({
  id,
  name: `Land ${id.toUpperCase()}`,
  lang: id,
  ...extra,
});
const FIVE = ['aa', 'bb', 'cc', 'dd', 'ee'].map((id) => party(id));

function collection(properties: Record<string, unknown>, parties: Party[] = FIVE.slice(0, 2)) {
  return {
    type: 'FeatureCollection',
    article: { title: 't', source: 's', date: '2020-01-01', text: 'a.txt', parties },
    features: [
      {
        type: 'Feature',
        id: 'isle',
        geometry: { type: 'Point', coordinates: [0, 0] },
        properties: { kind: 'island', name: 'Isle', passages: [], sources: {}, ...properties },
      },
    ],
  };
}

describe('namingChoices', () => {
  it('gives all sides, then one choice per party, for 1, 2, 3 and 5 parties', () => {
    for (const n of [1, 2, 3, 5]) {
      const choices = namingChoices(FIVE.slice(0, n));
      expect(choices).toHaveLength(n + 1);
      expect(choices[0]).toEqual({ mode: ALL_SIDES, label: n === 2 ? 'Both' : 'All sides' });
      expect(choices.slice(1).map((c) => c.mode)).toEqual(FIVE.slice(0, n).map((p) => p.id));
      expect(choices.slice(1).map((c) => c.label)).toEqual(
        FIVE.slice(0, n).map((p) => `${p.name} usage`),
      );
    }
  });

  it('uses a party’s own `usage` words when the data gives them', () => {
    const parties = [party('aa', { usage: 'Aish usage' }), party('bb')];
    expect(namingChoices(parties).map((c) => c.label)).toEqual([
      'Both',
      'Aish usage',
      'Land BB usage',
    ]);
  });

  it('labels the choices as the modes are listed', () => {
    expect(namingChoices(FIVE).map((c) => c.mode)).toEqual(namingModes(FIVE));
  });
});

describe('parseNamingMode', () => {
  const kurilsLike = [party('ja'), party('ru')];
  it('keeps old address values meaning what they meant', () => {
    expect(parseNamingMode('both', kurilsLike)).toBe(ALL_SIDES);
    expect(parseNamingMode('ru', kurilsLike)).toBe('ru');
    expect(parseNamingMode('ja', kurilsLike)).toBe('ja');
  });
  it('reads `all` as all sides and refuses ids that are not parties', () => {
    expect(parseNamingMode('all', FIVE)).toBe(ALL_SIDES);
    expect(parseNamingMode('zz', FIVE)).toBeUndefined();
    expect(parseNamingMode('', FIVE)).toBeUndefined();
  });
});

describe('the name-order rule and labelFor', () => {
  const parties = FIVE.slice(0, 3);
  const place = { name: 'x', 'label:aa': 'Alpha', 'label:bb': 'Beta', 'label:cc': 'Gamma' };

  it('puts the administering party first, then the others in the order of parties', () => {
    expect(orderParties({ administered_by: 'cc' }, parties).map((p) => p.id)).toEqual([
      'cc',
      'aa',
      'bb',
    ]);
    expect(allSidesLabel({ ...place, administered_by: 'bb' }, parties)).toBe(
      'Beta / Alpha / Gamma',
    );
    expect(allSidesLabel(place, parties)).toBe('Alpha / Beta / Gamma');
  });

  it('gives each party its label, falling back to the name', () => {
    expect(labelFor(place, 'bb', parties)).toBe('Beta');
    expect(labelFor({ name: 'Town' }, 'bb', parties)).toBe('Town');
    expect(labelFor({ ...place, administered_by: 'cc' }, ALL_SIDES, parties)).toBe(
      'Gamma / Alpha / Beta',
    );
  });

  it('keeps a place one name when its labels agree', () => {
    expect(allSidesLabel({ name: 'Same', 'label:aa': 'Same', 'label:bb': 'Same' }, parties)).toBe(
      'Same',
    );
  });

  it('never throws, and the all-sides label holds every distinct label', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.string({ minLength: 1 }), { nil: undefined }), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.constantFrom(undefined, 'aa', 'bb', 'cc', 'zz'),
        (labels, admin) => {
          const p: Record<string, unknown> = { name: 'N', administered_by: admin };
          labels.forEach((label, i) => {
            if (label !== undefined) p[`label:${parties[i]!.id}`] = label;
          });
          const all = labelFor(p as { name: string }, ALL_SIDES, parties);
          const distinct = [...new Set(labels.filter((l) => l !== undefined && l.trim() !== ''))];
          if (distinct.length > 1) for (const l of distinct) expect(all).toContain(l);
          else expect(all).toBe('N');
        },
      ),
    );
  });
});

describe('partyRows', () => {
  it('gives one row per party in name order, with script names and their tags', () => {
    const parties = [
      party('cn', { lang: 'zh-Hans' }),
      party('tw', { lang: 'zh-Hant' }),
      party('in', { lang: 'hi' }),
    ];
    const rows = partyRows(
      {
        name: 'P',
        'name:zh-Hans': '简',
        'name:zh-Hant': '繁',
        'name:zh-Latn': 'Pinyin',
        'name:hi': 'हि',
        'label:tw': 'T-label',
        administered_by: 'tw',
        claimed_by: ['cn', 'in'],
      },
      parties,
    );
    expect(rows.map((r) => r.party.id)).toEqual(['tw', 'cn', 'in']);
    expect(rows[0]).toMatchObject({
      native: { text: '繁', lang: 'zh-Hant' },
      latin: { text: 'Pinyin', lang: 'zh-Latn' },
      label: 'T-label',
      role: 'administers',
    });
    expect(rows[1]).toMatchObject({ native: { text: '简', lang: 'zh-Hans' }, role: 'claims' });
    expect(rows[2]).toMatchObject({
      native: { text: 'हि', lang: 'hi' },
      label: 'P',
      role: 'claims',
    });
    expect(rows[2]!.latin).toBeUndefined();
  });
});

describe('isDisputed', () => {
  it('is true when someone other than the administrator claims the place, whatever its kind', () => {
    expect(isDisputed({ administered_by: 'aa', claimed_by: ['bb'] })).toBe(true);
    expect(isDisputed({ claimed_by: ['aa', 'bb'] })).toBe(true);
    expect(isDisputed({ administered_by: 'aa', claimed_by: ['aa'] })).toBe(false);
    expect(isDisputed({})).toBe(false);
  });
});

describe('readPlaceCollection with parties', () => {
  it('reads a place whose party references are all parties', () => {
    const read = readPlaceCollection(
      collection({
        'label:aa': 'A',
        'name:aa': 'ア',
        administered_by: 'aa',
        claimed_by: ['bb'],
        claims: [{ party: 'bb', since: '1951', basis: 'treaty', source: 'https://example.org' }],
      }),
    );
    expect(read.problems).toEqual([]);
    expect(read.collection?.features).toHaveLength(1);
  });

  it.each([
    ['label:zz', { 'label:zz': 'Z' }],
    ['administered_by', { administered_by: 'zz' }],
    ['claimed_by', { claimed_by: ['aa', 'zz'] }],
    ['claims[0].party', { claims: [{ party: 'zz', source: 'x' }] }],
  ])('refuses an unknown party in %s, naming the place and the key', (key, properties) => {
    const read = readPlaceCollection(collection(properties));
    expect(read.collection?.features).toEqual([]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toContain('(id "isle")');
    expect(read.problems[0]).toContain(`"${key}"`);
    expect(read.problems[0]).toContain('zz');
  });

  it('refuses malformed parties as a whole', () => {
    for (const parties of [
      [party('aa'), party('aa')],
      [party('both')],
      [party('Aa')],
      [{ id: 'aa', name: 'A', lang: 'not a tag' }],
      [{ id: 'aa', name: '', lang: 'aa' }],
      [{ id: 'aa', name: 'A', lang: 'aa', pov: 'jp' }],
    ] as Party[][]) {
      const read = readPlaceCollection(collection({}, parties));
      expect(read.collection).toBeNull();
      expect(read.problems).toHaveLength(1);
    }
  });

  it('never throws on generated properties', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (properties) => {
        const read = readPlaceCollection(collection(properties));
        expect(read.problems.length + (read.collection?.features.length ?? 0)).toBe(1);
      }),
    );
  });
});

describe('mentions through every party’s label', () => {
  it('finds a place by any party’s label, its names and its aliases', () => {
    const place = {
      type: 'Feature',
      id: 'isle',
      geometry: { type: 'Point', coordinates: [0, 0] },
      properties: {
        kind: 'island',
        name: 'Alpha / Beta / Gamma',
        'label:aa': 'Alpha',
        'label:bb': 'Beta',
        'label:cc': 'Gamma Rocks',
        'name:dd-Latn': 'Delta-jima',
        aliases: ['the rocks'],
        passages: [],
        sources: {},
      },
    } as unknown as PlaceFeature;
    const text = 'Alpha, Beta and Gamma Rocks.\n\nDelta-jima is the rocks.';
    const found = findPlaceMentions(text, [place]).map((m) =>
      text.split('\n\n')[m.paragraph - 1]!.slice(m.start, m.end),
    );
    expect(found).toEqual(['Alpha', 'Beta', 'Gamma Rocks', 'Delta-jima', 'the rocks']);
  });
});
