/**
 * The hand-kept source of an article's places, `geodata/<slug>/places.source.json`, as
 * types, and the check that turns its parsed JSON into them.
 *
 * Each place is its properties (as they will appear in `places.geojson`, minus the
 * derived `sources.geometry`) plus its `id` and a `geometry` recipe saying where the
 * shape comes from. See geodata/README.md.
 */
import type { Position } from 'geojson';
import {
  PLACE_KINDS,
  partiesProblem,
  partyReferenceProblem,
  type ArticleMeta,
  type Party,
  type PlaceProperties,
} from '../src/core/article/places';

/** A city: a point from GeoNames, with its id so anyone can check it. */
export interface GeonamesPointRecipe {
  type: 'geonames-point';
  geonameid: number;
  /** [longitude, latitude] as GeoNames gives them. */
  coordinates: Position;
}

/** An island: the Natural Earth land polygon (world-atlas land-10m) containing a point. */
export interface LandPolygonRecipe {
  type: 'land-polygon';
  /** [longitude, latitude] of a point on the island. */
  containing: Position;
  /** Where that point comes from (URL). */
  reference: string;
}

/** The disputed group: a feature of the Natural Earth disputed-areas extract in geodata/sources/. */
export interface DisputedAreaRecipe {
  type: 'disputed-area';
  /** File name in geodata/sources/. */
  file: string;
  /** The feature's `id` in that file. */
  feature: string;
}

/**
 * Areas from Natural Earth's admin-0 disputed areas (a copy in sources/): the features
 * whose `NE_ID` is listed, merged into one MultiPolygon.
 */
export interface NaturalEarthAreasRecipe {
  type: 'natural-earth-areas';
  /** File name in sources/. */
  file: string;
  /** The features' `NE_ID`s. */
  ne_ids: number[];
}

/** A country: its outline in world-atlas's countries-50m (Natural Earth 1:50m, de facto). */
export interface CountryRecipe {
  type: 'country';
  /** ISO 3166-1 numeric code, the feature id in world-atlas. */
  iso_numeric: string;
}

export type GeometryRecipe =
  | GeonamesPointRecipe
  | LandPolygonRecipe
  | DisputedAreaRecipe
  | NaturalEarthAreasRecipe
  | CountryRecipe;

export type PlaceSource = { id: string; geometry: GeometryRecipe } & PlaceProperties;

export interface PlaceSourceFile {
  article: ArticleMeta & { parties: Party[] };
  places: PlaceSource[];
  /** A draft's places not yet found (new-article); the build refuses a non-empty list. */
  unresolved?: unknown[];
}

