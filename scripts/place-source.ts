/**
 * The hand-kept source of the places, `geodata/places.source.json`, as types, and the
 * check that turns its parsed JSON into them.
 *
 * Each place is its properties (as they will appear in `places.geojson`, minus the
 * derived `sources.geometry`) plus its `id` and a `geometry` recipe saying where the
 * shape comes from. See geodata/README.md.
 */
import type { Position } from 'geojson';
import type { ArticleMeta, PlaceKind, PlaceProperties } from '../src/core/article/places';

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

export type GeometryRecipe = GeonamesPointRecipe | LandPolygonRecipe | DisputedAreaRecipe;

export type PlaceSource = { id: string; geometry: GeometryRecipe } & PlaceProperties;

export interface PlaceSourceFile {
  article: ArticleMeta;
  places: PlaceSource[];
}

const KINDS: readonly PlaceKind[] = ['city', 'island', 'island-group'];
const OPTIONAL_STRINGS = [
  'name:ru',
  'name:ru-Latn',
  'name:ja',
  'name:ja-Latn',
  'label:ru',
  'label:ja',
  'administered_by',
] as const;

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
  for (const key of ['url', 'note'] as const) {
    if (article[key] !== undefined) string(article[key], `article.${key}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(article.date))) fail('article.date', 'is not YYYY-MM-DD');

  if (!Array.isArray(root.places)) fail('places', 'is not an array');
  root.places.forEach((value: unknown, i: number) => checkPlace(value, `places[${i}]`));
  return json as PlaceSourceFile;
}

const PLACE_KEYS = new Set([
  'id',
  'geometry',
  'kind',
  'name',
  'name:en',
  ...OPTIONAL_STRINGS,
  'aliases',
  'claimed_by',
  'passages',
  'sources',
]);

function checkPlace(value: unknown, path: string): void {
  const place = record(value, path);
  // A misspelt key would otherwise ship silently as an extra property.
  for (const key of Object.keys(place)) {
    if (!PLACE_KEYS.has(key)) fail(`${path}.${key}`, 'is not a known place key');
  }
  string(place.id, `${path}.id`);
  if (!KINDS.includes(place.kind as PlaceKind)) fail(`${path}.kind`, `is not one of ${KINDS}`);
  string(place.name, `${path}.name`);
  string(place['name:en'], `${path}.name:en`);
  for (const key of OPTIONAL_STRINGS) {
    if (place[key] !== undefined) string(place[key], `${path}.${key}`);
  }
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
    default:
      fail(`${path}.type`, 'is not geonames-point, land-polygon or disputed-area');
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
