/**
 * The data contract of `geodata/places.geojson` (see DESIGN.md), as types,
 * plus the checks that turn parsed JSON into typed places.
 *
 * Pure: no DOM, no Leaflet. Anything article-specific lives in geodata/.
 */
import type { BBox, Feature, Geometry } from 'geojson';

/** What a place is; decides how it is drawn. */
export type PlaceKind = 'city' | 'island' | 'island-group';

/** One quotation from the article: `text` is an exact substring of paragraph `paragraph` (1-based). */
export interface Passage {
  paragraph: number;
  text: string;
}

/**
 * Properties of one place. Name keys follow OSM's convention so GIS tools show
 * them. `label:ru` / `label:ja` are the English labels each side uses, present
 * only where they differ from `name:en`. `sources` maps each fact that does not
 * come from the article (a property key such as `name:ja` or `administered_by`)
 * to a URL or bibliographic reference.
 */
export interface PlaceProperties {
  kind: PlaceKind;
  /** Neutral label, e.g. "Iturup / Etorofu". */
  name: string;
  'name:en': string;
  'name:ru'?: string;
  'name:ru-Latn'?: string;
  'name:ja'?: string;
  'name:ja-Latn'?: string;
  /** English label in Russian usage, where it differs ("Southern Kurils"). */
  'label:ru'?: string;
  /** English label in Japanese usage, where it differs ("Northern Territories"). */
  'label:ja'?: string;
  /** Other names the article uses for the place ("the disputed islands"). */
  aliases?: string[];
  /** For disputed places: who administers it (country name). */
  administered_by?: string;
  /** For disputed places: who claims it (country names). */
  claimed_by?: string[];
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
}

export interface PlaceCollection {
  type: 'FeatureCollection';
  article: ArticleMeta;
  features: PlaceFeature[];
  bbox?: BBox;
}

const KINDS: readonly PlaceKind[] = ['city', 'island', 'island-group'];

/** What reading a collection gave: the usable places, and a message per place left out. */
export interface ReadResult {
  collection: PlaceCollection | null;
  problems: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/** Why a feature does not meet the place contract, or null when it does. */
function placeProblem(feature: unknown): string | null {
  if (!isRecord(feature) || feature.type !== 'Feature') return 'is not a GeoJSON Feature';
  if (typeof feature.id !== 'string' || feature.id === '') return 'has no string id';
  if (!isRecord(feature.geometry)) return 'has no geometry';
  const p = feature.properties;
  if (!isRecord(p)) return 'has no properties';
  if (!KINDS.includes(p.kind as PlaceKind)) return `has an unknown kind ${JSON.stringify(p.kind)}`;
  if (typeof p.name !== 'string' || p.name === '') return 'has no name';
  if (!Array.isArray(p.passages) || !p.passages.every(isPassage)) return 'has malformed passages';
  if (!isRecord(p.sources)) return 'has no sources';
  return null;
}

/**
 * Checks parsed JSON against the data contract and returns the typed places.
 * A feature that breaks the contract is left out with a message naming it;
 * the rest still load. Geometry is not validated here (that is validate.ts's
 * job); this only checks the shape the app relies on.
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
  const problems: string[] = [];
  const features: PlaceFeature[] = [];
  const seen = new Set<string>();
  json.features.forEach((feature: unknown, index) => {
    const problem = placeProblem(feature);
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