const OPTIONAL_STRINGS = ['name:en', 'administered_by'] as const;
// OSM's `name:<BCP 47 tag>` and `label:<party id>`; which party ids exist is checked apart.
const NAME_KEY = /^name:[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;
const LABEL_KEY = /^label:[a-z][a-z0-9-]{0,31}$/;

/**
 * Checks parsed `places.source.json` and returns it typed, or throws an Error naming
 * the first problem by its path (`places[3].geometry.containing`). Checks shapes and
 * types only; whether passages match the article and facts have sources is the
 * build's job (it has the article).
 */
export function parsePlaceSource(json: unknown): PlaceSourceFile {
  const root = record(json, '(root)');
  const article = record(root.article, 'article');
  for (const key of ['title', 'source', 'date', 'text'] as const)
    string(article[key], `article.${key}`);
  for (const key of ['url', 'note', 'licence'] as const) {
    if (article[key] !== undefined) string(article[key], `article.${key}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(article.date))) fail('article.date', 'is not YYYY-MM-DD');
  if (!Array.isArray(article.parties)) fail('article.parties', 'is not an array');
  const partyProblem = partiesProblem(article.parties);
  if (partyProblem !== null) fail('article.parties', `is refused: ${partyProblem}`);
  const partyIds = (article.parties as Party[]).map((party) => party.id);

  if (root.unresolved !== undefined) {
    if (!Array.isArray(root.unresolved)) fail('unresolved', 'is not an array');
    if (root.unresolved.length > 0) {
      fail(
        'unresolved',
        `lists ${root.unresolved.length} place(s) the draft could not resolve: give each a geometry and sources in places, then empty the list`,
      );
    }
  }
  if (!Array.isArray(root.places)) fail('places', 'is not an array');
  root.places.forEach((value: unknown, i: number) => checkPlace(value, `places[${i}]`, partyIds));
  return json as PlaceSourceFile;
}

const PLACE_KEYS = new Set([
  'id',
  'geometry',
  'kind',
  'name',
  ...OPTIONAL_STRINGS,
  'aliases',
  'claimed_by',
  'claims',
  'passages',
  'sources',
]);

function checkPlace(value: unknown, path: string, partyIds: readonly string[]): void {
  const place = record(value, path);
  // A misspelt key would otherwise ship silently as an extra property.
  for (const key of Object.keys(place)) {
    if (PLACE_KEYS.has(key)) continue;
    if (NAME_KEY.test(key) || LABEL_KEY.test(key)) string(place[key], `${path}.${key}`);
    else fail(`${path}.${key}`, 'is not a known place key');
  }
  string(place.id, `${path}.id`);
  if (!PLACE_KINDS.includes(place.kind as PlaceProperties['kind'])) {
    fail(`${path}.kind`, `is not one of ${PLACE_KINDS.join(', ')}`);
  }
  string(place.name, `${path}.name`);
  for (const key of OPTIONAL_STRINGS) {
    if (place[key] !== undefined) string(place[key], `${path}.${key}`);
  }
  const partyProblem = partyReferenceProblem(place, partyIds);
  if (partyProblem !== null) fail(`${path} (id "${String(place.id)}")`, partyProblem);
  if (place.geometry === undefined) fail(`${path}.geometry`, 'is missing: every place needs one');
  for (const key of ['aliases', 'claimed_by'] as const) {
    if (place[key] === undefined) continue;
    if (!Array.isArray(place[key])) fail(`${path}.${key}`, 'is not an array');
    place[key].forEach((item: unknown, j: number) => string(item, `${path}.${key}[${j}]`));
  }
  if (!Array.isArray(place.passages)) fail(`${path}.passages`, 'is not an array');
  place.passages.forEach((item: unknown, j: number) => {
    const passage = record(item, `${path}.passages[${j}]`);
    const n = passage.paragraph;
    if (!Number.isInteger(n) || (n as number) < 1) {
      fail(`${path}.passages[${j}].paragraph`, 'is not a positive integer');
    }
    string(passage.text, `${path}.passages[${j}].text`);
  });
  const sources = record(place.sources, `${path}.sources`);
  for (const [key, source] of Object.entries(sources)) string(source, `${path}.sources.${key}`);
  checkRecipe(place.geometry, `${path}.geometry`);
}

function checkRecipe(value: unknown, path: string): void {
  const recipe = record(value, path);
  switch (recipe.type) {
    case 'geonames-point':
      if (!Number.isInteger(recipe.geonameid)) fail(`${path}.geonameid`, 'is not an integer');
      lonLat(recipe.coordinates, `${path}.coordinates`);
      return;
    case 'land-polygon':
      lonLat(recipe.containing, `${path}.containing`);
      string(recipe.reference, `${path}.reference`);
      return;
    case 'disputed-area':
      string(recipe.file, `${path}.file`);
      string(recipe.feature, `${path}.feature`);
      return;
    case 'natural-earth-areas':
      string(recipe.file, `${path}.file`);
      if (
        !Array.isArray(recipe.ne_ids) ||
        recipe.ne_ids.length === 0 ||
        !recipe.ne_ids.every((id) => Number.isInteger(id))
      ) {
        fail(`${path}.ne_ids`, 'is not a non-empty array of integers');
      }
      return;
    case 'country':
      if (typeof recipe.iso_numeric !== 'string' || !/^\d{3}$/.test(recipe.iso_numeric)) {
        fail(`${path}.iso_numeric`, 'is not a three-digit ISO 3166-1 numeric code');
      }
      return;
    default:
      fail(
        `${path}.type`,
        'is not geonames-point, land-polygon, disputed-area, natural-earth-areas or country',
      );
  }
}

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(path, 'is not an object');
  }
  return value as Record<string, unknown>;
}

function string(value: unknown, path: string): void {
  if (typeof value !== 'string' || value.trim() === '') fail(path, 'is not a non-empty string');
}

function lonLat(value: unknown, path: string): void {
  const ok =
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    Math.abs(value[0] as number) <= 180 &&
    Math.abs(value[1] as number) <= 90;
  if (!ok) fail(path, 'is not [longitude, latitude]');
}

function fail(path: string, problem: string): never {
  throw new Error(`places.source.json: ${path} ${problem}`);
}
