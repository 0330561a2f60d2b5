/**
 * The gazetteer step of `npm run new-article` on small fixtures: a city, a country, an
 * ambiguous name, a name that is also a common word, a non-Latin name, and the things that
 * look like places but are not (persons, newspapers).
 */
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../src/core/article/article';
import {
  draftPlaces,
  indexGazetteer,
  placeId,
  type Gazetteer,
  type GazetteerCity,
  type GazetteerCountry,
} from '../../../scripts/draft-places';

function city(
  geonameid: number,
  name: string,
  country: string,
  population: number,
  coordinates: [number, number] = [0, 0],
): GazetteerCity {
  return { geonameid, name, country, population, featureCode: 'PPL', coordinates };
}

function country(
  iso2: string,
  numeric: string,
  name: string,
  matchNames: string[],
  nativeNames: Record<string, string> = {},
): GazetteerCountry {
  const nameSources: Record<string, string> = { name: 'fixture', 'name:en': 'fixture' };
  for (const tag of Object.keys(nativeNames)) nameSources[`name:${tag}`] = 'fixture';
  return { iso2, iso3: `${iso2}X`, numeric, name, matchNames, nativeNames, nameSources };
}

const gazetteer: Gazetteer = {
  cities: [
    city(1856057, 'Nagoya', 'JP', 2191279, [136.90641, 35.18147]),
    city(524901, 'Moscow', 'RU', 10381222, [37.61556, 55.75222]),
    city(5601538, 'Moscow', 'US', 25060),
    city(2990440, 'Nice', 'FR', 338620, [7.26608, 43.70313]),
    city(5376959, 'Nice', 'US', 2731),
    city(2639577, 'Reading', 'GB', 318014),
    city(2759040, 'Best', 'NL', 29074),
    city(6174041, 'Victoria', 'CA', 289625),
    city(4739157, 'Victoria', 'US', 67574),
    city(2111827, 'Motegi', 'JP', 19575),
    city(473247, 'Vladimir', 'RU', 352000),
    city(1169825, 'Pakistan', 'PK', 1000),
    city(2976470, 'Sales', 'FR', 1500),
    city(5778518, 'Morgan', 'US', 4049),
    city(8224783, 'Stanley', 'GB', 21938),
    city(4016122, 'California', 'MX', 2000),
  ],
  countries: [
    country('RU', '643', 'Russia', ['Russia', 'Russian Federation', 'Россия', 'ロシア'], {
      ru: 'Россия',
    }),
    country('JP', '392', 'Japan', ['Japan', '日本', 'Япония'], { ja: '日本' }),
    country('GE', '268', 'Georgia', ['Georgia', 'Грузия'], { ka: 'საქართველო' }),
    country('CA', '124', 'Canada', ['Canada']),
    country('PK', '586', 'Pakistan', ['Pakistan']),
    country('US', '840', 'United States', ['United States', 'USA', 'US']),
  ],
  regions: [
    { code: 'US.GA', country: 'US', name: 'Georgia' },
    { code: 'RU.64', country: 'RU', name: 'Sakhalin Oblast' },
    { code: 'JP.40', country: 'JP', name: 'Tokyo' },
    { code: 'US.CA', country: 'US', name: 'California' },
  ],
  commonWords: new Set(
    'nice reading best buy point news foreign minister president prime said talks the greater storms over sale slow lake open store'.split(
      ' ',
    ),
  ),
};
const index = indexGazetteer(gazetteer);
const draft = (text: string) => draftPlaces(text, index);
const ids = (text: string) => draft(text).places.map((p) => p.id);

