/**
 * The pure part of `npm run build:places`: from an article folder's hand-kept source, its
 * article and the geometry sources to the exact text of `geodata/<slug>/places.geojson`.
 *
 * No file access here (scripts/load-build-inputs.ts reads the files), so tests can run
 * it and compare with the committed file byte for byte.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { splitParagraphs, locatePassage } from '../src/core/article/article';
import { allSidesLabel } from '../src/core/article/name-order';
import { pickPolygonContaining } from '../src/core/geometry/pick-polygon-containing';
import type {
  ArticleMeta,
  PlaceCollection,
  PlaceFeature,
  PlaceProperties,
} from '../src/core/article/places';
import { rewind } from '../src/core/export/rewind';
import { roundGeometry } from '../src/core/export/round-geometry';
import type { GeometryRecipe, PlaceSource, PlaceSourceFile } from './place-source';

export interface BuildInputs {
  /** Parsed and checked `geodata/<slug>/places.source.json`. */
  source: PlaceSourceFile;
  /** Text of `geodata/<slug>/article.txt`. */
  articleText: string;
  /** world-atlas `land-10m.json` (Natural Earth 1:10m land). */
  land: Topology;
  /** world-atlas `countries-50m.json` (Natural Earth 1:50m countries); only for `country` recipes. */
  countries?: Topology;
  /** world-atlas's version, named in the geometry sources. */
  landVersion: string;
  /** Parsed files of geodata/<slug>/sources/, by file name. */
  sourceFiles: Readonly<Record<string, FeatureCollection>>;
}

// Property order in the output: identity, names (`name:*` then `label:*`, each in the
// source's order), politics, article, sources.
const HEAD_ORDER: readonly string[] = ['kind', 'name', 'name:en'];
const TAIL_ORDER: readonly string[] = [
  'aliases',
  'administered_by',
  'claimed_by',
  'claims',
  'passages',
  'sources',
];
const ARTICLE_ORDER: readonly (keyof ArticleMeta)[] = [
  'title',
  'source',
  'url',
  'date',
  'text',
  'note',
  'licence',
  'parties',
];

// Facts that do not come from the article and so must name a source (a claim carries its own).
function isSourcedFact(key: string): boolean {
  return /^(name|label):/.test(key) || key === 'administered_by' || key === 'claimed_by';
}

/**
 * Builds the text of `geodata/<slug>/places.geojson`: one FeatureCollection with the article
 * as foreign member `article`, one Feature per place in source order, each with `id`,
 * properties in a fixed key order and a geometry made by its recipe (GeoNames point,
 * Natural Earth land polygon containing a reference point, or the disputed-area
 * feature), rounded to 6 decimals and wound per RFC 7946. Adds `sources.geometry`.
 * Two-space JSON with a final newline, so the same inputs give the same bytes.
 *
 * Throws if a passage is not an exact substring of its paragraph, an id repeats, a
 * sourced fact lacks a source, or a recipe finds no geometry. Does not read files.
 */
