/**
 * The data contract v2 of an article's `places.geojson` (see geodata/README.md and
 * DESIGN.md's "Data contract v2"), as types, plus the checks that turn parsed JSON
 * into typed places.
 *
 * The article declares its parties; every party id a place uses (`label:<id>`,
 * `administered_by`, `claimed_by`, `claims[].party`) must be one of them. Nothing
 * about a particular party is written here.
 *
 * Pure: no DOM, no Leaflet. Anything article-specific lives in geodata/<slug>/.
 */
import type { BBox, Feature, Geometry } from 'geojson';

/** What a place is; decides how it is drawn. */
export type PlaceKind = 'city' | 'island' | 'island-group' | 'region' | 'sea' | 'country';

export const PLACE_KINDS: readonly PlaceKind[] = [
  'city',
  'island',
  'island-group',
  'region',
  'sea',
  'country',
];

/** One quotation from the article: `text` is an exact substring of paragraph `paragraph` (1-based). */
export interface Passage {
  paragraph: number;
  text: string;
}

/** A side of the article's dispute, as the article's data declares it. */
export interface Party {
  /** Used everywhere else: `label:<id>`, `administered_by`, `names=<id>` in the address. */
  id: string;
  /** English name, e.g. the country's short name. */
  name: string;
  /** Its language as a BCP 47 tag; its native names are `name:<lang>` (and `name:<lang>-Latn`). */
  lang: string;
  /** Natural Earth point-of-view code (the XX of `FCLASS_XX`), when Natural Earth has one. */
  pov?: string;
  /** The naming choice's words, e.g. "Landish usage"; default "<name> usage". */
  usage?: string;
}

/** One party's claim to a place, with its source. */
export interface Claim {
  party: string;
  /** When the claim dates from (a year or an ISO date), as the source gives it. */
  since?: string;
  /** What the claim rests on, in a few words. */
  basis?: string;
  source: string;
}

/**
 * Properties of one place. Name keys follow OSM's convention (`name:<BCP 47 tag>`) so
 * GIS tools show them; `label:<party id>` is the English label that party uses, present
 * only where it differs. `sources` maps each fact that does not come from the article
 * (a property key such as `name:<tag>` or `administered_by`) to a URL or reference.
 */
export interface PlaceProperties {
  kind: PlaceKind;
  /** Neutral label; for a place the parties name differently, their labels in name order. */
  name: string;
  'name:en'?: string;
  /** Native names (`name:<BCP 47 tag>`, any script) and Latin forms (`name:<tag>-Latn`). */
  [nameKey: `name:${string}`]: string | undefined;
  /** The English label a party uses, where it differs from `name:en`. */
  [labelKey: `label:${string}`]: string | undefined;
  /** Other names the article uses for the place ("the disputed islands"). */
  aliases?: string[];
  /** The party that administers the place (a party id). */
  administered_by?: string;
  /** The parties that claim the place (party ids). */
  claimed_by?: string[];
  /** The claims in detail, each with its source. */
  claims?: Claim[];
  passages: Passage[];
  sources: Record<string, string>;
}

export type PlaceFeature = Feature<Geometry, PlaceProperties> & { id: string };

/** Metadata of the article, a foreign member `article` of the collection (RFC 7946 §6.1). */
export interface ArticleMeta {
  title: string;
  source: string;
  url?: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** Path of the article text, relative to the collection file. */
  text: string;
  /** Editorial notes about the copy (e.g. restored characters). */
  note?: string;
  /** The text's licence or terms, as its publisher states them. */
  licence?: string;
  /** The sides of the dispute; absent or empty when the article has none. */
  parties?: Party[];
}

export interface PlaceCollection {
  type: 'FeatureCollection';
  article: ArticleMeta;
  features: PlaceFeature[];
  bbox?: BBox;
}

/** What reading a collection gave: the usable places, and a message per place left out. */
export interface ReadResult {
  collection: PlaceCollection | null;
  problems: string[];
}

/** Values that cannot be party ids: the naming mode of all sides takes them. */
export const RESERVED_PARTY_IDS: readonly string[] = ['both', 'all'];

const PARTY_ID = /^[a-z][a-z0-9-]{0,31}$/;
// BCP 47's shape (RFC 5646 §2.1), without checking the registry: language, then subtags.
const BCP47 = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;
const POV = /^[A-Z]{2,3}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isPassage(value: unknown): value is Passage {
  return (
    isRecord(value) &&
    Number.isInteger(value.paragraph) &&
    (value.paragraph as number) >= 1 &&
    typeof value.text === 'string' &&
    value.text.length > 0
  );
}

/** Why `parties` is not a valid list of parties, or null when it is. */
export function partiesProblem(parties: unknown): string | null {
  if (parties === undefined) return null;
  if (!Array.isArray(parties)) return 'The article’s "parties" is not an array.';
  const seen = new Set<string>();
  for (const [i, party] of parties.entries()) {
    const at = `Party ${i + 1}`;
    if (!isRecord(party)) return `${at} is not an object.`;
    const { id, name, lang, pov, usage } = party;
    if (typeof id !== 'string' || !PARTY_ID.test(id) || RESERVED_PARTY_IDS.includes(id)) {
      return `${at} has the id ${JSON.stringify(id)}; an id is 1–32 of a–z, 0–9 and "-", starting with a letter, and not ${RESERVED_PARTY_IDS.join(' or ')}.`;
    }
    if (seen.has(id)) return `${at} repeats the id "${id}".`;
    seen.add(id);
    if (!isText(name)) return `Party "${id}" has no name.`;
    if (typeof lang !== 'string' || !BCP47.test(lang)) {
      return `Party "${id}" has the language ${JSON.stringify(lang)}, which is not a BCP 47 tag.`;
    }
    if (pov !== undefined && (typeof pov !== 'string' || !POV.test(pov))) {
      return `Party "${id}" has the point of view ${JSON.stringify(pov)}; it is the XX of a Natural Earth FCLASS_XX field, two or three capitals.`;
    }
    if (usage !== undefined && !isText(usage)) return `Party "${id}" has an empty "usage".`;
  }
  return null;
}