describe('draftPlaces: resolved places', () => {
  it('finds a city with its GeoNames id, point, source and the sentence that names it', () => {
    const text = 'Leaders met on Friday. The summit was held in Nagoya. It ended late.';
    const { places, unresolved } = draft(text);
    expect(unresolved).toEqual([]);
    expect(places).toEqual([
      {
        id: 'nagoya',
        kind: 'city',
        name: 'Nagoya',
        'name:en': 'Nagoya',
        passages: [{ paragraph: 1, text: 'The summit was held in Nagoya.' }],
        sources: {
          name: 'https://www.geonames.org/1856057',
          'name:en': 'https://www.geonames.org/1856057',
        },
        geometry: {
          type: 'geonames-point',
          geonameid: 1856057,
          coordinates: [136.90641, 35.18147],
        },
      },
    ]);
  });

  it('finds a country with its ISO codes and native name, and an all-caps dateline city', () => {
    const text = 'Headline\n\nNAGOYA (Agency) Russia and Japan met.\n\nJapan agreed.';
    const { places } = draft(text);
    expect(places.map((p) => p.id)).toEqual(['nagoya', 'russia', 'japan']);
    const japan = places.find((p) => p.id === 'japan')!;
    expect(japan).toMatchObject({
      kind: 'country',
      name: 'Japan',
      'name:ja': '日本',
      geometry: { type: 'country', iso_numeric: '392' },
      passages: [
        { paragraph: 2, text: 'NAGOYA (Agency) Russia and Japan met.' },
        { paragraph: 3, text: 'Japan agreed.' },
      ],
    });
    expect(japan.sources['name:ja']).toBe('fixture');
  });

  it('prefers the populous city of a name (Moscow, Russia over Moscow, Idaho)', () => {
    const [moscow] = draft('Talks in Moscow went on.').places;
    expect(moscow?.geometry).toMatchObject({ geonameid: 524901 });
  });

  it('splits hyphenated pairs and ignores demonyms', () => {
    expect(ids('The Russia-Japan talks and Japanese partners.')).toEqual(['russia', 'japan']);
  });

  it('finds non-Latin names, cased (Россия) or not (日本), and keeps them as aliases', () => {
    const { places } = draft('Россия и Япония.\n\n日本とロシアの首脳会談。');
    expect(places.map((p) => p.id)).toEqual(['russia', 'japan']);
    const russia = places[0]!;
    expect(russia['name:ru']).toBe('Россия');
    expect(russia.aliases).toEqual(['ロシア']);
    expect(russia.passages).toEqual([
      { paragraph: 1, text: 'Россия и Япония.' },
      { paragraph: 2, text: '日本とロシアの首脳会談。' },
    ]);
    expect(places[1]!.aliases).toEqual(['Япония']);
  });
});

describe('draftPlaces: names that are also words', () => {
  it('skips a common word that is a city at the start of a sentence, keeps it inside one', () => {
    expect(ids('Nice weather helped. Reading the text, he left.')).toEqual([]);
    expect(ids('The festival moved to Nice last year.')).toEqual(['nice']);
  });

  it('skips a common word inside a longer name, and in a title-case headline', () => {
    expect(ids('He shops at Best Buy every week.')).toEqual([]);
    expect(ids('Nice Talks Bring The Best Result For Both Sides')).toEqual([]);
  });

  it('knows inflected words ("Sales" in a headline) and firms named like towns', () => {
    expect(ids('Store In Nagoya Opens As Sales Slow')).toEqual(['nagoya']);
    expect(ids('Analysts at Morgan Stanley said so.')).toEqual([]);
  });

  it('does not take persons or newspapers for places', () => {
    const text =
      'Russian President Vladimir Putin met Toshimitsu Motegi. Motegi is expected in Moscow. ' +
      'Pakistan Point News reported it.';
    expect(ids(text)).toEqual(['moscow']);
  });

  it('matches an acronym alias only in capitals', () => {
    expect(ids('The US and Russia spoke.')).toEqual(['united-states', 'russia']);
    expect(ids('Us and them.')).toEqual([]);
  });
});

