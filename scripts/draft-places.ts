/**
 * A draft of an article's places from its text: the pure step of `npm run new-article`.
 *
 * Pure: no Node APIs, no files. The gazetteer comes in as plain data (scripts/gazetteer.ts
 * loads the real one from npm packages; tests pass small fixtures), so every rule here can be
 * tested on a sentence or two. See scripts/new-article.README.md for the rules in prose and
 * for how well they do on the project's articles.
 *
 * How candidates are found, sentence by sentence (sentences as src/core/article splits them):
 * 1. Runs of capitalised words ("Southern Kuril Islands", "Rio de Janeiro", "NAGOYA") are cut
 *    out; inside a run the longest spans that are gazetteer names are matched (so
 *    "Russia-Japan" gives Russia and Japan). Names in scripts without capitals (日本) are
 *    found as substrings.
 * 2. A match is dropped when it is most likely not a place: a run ending in an organisation
 *    word ("Pakistan Point News"); a name beside a capitalised word that is not an English
 *    word, i.e. part of a person's name ("Vladimir Putin", "Toshimitsu Motegi"), and that
 *    surname alone elsewhere ("Motegi is expected…"); a city or region whose name is a common
 *    English word or its inflection ("Nice", "Reading", "Sales") unless it stands alone,
 *    capitalised, inside a sentence that is not in title case; a city inside a run with a
 *    geographic word ("Lake Victoria").
 * 3. A name is resolved to a country (ISO 3166-1) before a city; a country or city name that
 *    is also a first-level region of another country ("Georgia", "California") is ambiguous.
 *    Among cities of one name the most populous wins when it has ten times the people of the
 *    next, or when it is the only one in a country the article names; otherwise the name is
 *    ambiguous.
 * 4. Unresolved: ambiguous names, region names (no outline in the project), and capitalised
 *    runs that the gazetteer does not know but that look like places: a geographic word in or
 *    after the run ("Southern Kuril Islands", "Kurils archipelago"), or "islands of X and Y".
 *    Demonyms ("Japanese", "Russian") are not places and are not matched.
 */
import { splitParagraphs, splitSentences } from '../src/core/article/article';
import type { Passage } from '../src/core/article/places';

/** A populated place from GeoNames. */
export interface GazetteerCity {
  geonameid: number;
  name: string;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  population: number;
  /** GeoNames feature code: PPLC capital, PPLA first-level seat, PPL, … */
  featureCode: string;
  /** [longitude, latitude], as GeoNames gives them. */
  coordinates: [number, number];
}

/** A country by ISO 3166-1. */
export interface GazetteerCountry {
  iso2: string;
  iso3: string;
  /** ISO 3166-1 numeric, as a three-digit string: world-atlas's feature id. */
  numeric: string;
  /** Short English name ("Russia"). */
  name: string;
  /** Names to find in a text, in any language (English forms, aliases, native names). */
  matchNames: string[];
  /** Native names by BCP 47 tag, for `name:<tag>` ("ru" → "Россия"). */
  nativeNames: Record<string, string>;
  /** Where the names come from, by property key (`name`, `name:ru`, …). */
  nameSources: Record<string, string>;
}

/** A first-level administrative division (GeoNames admin1). */
export interface GazetteerRegion {
  /** GeoNames admin1 code, "US.GA". */
  code: string;
  country: string;
  name: string;
}

export interface Gazetteer {
  cities: readonly GazetteerCity[];
  countries: readonly GazetteerCountry[];
  regions: readonly GazetteerRegion[];
  /** Lower-case English words (a dictionary's common words, not its proper nouns). */
  commonWords: ReadonlySet<string>;
}

/** The country's outline from world-atlas (Natural Earth), as the build's `country` recipe. */
export type CountryRecipe = {
  type: 'country';
  /** ISO 3166-1 numeric, three digits: the feature id in world-atlas's countries-*.json. */
  iso_numeric: string;
};
export type CityRecipe = {
  type: 'geonames-point';
  geonameid: number;
  coordinates: [number, number];
};

