/**
 * `npm run import:natural-earth -- --article SLUG [--from DIR]`: copies into
 * geodata/SLUG/sources/ the parts of Natural Earth's 1:10m disputed boundary lines and
 * disputed areas that concern the article: the features whose box meets the extent of
 * its disputed places (all its places when none is disputed), plus IMPORT_MARGIN
 * degrees, and that the article's parties class
 * differently (their `FCLASS_<pov>` values are not all the same), or that a place's
 * geometry recipe names (`ne_ids`), with only the
 * properties the build reads, and a `source` member saying where they came from. The build then reads those
 * copies only, never DIR: run this when the article's places or Natural Earth change.
 *
 * DIR (default ../shared/reference/natural-earth) holds the two GeoJSON files as the
 * nvkelso/natural-earth-vector repository has them (see its README for the commits).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Feature, FeatureCollection } from 'geojson';
import { isDisputed, type PlaceCollection } from '../src/core/article/places';
import { extentOf, extentsMeet, type Extent } from '../src/core/geometry/extent';
import { listArticles } from './article-folders';
import { CLAIM_LINES_FILE } from './build-claims-file';

/** Degrees around the places: a claim line just off the story's area still concerns it. */
const IMPORT_MARGIN = 1;
export const DISPUTED_AREAS_FILE = 'natural-earth-disputed-areas.geojson';
const LINES_IN = 'ne_10m_admin_0_boundary_lines_disputed_areas.geojson';
const AREAS_IN = 'ne_10m_admin_0_disputed_areas.geojson';
const LINE_KEYS = /^(NAME|FEATURECLA|NOTE|COMMENT|ADM0_A3_[LR]|BRK_A3|ne_id|FCLASS_[A-Z]+)$/;
const AREA_KEYS =
  /^(NE_ID|BRK_NAME|BRK_A3|NOTE_BRK|NAME_ALT|ADM0_A3|NAME_[A-Z]{2,3}|FCLASS_[A-Z]+|ADM0_A3_[A-Z]{2,3})$/;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  args: process.argv.slice(2),
  strict: true,
  options: {
    article: { type: 'string' },
    from: { type: 'string', default: join(root, '..', 'shared', 'reference', 'natural-earth') },
  },
});
const slug = values.article;
if (slug === undefined || !listArticles(root).includes(slug)) {
  console.error(`--article must be one of ${listArticles(root).join(', ')}`);
  process.exit(2);
}
const folder = join(root, 'geodata', slug);
const places = JSON.parse(readFileSync(join(folder, 'places.geojson'), 'utf8')) as PlaceCollection;
const disputed = places.features.filter((f) => isDisputed(f.properties));
const extent = extentOf(
  (disputed.length > 0 ? disputed : places.features).map((f) => f.geometry),
  IMPORT_MARGIN,
);
if (extent === null) throw new Error('no places');
const recipes = (
  JSON.parse(readFileSync(join(folder, 'places.source.json'), 'utf8')) as {
    places: { geometry: { ne_ids?: number[] } }[];
  }
).places.flatMap((place) => place.geometry.ne_ids ?? []);
const wanted = new Set<unknown>(recipes);
const povs = (places.article.parties ?? []).flatMap((party) => (party.pov ? [party.pov] : []));

function featureExtent(feature: Feature): Extent | null {
  return feature.geometry ? extentOf([feature.geometry]) : null;
}

function copy(file: string, keys: RegExp, out: string, what: string): void {
  const path = resolve(values.from, file);
  const text = readFileSync(path);
  const collection = JSON.parse(text.toString('utf8')) as FeatureCollection;
  const picked = collection.features.filter((f) => {
    const box = featureExtent(f);
    const classes = new Set(povs.map((pov) => f.properties?.[`FCLASS_${pov}`] ?? null));
    // An area a place's geometry recipe names is kept whatever its classes.
    if (wanted.has(f.properties?.NE_ID)) return true;
    return box !== null && extentsMeet(box, extent as Extent) && classes.size > 1;
  });
  const features = picked.map((f) => ({
    type: 'Feature',
    properties: Object.fromEntries(
      Object.entries(f.properties ?? {}).filter(([key]) => {
        const pov = /^(?:FCLASS|ADM0_A3)_([A-Z]{2,3})$/.exec(key)?.[1];
        // Points of view: only the parties' and ISO's (the default).
        return keys.test(key) && (pov === undefined || pov === 'ISO' || povs.includes(pov));
      }),
    ),
    geometry: f.geometry,
  }));
  const result = {
    type: 'FeatureCollection',
    source: {
      what,
      licence: 'Natural Earth, public domain (naturalearthdata.com/about/terms-of-use)',
      upstream: `https://github.com/nvkelso/natural-earth-vector/blob/master/geojson/${file}`,
      copied_from: `${file}, SHA-256 ${createHash('sha256').update(text).digest('hex')} (see the README of the reference copy for the upstream commit)`,
      selection: `features whose box meets [${(extent as Extent).join(', ')}], the extent of the disputed places in places.geojson plus ${IMPORT_MARGIN} degree(s), that the parties' points of view (${povs.join(', ')}) class differently; only the properties the build reads`,
    },
    features,
  };
  writeFileSync(join(folder, 'sources', out), `${JSON.stringify(result)}\n`);
  console.log(
    `wrote geodata/${slug}/sources/${out}: ${features.length} of ${collection.features.length} features`,
  );
}

copy(
  LINES_IN,
  LINE_KEYS,
  CLAIM_LINES_FILE,
  'Natural Earth 1:10m admin_0_boundary_lines_disputed_areas',
);
copy(AREAS_IN, AREA_KEYS, DISPUTED_AREAS_FILE, 'Natural Earth 1:10m admin_0_disputed_areas');
