/** The map's description and the live region's words, from the shipped data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelFor } from '../../../src/core/article/naming';
import { partiesOf, type PlaceCollection } from '../../../src/core/article/places';
import { createTranslator } from '../../../src/core/i18n/create-translator';
import {
  announcePlace,
  describeMap,
  type DescribedPlace,
} from '../../../src/core/i18n/describe-map';
import { kindKeys } from '../../../src/core/i18n/kind-keys';
import { TABLES } from '../../../src/core/i18n/tables';

const root = join(import.meta.dirname, '..', '..', '..');
const collection = JSON.parse(
  readFileSync(join(root, 'geodata', 'kurils-2019', 'places.geojson'), 'utf8'),
) as PlaceCollection;
// The data names parties by id; the description names them as the data's parties do.
const parties = new Map(partiesOf(collection.article).map((p) => [p.id, p.name]));
const partyName = (id: string): string => parties.get(id) ?? id;
const places: DescribedPlace[] = collection.features.map((f) => ({
  label: labelFor(f.properties, 'both'),
  kind: f.properties.kind,
  ...(f.properties.administered_by
    ? { administeredBy: partyName(f.properties.administered_by) }
    : {}),
  ...(f.properties.claimed_by ? { claimedBy: f.properties.claimed_by.map(partyName) } : {}),
}));

describe('describeMap', () => {
  it('tells the shipped map in English: places, kinds, each dispute, the naming view', () => {
    const t = createTranslator(TABLES.en);
    expect(describeMap(t, { places, view: t.t('names.all') })).toBe(
      'A map of the 8 places named in the article. It shows 4 cities, 3 islands and 1 island group. ' +
        'Kunashir / Kunashiri is administered by Russia and claimed by Japan. ' +
        'Iturup / Etorofu is administered by Russia and claimed by Japan. ' +
        'Southern Kurils / Northern Territories is administered by Russia and claimed by Japan. ' +
        'Names: Both.',
    );
  });

  it('in Russian and Japanese, with the data’s names as they are', () => {
    const ru = createTranslator(TABLES.ru);
    const text = describeMap(ru, {
      places,
      view: ru.t('names.all'),
      openPlace: 'Iturup / Etorofu',
    });
    expect(text).toMatch(
      /^На карте 8 мест из статьи\. Среди них: 4 города, 3 острова и 1 группа островов\. /,
    );
    expect(text).toContain('Iturup / Etorofu: управление — Russia, претензии — Japan.');
    expect(text).toMatch(/Названия: Оба варианта\. Открыто: Iturup \/ Etorofu\.$/);
    const ja = createTranslator(TABLES.ja);
    const jaText = describeMap(ja, { places, view: ja.t('names.all') });
    expect(jaText).toMatch(/^記事に登場する8か所の地図です。内訳：4都市、3島、1つの諸島。/);
    expect(jaText).toMatch(/呼称：併記。$/);
    expect(jaText).not.toContain('。 ');
  });

  it('says when nothing is disputed, and skips kinds it has no words for', () => {
    const t = createTranslator(TABLES.en);
    const text = describeMap(t, {
      places: [
        { label: 'A', kind: 'city' },
        { label: 'B', kind: 'volcano' },
        // Claimed only by its administrator: not disputed.
        { label: 'C', kind: 'sea', administeredBy: 'X', claimedBy: ['X'] },
      ],
      view: 'Both',
    });
    expect(text).toBe(
      'A map of the 3 places named in the article. It shows 1 city and 1 sea. ' +
        'None of the places is disputed. Names: Both.',
    );
    expect(describeMap(t, { places: [{ label: 'A', kind: 'city' }], view: 'Both' })).toMatch(
      /^A map of the 1 place named in the article\./,
    );
  });

  it('names only the claimants other than the administrator', () => {
    const t = createTranslator(TABLES.en);
    const text = describeMap(t, {
      places: [{ label: 'P', kind: 'region', administeredBy: 'A', claimedBy: ['A', 'B', 'C'] }],
      view: 'Both',
    });
    expect(text).toContain('P is administered by A and claimed by B and C.');
  });
});

describe('announcePlace', () => {
  it('says the place, its kind and where it stands, in each language', () => {
    const place = { label: 'Iturup / Etorofu', kind: 'island', n: 3, total: 8 };
    expect(announcePlace(createTranslator(TABLES.en), place)).toBe(
      'Iturup / Etorofu, island, 3 of 8',
    );
    expect(announcePlace(createTranslator(TABLES.ru), place)).toBe(
      'Iturup / Etorofu, остров, 3 из 8',
    );
    expect(announcePlace(createTranslator(TABLES.ja), place)).toBe(
      'Iturup / Etorofu、島、8か所中3か所目',
    );
  });

  it('shows a kind it has no words for as the data writes it', () => {
    expect(
      announcePlace(createTranslator(TABLES.en), {
        label: 'Etna',
        kind: 'volcano',
        n: 1,
        total: 1,
      }),
    ).toBe('Etna, volcano, 1 of 1');
  });
});

describe('kindKeys', () => {
  it('knows the data contract’s kinds and nothing else', () => {
    expect(kindKeys('island-group')).toEqual({
      noun: 'kind.islandGroup',
      count: 'kindCount.islandGroup',
      title: 'kindTitle.islandGroup',
    });
    for (const kind of ['city', 'island', 'region', 'sea', 'country'])
      expect(kindKeys(kind)).toBeDefined();
    for (const kind of ['volcano', '', 'toString', '__proto__'])
      expect(kindKeys(kind)).toBeUndefined();
  });
});