/** A resolved place, in the shape of a `places.source.json` entry (data contract v2). */
export interface DraftPlace {
  id: string;
  kind: 'city' | 'country';
  name: string;
  'name:en': string;
  [nameKey: `name:${string}`]: string;
  aliases?: string[];
  passages: Passage[];
  sources: Record<string, string>;
  geometry: CityRecipe | CountryRecipe;
}

/** One thing the gazetteer could not settle, for the author. */
export interface UnresolvedCandidate {
  name: string;
  why: string;
  /** What the gazetteer offers for the name, if anything. */
  candidates: string[];
  passages: Passage[];
}

export interface Draft {
  places: DraftPlace[];
  unresolved: UnresolvedCandidate[];
}

// ---------------------------------------------------------------------------------------
// Word lists. Small and generic: English structure words, not facts about any article.

/** A run that ends in one of these names a thing (a paper, a body, a building), not a place. */
const ORGANISATION_WORDS = new Set(
  (
    'news times post agency press herald journal gazette daily tribune television tv radio ' +
    'airlines airways air university college school institute academy bank company corporation ' +
    'corp inc ltd group club fc party ministry council committee commission assembly parliament ' +
    'congress court meeting summit forum conference cup league games festival prize award ' +
    'street avenue road airport station stadium hotel centre center museum hospital church ' +
    'cathedral square park hall tower bridge palace castle department office'
  ).split(' '),
);

/** Words that make an unknown run a place name: "… Islands", "… Sea", "Mount …". */
const GEOGRAPHIC_WORDS = new Set(
  (
    'island islands isle isles islet archipelago atoll reef sea seas ocean strait straits bay ' +
    'gulf cape peninsula coast mount mountain mountains range hills valley river lake lakes ' +
    'desert plateau basin delta canal channel sound territory territories region province ' +
    'prefecture oblast krai state governorate county district glacier volcano heights pass ' +
    'harbour harbor lagoon fjord plain plains forest waters area'
  ).split(' '),
);

/** Lower-case words that may sit inside a place name: "Rio de Janeiro", "Frankfurt am Main". */
const CONNECTORS = new Set('of de del da do dos das la le el al am an der im sur upon'.split(' '));
const CONNECTOR_THE = 'the';

/** Suffixes of region names in GeoNames admin1 ("Sakhalin Oblast" is also found as "Sakhalin"). */
const REGION_SUFFIXES =
  /\s+(?:oblast|prefecture|province|region|krai|kray|state|governorate|county|district|department|republic|autonomous okrug)$/i;

/**
 * English function words, which some dictionaries file only under a capitalised sense
 * (Hunspell has "As", arsenic, but not "as"); a city called "As" is not in "As regards…".
 */
const FUNCTION_WORDS = new Set(
  (
    'a an and as at be but by for from he her his if in into is it its me my no nor not of on ' +
    'or our she so than that the their them then there these they this those to up us was we ' +
    'were what when where which who why will with yet you your'
  ).split(' '),
);

const DIRECTION_WORDS = new Set(
  'north south east west northern southern eastern western central upper lower greater'.split(' '),
);

// ---------------------------------------------------------------------------------------
// The index: normalised name → what it can be.

interface Entries {
  countries: GazetteerCountry[];
  cities: GazetteerCity[];
  regions: GazetteerRegion[];
  /** Acronym forms ("US", "UK") that must match exactly, in capitals. */
  exact: Set<string>;
}

export interface GazetteerIndex {
  gazetteer: Gazetteer;
  byName: Map<string, Entries>;
  /** Names in scripts without letter case (日本, 中国), found as substrings. */
  uncasedNames: string[];
  /** Most words a name in the index has. */
  maxWords: number;
}

const PLAIN = /^[!-~]+(?: [!-~]+)*$/;