describe('draftPlaces: what the author must settle', () => {
  it('lists an ambiguous country name ("Georgia") with both candidates and its sentences', () => {
    const { places, unresolved } = draft('Troops left Georgia. The talks went on.');
    expect(places).toEqual([]);
    expect(unresolved).toEqual([
      {
        name: 'Georgia',
        why: 'the name of a country and of a region of another country',
        candidates: ['country Georgia (GE)', 'region Georgia (US), GeoNames admin1 US.GA'],
        passages: [{ paragraph: 1, text: 'Troops left Georgia.' }],
      },
    ]);
  });

  it('lists a city that shares its name with a region of another country', () => {
    const { places, unresolved } = draft('The fires reached California.');
    expect(places).toEqual([]);
    expect(unresolved[0]).toMatchObject({
      name: 'California',
      why: 'the name of a city and of a region of another country',
    });
  });

  it('lists names before "area" or after "town of", not a sentence-initial "The"', () => {
    const text =
      'Tension over the disputed Kashmir area grew. The area is large. He crossed near the town ' +
      'of Wagah. Muslim Pakistan and Pakistan-controlled land.';
    const { places, unresolved } = draft(text);
    expect(unresolved.map((u) => u.name)).toEqual(['Kashmir', 'Wagah']);
    // "Muslim Pakistan" does not make Pakistan a person's surname.
    expect(places.map((p) => [p.id, p.passages.length])).toEqual([['pakistan', 1]]);
  });

  it('lists "Lake Victoria" as an unknown place, not the city of Victoria', () => {
    expect(draft('Boats crossed Lake Victoria.').unresolved.map((u) => u.name)).toEqual([
      'Lake Victoria',
    ]);
  });

  it('lists cities of one name with no clear winner, unless the article names the country', () => {
    const alone = draft('The ferry reached Victoria at noon.');
    expect(alone.places).toEqual([]);
    expect(alone.unresolved[0]).toMatchObject({ name: 'Victoria' });
    expect(alone.unresolved[0]!.candidates[0]).toContain('GeoNames 6174041');
    expect(ids('In Canada, the ferry reached Victoria at noon.')).toEqual(['canada', 'victoria']);
  });

  it('lists regions, and unknown names that look like islands, seas or regions', () => {
    const text =
      'Projects on Sakhalin grew. Trips to the Southern Kuril Islands and to the islands of ' +
      'Kunashir and Iturup resumed, said Sergey Lavrov.';
    const { places, unresolved } = draft(text);
    expect(places).toEqual([]);
    expect(unresolved.map((u) => u.name)).toEqual([
      'Sakhalin',
      'Southern Kuril Islands',
      'Kunashir',
      'Iturup',
    ]);
    expect(unresolved[0]!.candidates).toEqual([
      'region Sakhalin Oblast (RU), GeoNames admin1 RU.64',
    ]);
  });

  it('names an unknown place without the sentence-initial "The", with every sentence naming it', () => {
    const text =
      'Storms Over Kunashir\n\nThe Indian Ocean was calm. Ships left the islands of Kunashir.';
    const { unresolved } = draft(text);
    expect(unresolved.map((u) => [u.name, u.passages.map((p) => p.paragraph)])).toEqual([
      ['Indian Ocean', [2]],
      ['Kunashir', [1, 2]],
    ]);
  });
});

describe('draftPlaces: passages', () => {
  it('quotes whole sentences word for word, each once, paragraphs counted from 1', () => {
    const text = 'Title\r\n\r\nMoscow and Moscow again. Then Nagoya.\n\n"Moscow," he said.';
    const { places } = draft(text);
    const paragraphs = splitParagraphs(text);
    for (const place of places) {
      for (const passage of place.passages) {
        expect(paragraphs[passage.paragraph - 1]).toContain(passage.text);
      }
    }
    expect(places[0]!.passages).toEqual([
      { paragraph: 2, text: 'Moscow and Moscow again.' },
      { paragraph: 3, text: '"Moscow," he said.' },
    ]);
  });
});

describe('placeId', () => {
  it('makes lower-case ASCII ids', () => {
    expect(placeId('São Paulo')).toBe('sao-paulo');
    expect(placeId("Côte d'Ivoire")).toBe('cote-d-ivoire');
    expect(placeId('日本')).toBe('place');
  });
});