export function buildPlacesFile(inputs: BuildInputs): string {
  const paragraphs = splitParagraphs(inputs.articleText);
  const landGeometry = decodeLand(inputs.land);
  const seen = new Set<string>();

  const features = inputs.source.places.map((place): PlaceFeature => {
    if (seen.has(place.id)) throw new Error(`duplicate place id "${place.id}"`);
    seen.add(place.id);
    checkPlace(place, paragraphs, inputs.source.article.parties);
    const { id, geometry: recipe, ...properties } = place;
    const { geometry, source } = makeGeometry(recipe, landGeometry, inputs);
    return {
      type: 'Feature',
      id,
      properties: orderProperties({
        ...properties,
        sources: { ...place.sources, geometry: source },
      }),
      geometry: roundGeometry(rewind(geometry), 6),
    };
  });

  const collection: PlaceCollection = {
    type: 'FeatureCollection',
    article: pick(inputs.source.article, ARTICLE_ORDER),
    features,
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

function checkPlace(
  place: PlaceSource,
  paragraphs: readonly string[],
  parties: PlaceSourceFile['article']['parties'],
): void {
  // The stated name-order rule (core/article/name-order.ts): a neutral name made of the
  // parties' labels lists them administrator first, then in the order of `parties`.
  const ordered = allSidesLabel(place, parties);
  if (ordered !== place.name && place.name.includes(' / ')) {
    throw new Error(
      `${place.id}: name "${place.name}" does not follow the name order; it would be "${ordered}"`,
    );
  }
  for (const passage of place.passages) {
    if (locatePassage(paragraphs, passage) === null) {
      throw new Error(
        `${place.id}: passage is not in paragraph ${passage.paragraph}: "${passage.text}"`,
      );
    }
  }
  for (const key of Object.keys(place)) {
    if (isSourcedFact(key) && place.sources[key] === undefined) {
      throw new Error(`${place.id}: "${key}" has no entry in sources`);
    }
  }
}

function decodeLand(land: Topology): MultiPolygon {
  const object = land.objects.land;
  if (object === undefined) throw new Error('land topology has no "land" object');
  const decoded = feature(land, object);
  const geometries =
    'features' in decoded ? decoded.features.map((f) => f.geometry) : [decoded.geometry];
  // world-atlas ships land as one MultiPolygon; merge whatever shape it comes in.
  const coordinates = geometries.flatMap((g) =>
    g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [],
  );
  return { type: 'MultiPolygon', coordinates };
}

function makeGeometry(
  recipe: GeometryRecipe,
  land: MultiPolygon,
  inputs: BuildInputs,
): { geometry: Geometry; source: string } {
  switch (recipe.type) {
    case 'geonames-point':
      return {
        geometry: { type: 'Point', coordinates: recipe.coordinates },
        source: `https://www.geonames.org/${recipe.geonameid}`,
      };
    case 'land-polygon': {
      const polygon = pickPolygonContaining(land, recipe.containing);
      if (polygon === null) {
        throw new Error(`no land polygon contains ${JSON.stringify(recipe.containing)}`);
      }
      const [lon, lat] = recipe.containing;
      return {
        geometry: polygon,
        source:
          `Natural Earth 1:10m land (public domain), via world-atlas ${inputs.landVersion} ` +
          `land-10m.json: the polygon containing ${lon}, ${lat} (${recipe.reference})`,
      };
    }
    case 'disputed-area': {
      const file = inputs.sourceFiles[recipe.file];
      if (file === undefined) throw new Error(`geodata/sources/${recipe.file} was not loaded`);
      const found = file.features.find((f) => f.id === recipe.feature);
      const geometry = found?.geometry;
      if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') {
        throw new Error(`${recipe.file}: no (multi)polygon feature "${recipe.feature}"`);
      }
      return { geometry, source: describeDisputed(recipe.file, found) };
    }
    case 'natural-earth-areas': {
      const file = inputs.sourceFiles[recipe.file];
      if (file === undefined) throw new Error(`sources/${recipe.file} was not loaded`);
      const polygons: Position[][][] = [];
      const names: string[] = [];
      for (const neId of recipe.ne_ids) {
        const found = file.features.find((f) => f.properties?.NE_ID === neId);
        const g = found?.geometry;
        if (g?.type === 'Polygon') polygons.push(g.coordinates);
        else if (g?.type === 'MultiPolygon') polygons.push(...g.coordinates);
        else throw new Error(`${recipe.file}: no (multi)polygon with NE_ID ${neId}`);
        names.push(`${String(found?.properties?.BRK_NAME)} (NE_ID ${neId})`);
      }
      return {
        geometry: { type: 'MultiPolygon', coordinates: polygons },
        source:
          'Natural Earth 1:10m admin_0_disputed_areas (public domain), ' +
          `sources/${recipe.file}: ${names.join(', ')}`,
      };
    }
    case 'country': {
      const countries = inputs.countries;
      const object = countries?.objects.countries;
      if (countries === undefined || object === undefined) {
        throw new Error('world-atlas countries-50m.json was not loaded');
      }
      const decoded = feature(countries, object);
      const all = 'features' in decoded ? decoded.features : [decoded];
      const found = all.find((f) => String(f.id) === recipe.iso_numeric);
      const g = found?.geometry;
      if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon') {
        throw new Error(`world-atlas countries-50m has no country ${recipe.iso_numeric}`);
      }
      return {
        geometry: g,
        source:
          `Natural Earth 1:50m admin-0 countries (public domain, de facto outlines), via ` +
          `world-atlas ${inputs.landVersion} countries-50m.json, id ${recipe.iso_numeric} ` +
          `(${String(found?.properties?.name)})`,
      };
    }
  }
}

function describeDisputed(file: string, found: Feature | undefined): string {
  const origin = found?.properties?.source;
  return `${typeof origin === 'string' ? origin : 'Natural Earth'} (public domain), geodata/sources/${file}`;
}

function orderProperties(properties: PlaceProperties): PlaceProperties {
  const keys = Object.keys(properties);
  const order = [
    ...HEAD_ORDER,
    ...keys.filter((key) => key.startsWith('name:') && !HEAD_ORDER.includes(key)),
    ...keys.filter((key) => key.startsWith('label:')),
    ...TAIL_ORDER,
  ];
  const ordered = pick(properties, order as (keyof PlaceProperties)[]);
  const sourceOrder = [...order, 'claims', 'geometry'];
  const rank = (key: string): number => {
    const i = sourceOrder.indexOf(key);
    return i < 0 ? sourceOrder.length : i;
  };
  const sourceKeys = Object.keys(properties.sources).sort(
    (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  ordered.sources = Object.fromEntries(
    sourceKeys.map((key) => [key, properties.sources[key] ?? '']),
  );
  return ordered;
}

/** A copy of `object` with the keys of `order` first, in that order, then any others sorted. */
function pick<T extends object>(object: T, order: readonly (keyof T)[]): T {
  const rest = Object.keys(object)
    .filter((key) => !order.includes(key as keyof T))
    .sort();
  const keys = [...order.map(String), ...rest].filter(
    (key) => (object as Record<string, unknown>)[key] !== undefined,
  );
  return Object.fromEntries(
    keys.map((key) => [key, (object as Record<string, unknown>)[key]]),
  ) as T;
}