/** Lower-case, NFC, one kind of apostrophe, single spaces: the form names are compared in. */
export function normaliseName(name: string): string {
  // Most names are plain ASCII with single spaces: skip the work (the index has 140,000).
  if (PLAIN.test(name)) return name.toLowerCase();
  return name
    .normalize('NFC')
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Builds the lookup once; the real gazetteer has some 140,000 names. */
export function indexGazetteer(gazetteer: Gazetteer): GazetteerIndex {
  const byName = new Map<string, Entries>();
  const uncased = new Set<string>();
  let maxWords = 1;
  const entry = (name: string): Entries | null => {
    const key = normaliseName(name);
    if (key.length < 2) return null;
    // Names in scripts without capitals are found as substrings, not in capitalised runs.
    if (hasCase(name)) maxWords = Math.max(maxWords, key.split(/[\s-]+/).length);
    else uncased.add(name.normalize('NFC'));
    let found = byName.get(key);
    if (found === undefined) {
      found = { countries: [], cities: [], regions: [], exact: new Set() };
      byName.set(key, found);
    }
    return found;
  };
  for (const country of gazetteer.countries) {
    for (const name of new Set([country.name, ...country.matchNames])) {
      const found = entry(name);
      if (found === null || found.countries.includes(country)) continue;
      found.countries.push(country);
      if (/^\p{Lu}{2,4}$/u.test(name)) found.exact.add(name);
    }
  }
  for (const city of gazetteer.cities) entry(city.name)?.cities.push(city);
  for (const region of gazetteer.regions) {
    const short = region.name.replace(REGION_SUFFIXES, '');
    const names = [region.name];
    // "Central Region" is not also "Central".
    if (short !== region.name && !DIRECTION_WORDS.has(short.toLowerCase())) names.push(short);
    for (const name of names) entry(name)?.regions.push(region);
  }
  // Uncased names by length, longest first, so 中华人民共和国 wins over 中国 where both fit.
  const uncasedNames = [...uncased].sort((a, b) => b.length - a.length);
  return { gazetteer, byName, uncasedNames, maxWords };
}

/** Whether a name has letters with case (Latin, Cyrillic, Greek, …): capitals can find it. */
function hasCase(name: string): boolean {
  if (PLAIN.test(name)) return /[A-Za-z]/.test(name);
  return /[\p{Lu}\p{Ll}]/u.test(name) && !/\p{Lo}/u.test(name);
}

/** Scripts written without spaces between words: a name there is any substring. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

// ---------------------------------------------------------------------------------------
// Finding mentions.

interface Token {
  text: string;
  start: number;
  end: number;
}

/** One span of a sentence that may name a place. */
interface Mention {
  /** The text as written. */
  text: string;
  key: string;
  paragraph: number;
  sentence: string;
  /** Single token at the start of its sentence, or in a title-case line. */
  weakPosition: boolean;
  /** Part of a longer capitalised run. */
  inLongerRun: boolean;
}

interface UnknownRun {
  text: string;
  paragraph: number;
  sentence: string;
  /** Why it looks like a place; empty when nothing says so. */
  cue: string;
  tokens: string[];
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

function tokenise(sentence: string): Token[] {
  return [...sentence.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^\p{N}+\p{Lu}/u.test(word);
}

/** More than two thirds of the words of four letters or more are capitalised: a headline. */
function isTitleCase(tokens: readonly Token[]): boolean {
  const long = tokens.filter((t) => /^\p{L}{4,}$/u.test(t.text));
  if (long.length < 3) return false;
  return long.filter((t) => isCapitalised(t.text)).length * 3 > long.length * 2;
}

/**
 * Runs of capitalised tokens joined by one space or one hyphen, with lower-case connectors
 * ("of", "de") inside when a capitalised word follows. Each run is a list of token indices.
 */
function capitalisedRuns(sentence: string, tokens: readonly Token[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  const gap = (a: Token, b: Token) => sentence.slice(a.end, b.start);
  const flush = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const last = run.length > 0 ? tokens[run[run.length - 1]!]! : null;
    const joined = last !== null && /^(?: |-)$/.test(gap(last, token));
    if (isCapitalised(token.text)) {
      if (!joined) flush();
      run.push(i);
      continue;
    }
    // A connector (or "of the") inside a run, when a capitalised word follows it.
    const lower = token.text;
    if (joined && CONNECTORS.has(lower)) {
      let j = i + 1;
      if (lower === 'of' && tokens[j]?.text === CONNECTOR_THE) j += 1;
      const next = tokens[j];
      if (next !== undefined && isCapitalised(next.text)) {
        for (let k = i; k < j; k += 1) run.push(k);
        i = j - 1;
        continue;
      }
    }
    flush();
  }
  flush();
  return runs;
}

/** Everything in one article that may name a place, with the runs the gazetteer does not know. */
function findMentions(
  text: string,
  index: GazetteerIndex,
): { mentions: Mention[]; unknown: UnknownRun[] } {
  const isCommon = (word: string) => isCommonWord(index, word);
  const mentions: Mention[] = [];
  const unknown: UnknownRun[] = [];
  const surnames = new Set<string>();
  const singles: { mention: Mention; token: string }[] = [];

  splitParagraphs(text).forEach((paragraphText, p) => {
    const paragraph = p + 1;
    for (const { text: sentence } of splitSentences(paragraphText)) {
      const tokens = tokenise(sentence);
      const titleCase = isTitleCase(tokens);
      for (const run of capitalisedRuns(sentence, tokens)) {
        const words = run.map((i) => tokens[i]!);
        const spanText = (a: number, b: number) => sentence.slice(words[a]!.start, words[b]!.end);
        const whole = spanText(0, words.length - 1);
        const lastWord = words[words.length - 1]!.text.toLowerCase();
        // "Toshimitsu Motegi": the last word of a name led by a word that is not English
        // (not "Sri Lanka", which the gazetteer knows whole).
        if (words.length >= 2 && !index.byName.has(normaliseName(whole))) {
          const before = words[words.length - 2]!;
          if (
            isCapitalised(before.text) &&
            !isCommon(before.text) &&
            !DIRECTION_WORDS.has(before.text.toLowerCase()) &&
            sentence.slice(before.end, words[words.length - 1]!.start) === ' '
          ) {
            surnames.add(words[words.length - 1]!.text.toLowerCase());
          }
        }
        // "Lake Victoria", "Gulf of Mexico", "Kuril Islands" (but not "State Department").
        const hasGeoWord =
          words.length > 1 &&
          !ORGANISATION_WORDS.has(lastWord) &&
          words.some((w) => GEOGRAPHIC_WORDS.has(w.text.toLowerCase()));
        const startsSentence = run[0] === 0;
        const matched: [number, number][] = [];
        const wholeKey = normaliseName(whole);
        if (index.byName.has(wholeKey) && acceptsForm(index, wholeKey, whole)) {
          matched.push([0, words.length - 1]);
        } else if (!ORGANISATION_WORDS.has(lastWord) && !hasGeoWord) {
          // The longest known spans, left to right.
          for (let a = 0; a < words.length; a += 1) {
            for (let b = Math.min(words.length - 1, a + index.maxWords - 1); b >= a; b -= 1) {
              const form = spanText(a, b);
              const key = normaliseName(form);
              if (!index.byName.has(key) || !acceptsForm(index, key, form)) continue;
              if (isConnector(words[a]!.text) || isConnector(words[b]!.text)) continue;
              if (besidePersonName(sentence, words, a, b, isCommon, index)) break;
              matched.push([a, b]);
              a = b;
              break;
            }
          }
        }
        for (const [a, b] of matched) {
          const form = spanText(a, b);
          const mention: Mention = {
            text: form,
            key: normaliseName(form),
            paragraph,
            sentence,
            weakPosition: a === b && (titleCase || (startsSentence && a === 0)),
            inLongerRun: a > 0 || b < words.length - 1,
          };
          mentions.push(mention);
          if (a === b && words.length === 1) singles.push({ mention, token: form.toLowerCase() });
        }
        // "The area is…": a sentence-initial word, not a name.
        const plainWord = startsSentence && words.length === 1 && isCommon(whole);
        if (matched.length === 0 && !plainWord) {
          // "The Indian Ocean" at a sentence start is "Indian Ocean".
          let from = 0;
          while (startsSentence && from < words.length - 1 && isCommon(words[from]!.text))
            from += 1;
          unknown.push({
            text: spanText(from, words.length - 1),
            paragraph,
            sentence,
            cue: geographicCue(sentence, tokens, run, hasGeoWord),
            tokens: words.slice(from).map((w) => w.text),
          });
        }
      }
      const taken: [number, number][] = [];
      for (const name of index.uncasedNames) {
        for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
          const end = at + name.length;
          if (taken.some(([s, e]) => at < e && s < end)) continue;
          const spaced = !UNSPACED.test(name);
          if (spaced && /\p{L}/u.test(sentence.charAt(at - 1) + sentence.charAt(end))) continue;
          taken.push([at, end]);
          mentions.push({
            text: name,
            key: normaliseName(name),
            paragraph,
            sentence,
            weakPosition: false,
            inLongerRun: false,
          });
        }
      }
    }
  });
  // "Motegi is expected…" after "Toshimitsu Motegi": a surname, not the town. Never a country:
  // "Muslim Pakistan" does not make Pakistan a surname.
  const isCountry = (m: Mention) => (index.byName.get(m.key)?.countries.length ?? 0) > 0;
  const dropped = new Set(
    singles.filter((s) => surnames.has(s.token) && !isCountry(s.mention)).map((s) => s.mention),
  );
  return { mentions: mentions.filter((m) => !dropped.has(m)), unknown };
}

/**
 * Whether a word is an English word: in the list, or a regular inflection of one ("sales",
 * "cities", "talked", "reading"), since a dictionary lists stems and leaves the rest to rules.
 */
function isCommonWord(index: GazetteerIndex, word: string): boolean {
  const lower = word.toLowerCase();
  const words = index.gazetteer.commonWords;
  if (FUNCTION_WORDS.has(lower) || words.has(lower)) return true;
  const stems: string[] = [];
  if (lower.endsWith('ies')) stems.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('es')) stems.push(lower.slice(0, -2));
  if (lower.endsWith('s')) stems.push(lower.slice(0, -1));
  if (lower.endsWith('ed')) stems.push(lower.slice(0, -2), lower.slice(0, -1));
  if (lower.endsWith('ing')) stems.push(lower.slice(0, -3), `${lower.slice(0, -3)}e`);
  return stems.some((stem) => stem.length > 2 && words.has(stem));
}

function isConnector(word: string): boolean {
  return CONNECTORS.has(word) || word === CONNECTOR_THE;
}

/** An acronym alias ("US") matches only as written; "Us" at a sentence start does not. */
function acceptsForm(index: GazetteerIndex, key: string, form: string): boolean {
  const entries = index.byName.get(key);
  if (entries === undefined) return false;
  if (entries.exact.size === 0) return true;
  if (entries.exact.has(form)) return true;
  return entries.cities.length > 0 || entries.regions.length > 0;
}

/**
 * Whether the span a..b of a run sits beside a capitalised word, joined by a space, that is
 * neither an English word nor the name of a country or region: "Vladimir" before "Putin",
 * "Toshimitsu" before "Motegi". Then the span is part of a person's (or a firm's) name.
 */
function besidePersonName(
  sentence: string,
  words: readonly Token[],
  a: number,
  b: number,
  isCommon: (word: string) => boolean,
  index: GazetteerIndex,
): boolean {
  // A neighbour that is only a city's name counts too: "Morgan Stanley" is two towns' names.
  const looksLikeName = (w: Token | undefined) => {
    if (w === undefined || !isCapitalised(w.text) || isCommon(w.text)) return false;
    if (DIRECTION_WORDS.has(w.text.toLowerCase())) return false;
    const entries = index.byName.get(normaliseName(w.text));
    return (
      entries === undefined || (entries.countries.length === 0 && entries.regions.length === 0)
    );
  };
  // Before a country such a word is more often an adjective ("Muslim Pakistan", "Soviet
  // Russia") than a first name ("Michael Jordan"), so it counts only after one ("Chad Smith").
  const isCountry =
    (index.byName.get(normaliseName(spanOf(sentence, words, a, b)))?.countries.length ?? 0) > 0;
  const before = isCountry ? undefined : words[a - 1];
  const after = words[b + 1];
  return (
    (before !== undefined &&
      sentence.slice(before.end, words[a]!.start) === ' ' &&
      looksLikeName(before)) ||
    (after !== undefined &&
      sentence.slice(words[b]!.end, after.start) === ' ' &&
      looksLikeName(after))
  );
}

function spanOf(sentence: string, words: readonly Token[], a: number, b: number): string {
  return sentence.slice(words[a]!.start, words[b]!.end);
}

/** Why an unknown run looks like a place, or '' when nothing says so. */
function geographicCue(
  sentence: string,
  tokens: readonly Token[],
  run: readonly number[],
  hasGeoWord: boolean,
): string {
  if (hasGeoWord) return 'a geographic word in the name';
  const next = tokens[run[run.length - 1]! + 1];
  if (
    next !== undefined &&
    GEOGRAPHIC_WORDS.has(next.text) &&
    /^\s+$/.test(gapBefore(sentence, tokens, next))
  ) {
    return `followed by "${next.text}"`;
  }
  if (next?.text === 'archipelago') return 'followed by "archipelago"';
  // "islands of X", "islands of X and Y", "the islands of the X".
  const before = tokens.slice(0, run[0]!).map((t) => t.text.toLowerCase());
  const tail = before.slice(-4).join(' ');
  const kinds = 'islands?|isles?|archipelago|seas?|regions?|provinces?|town|city|village|port';
  if (new RegExp(`\\b(?:${kinds}) of(?: the)?$`).test(tail)) {
    return `after "${tail.replace(new RegExp(`^.*?\\b(${kinds})\\b`), '$1')}"`;
  }
  if (/\b(?:islands?|isles?) of(?: the)? \S+ and$/.test(before.slice(-5).join(' '))) {
    return 'in a list after "islands of"';
  }
  return '';
}

function gapBefore(sentence: string, tokens: readonly Token[], token: Token): string {
  const i = tokens.indexOf(token);
  return i > 0 ? sentence.slice(tokens[i - 1]!.end, token.start) : '';
}

// ---------------------------------------------------------------------------------------
// Resolving.

/** How much bigger the most populous city of a name must be to win outright. */
const POPULATION_LEAD = 10;

type Resolution =
  | { kind: 'country'; country: GazetteerCountry }
  | { kind: 'city'; city: GazetteerCity }
  | { kind: 'unresolved'; why: string; candidates: string[] }
  | { kind: 'skip' };

function describeCity(city: GazetteerCity): string {
  return `city ${city.name} (${city.country}), GeoNames ${city.geonameid}, population ${city.population}`;
}

function describeRegion(region: GazetteerRegion): string {
  return `region ${region.name} (${region.country}), GeoNames admin1 ${region.code}`;
}

function resolve(
  entries: Entries,
  mentions: readonly Mention[],
  isCommon: (word: string) => boolean,
  countriesNamed: ReadonlySet<string>,
): Resolution {
  // A common English word is a city only where it stands alone inside an ordinary sentence.
  const strong = mentions.filter((m) => !(isCommon(m.text) && (m.weakPosition || m.inLongerRun)));

  const [country] = entries.countries;
  if (country !== undefined && entries.countries.length === 1) {
    const elsewhere = entries.regions.filter((r) => r.country !== country.iso2);
    if (elsewhere.length > 0) {
      return {
        kind: 'unresolved',
        why: 'the name of a country and of a region of another country',
        candidates: [`country ${country.name} (${country.iso2})`, ...elsewhere.map(describeRegion)],
      };
    }
    return { kind: 'country', country };
  }
  if (entries.countries.length > 1) {
    return {
      kind: 'unresolved',
      why: 'the name of more than one country',
      candidates: entries.countries.map((c) => `country ${c.name} (${c.iso2})`),
    };
  }
  if (strong.length === 0) return { kind: 'skip' };

  const cities = [...entries.cities].sort((a, b) => b.population - a.population);
  const [first, second] = cities;
  if (first !== undefined) {
    let city: GazetteerCity | undefined;
    if (second === undefined || first.population >= POPULATION_LEAD * second.population) {
      city = first;
    } else {
      const inNamedCountry = cities.filter((c) => countriesNamed.has(c.country));
      if (inNamedCountry.length === 1) city = inNamedCountry[0]!;
    }
    // Tokyo the city and Tokyo the prefecture are one answer; California, Mexico, and
    // California, USA are not.
    const elsewhere = entries.regions.filter((r) => r.country !== (city ?? first).country);
    if (city !== undefined && elsewhere.length === 0) return { kind: 'city', city };
    return {
      kind: 'unresolved',
      why:
        elsewhere.length > 0
          ? 'the name of a city and of a region of another country'
          : `${cities.length} cities of this name, none ten times as populous as the next`,
      candidates: [...cities.slice(0, 5).map(describeCity), ...elsewhere.map(describeRegion)],
    };
  }
  return {
    kind: 'unresolved',
    why: 'a region: the project has no outlines for regions',
    candidates: entries.regions.map(describeRegion),
  };
}

// ---------------------------------------------------------------------------------------
// The draft.

/** Every sentence that has `name` as whole words, as written (case and all). */
function sentencesNaming(text: string, name: string): Passage[] {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}\\p{N}])`,
    'u',
  );
  const passages: Passage[] = [];
  splitParagraphs(text).forEach((paragraph, p) => {
    for (const { text: sentence } of splitSentences(paragraph)) {
      if (pattern.test(sentence)) passages.push({ paragraph: p + 1, text: sentence });
    }
  });
  return passages;
}

/** A lower-case ASCII id from a name: "São Paulo" → "sao-paulo". */
export function placeId(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'place'
  );
}

function passagesOf(mentions: readonly Mention[]): Passage[] {
  const seen = new Set<string>();
  const passages: Passage[] = [];
  for (const m of mentions) {
    const key = `${m.paragraph}\u0000${m.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    passages.push({ paragraph: m.paragraph, text: m.sentence });
  }
  return passages;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}