/**
 * Why a place's party references are wrong, or null when every one names a party:
 * `label:<id>` keys, `administered_by`, `claimed_by` and `claims[].party`. The message
 * names the key, e.g. `"claimed_by" names "xx", which is not one of the parties (aa, bb)`.
 */
export function partyReferenceProblem(
  properties: Record<string, unknown>,
  partyIds: readonly string[],
): string | null {
  const known = new Set(partyIds);
  const listed = partyIds.length > 0 ? partyIds.join(', ') : 'the article declares none';
  const unknown = (key: string, value: unknown): string =>
    `"${key}" names ${JSON.stringify(value)}, which is not one of the parties (${listed})`;
  for (const key of Object.keys(properties)) {
    if (key.startsWith('label:') && !known.has(key.slice('label:'.length))) {
      return `has the key "${key}", but "${key.slice('label:'.length)}" is not one of the parties (${listed})`;
    }
  }
  const admin = properties.administered_by;
  if (admin !== undefined && !(typeof admin === 'string' && known.has(admin))) {
    return unknown('administered_by', admin);
  }
  const claimed = properties.claimed_by;
  if (claimed !== undefined) {
    if (!Array.isArray(claimed)) return '"claimed_by" is not an array';
    for (const id of claimed) {
      if (!(typeof id === 'string' && known.has(id))) return unknown('claimed_by', id);
    }
  }
  const claims = properties.claims;
  if (claims !== undefined) {
    if (!Array.isArray(claims)) return '"claims" is not an array';
    for (const [i, claim] of claims.entries()) {
      if (!isRecord(claim)) return `"claims[${i}]" is not an object`;
      if (!(typeof claim.party === 'string' && known.has(claim.party))) {
        return unknown(`claims[${i}].party`, claim.party);
      }
      if (!isText(claim.source)) return `"claims[${i}]" has no source`;
    }
  }
  return null;
}

/** Why a feature does not meet the place contract, or null when it does. */
function placeProblem(feature: unknown, partyIds: readonly string[]): string | null {
  if (!isRecord(feature) || feature.type !== 'Feature') return 'is not a GeoJSON Feature';
  if (typeof feature.id !== 'string' || feature.id === '') return 'has no string id';
  if (!isRecord(feature.geometry)) return 'has no geometry';
  const p = feature.properties;
  if (!isRecord(p)) return 'has no properties';
  if (!PLACE_KINDS.includes(p.kind as PlaceKind)) {
    return `has an unknown kind ${JSON.stringify(p.kind)}`;
  }
  if (typeof p.name !== 'string' || p.name === '') return 'has no name';
  if (!Array.isArray(p.passages) || !p.passages.every(isPassage)) return 'has malformed passages';
  if (!isRecord(p.sources)) return 'has no sources';
  return partyReferenceProblem(p, partyIds);
}

/**
 * Checks parsed JSON against the data contract and returns the typed places.
 * A feature that breaks the contract is left out with a message naming it and,
 * for a party reference, the key (`Feature 6 (id "kunashir") "claimed_by" names
 * "xx", which is not one of the parties (aa, bb); left out.`); the rest still load.
 * Malformed `parties` refuse the whole collection. Geometry is not validated here
 * (that is validate.ts's job); this only checks the shape the app relies on.
 */
export function readPlaceCollection(json: unknown): ReadResult {
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    return { collection: null, problems: ['The data is not a GeoJSON FeatureCollection.'] };
  }
  const meta = json.article;
  if (
    !isRecord(meta) ||
    typeof meta.title !== 'string' ||
    typeof meta.source !== 'string' ||
    typeof meta.date !== 'string' ||
    typeof meta.text !== 'string'
  ) {
    return {
      collection: null,
      problems: ['The collection has no article metadata (title, source, date, text).'],
    };
  }
  const partyProblem = partiesProblem(meta.parties);
  if (partyProblem !== null) return { collection: null, problems: [partyProblem] };
  const partyIds = ((meta.parties as Party[] | undefined) ?? []).map((party) => party.id);
  const problems: string[] = [];
  const features: PlaceFeature[] = [];
  const seen = new Set<string>();
  json.features.forEach((feature: unknown, index) => {
    const problem = placeProblem(feature, partyIds);
    const id = isRecord(feature) && typeof feature.id === 'string' ? feature.id : null;
    if (problem) {
      problems.push(`Feature ${index + 1}${id ? ` (id "${id}")` : ''} ${problem}; left out.`);
    } else if (id !== null && seen.has(id)) {
      problems.push(`Feature ${index + 1} repeats the id "${id}"; left out.`);
    } else if (id !== null) {
      seen.add(id);
      features.push(feature as PlaceFeature);
    }
  });
  return {
    collection: { ...(json as unknown as PlaceCollection), features },
    problems,
  };
}

/** The article's parties, or none. */
export function partiesOf(article: Pick<ArticleMeta, 'parties'>): readonly Party[] {
  return article.parties ?? [];
}

/** True when someone other than the administrator claims the place, whatever its kind. */
export function isDisputed(
  place: Pick<PlaceProperties, 'administered_by' | 'claimed_by'>,
): boolean {
  return (place.claimed_by ?? []).some((id) => id !== place.administered_by);
}