function cityPlace(city: GazetteerCity, passages: Passage[], forms: string[]): DraftPlace {
  const url = `https://www.geonames.org/${city.geonameid}`;
  return {
    id: placeId(city.name),
    kind: 'city',
    name: city.name,
    'name:en': city.name,
    ...aliases(city.name, forms),
    passages,
    sources: { name: url, 'name:en': url },
    geometry: { type: 'geonames-point', geonameid: city.geonameid, coordinates: city.coordinates },
  };
}

function countryPlace(country: GazetteerCountry, passages: Passage[], forms: string[]): DraftPlace {
  const natives: Record<`name:${string}`, string> = {};
  for (const [tag, native] of Object.entries(country.nativeNames)) natives[`name:${tag}`] = native;
  return {
    id: placeId(country.name),
    kind: 'country',
    name: country.name,
    'name:en': country.name,
    ...natives,
    ...aliases(
      country.name,
      [...forms].filter((f) => !Object.values(country.nativeNames).includes(f)),
    ),
    passages,
    sources: { ...country.nameSources },
    geometry: { type: 'country', iso_numeric: country.numeric },
  };
}

/** The forms the article uses that differ from the name other than by case ("Россия"). */
function aliases(name: string, forms: readonly string[]): { aliases?: string[] } {
  const other = [...new Set(forms)].filter((f) => normaliseName(f) !== normaliseName(name));
  return other.length > 0 ? { aliases: other } : {};
}

/**
 * The draft places of an article: resolved cities and countries in the order the article
 * first names them, and what the author must settle. Passages are whole sentences of the
 * text's paragraphs (as `splitParagraphs` numbers them, from 1), word for word.
 */
export function draftPlaces(text: string, index: GazetteerIndex): Draft {
  const isCommon = (word: string) => isCommonWord(index, word);
  const { mentions, unknown } = findMentions(text, index);
  const byKey = groupBy(mentions, (m) => m.key);

  // Countries first: they settle which of several cities of one name the article means.
  const resolutions = new Map<string, Resolution>();
  const countriesNamed = new Set<string>();
  for (const [key, group] of byKey) {
    const entries = index.byName.get(key)!;
    if (entries.cities.length > 0 && entries.countries.length === 0) continue;
    const r = resolve(entries, group, isCommon, countriesNamed);
    resolutions.set(key, r);
    if (r.kind === 'country') countriesNamed.add(r.country.iso2);
  }
  for (const [key, group] of byKey) {
    if (!resolutions.has(key)) {
      resolutions.set(key, resolve(index.byName.get(key)!, group, isCommon, countriesNamed));
    }
  }

  // One place per country or city, whichever names the article used for it.
  const places = new Map<string, { mentions: Mention[]; make: () => DraftPlace; first: number }>();
  const unresolved: UnresolvedCandidate[] = [];
  const order = (m: Mention) => mentions.indexOf(m);
  for (const [key, group] of byKey) {
    const r = resolutions.get(key)!;
    if (r.kind === 'skip') continue;
    if (r.kind === 'unresolved') {
      unresolved.push({
        name: group[0]!.text,
        why: r.why,
        candidates: r.candidates,
        passages: passagesOf(group),
      });
      continue;
    }
    const placeKey = r.kind === 'city' ? `city:${r.city.geonameid}` : `country:${r.country.iso2}`;
    const existing = places.get(placeKey);
    const all = [...(existing?.mentions ?? []), ...group].sort((a, b) => order(a) - order(b));
    places.set(placeKey, {
      mentions: all,
      first: order(all[0]!),
      make: () => {
        const forms = all.map((m) => m.text);
        return r.kind === 'city'
          ? cityPlace(r.city, passagesOf(all), forms)
          : countryPlace(r.country, passagesOf(all), forms);
      },
    });
  }

  // Unknown runs that look like places; and runs that share a word with one ("Southern Kurils"
  // beside "Kurils archipelago").
  const cued = unknown.filter((u) => u.cue !== '');
  const cuedNames = new Set(cued.map((u) => normaliseName(u.text)));
  // Only names made of such a word and directions or other names ("Southern Kurils"), not a
  // headline that happens to hold it ("Storms Over Kunashir").
  const related = unknown.filter(
    (u) =>
      u.cue === '' &&
      u.tokens.length > 1 &&
      u.tokens.some((t) => cuedNames.has(normaliseName(t)) && !isCommon(t)) &&
      u.tokens.every((t) => DIRECTION_WORDS.has(t.toLowerCase()) || !isCommon(t)),
  );
  const knownRegionNames = new Set(unresolved.map((u) => normaliseName(u.name)));
  for (const [key, group] of groupBy([...cued, ...related], (u) => normaliseName(u.text))) {
    if (knownRegionNames.has(key)) continue;
    const cue = group.find((u) => u.cue !== '')?.cue;
    unresolved.push({
      name: group[0]!.text,
      why:
        cue === undefined
          ? 'not in the gazetteer; shares a word with another name here that looks like a place'
          : `not in the gazetteer; looks like a place (${cue}): an island, sea or region?`,
      candidates: [],
      passages: sentencesNaming(text, group[0]!.text),
    });
  }

  const draftPlaces = [...places.values()].sort((a, b) => a.first - b.first).map((p) => p.make());
  uniqueIds(draftPlaces);
  return {
    places: draftPlaces,
    unresolved,
  };
}

/** Two places called "Victoria" get "victoria" and "victoria-2". */
function uniqueIds(places: DraftPlace[]): void {
  const seen = new Map<string, number>();
  for (const place of places) {
    const n = (seen.get(place.id) ?? 0) + 1;
    seen.set(place.id, n);
    if (n > 1) place.id = `${place.id}-${n}`;
  }
}
