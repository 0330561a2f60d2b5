/**
 * Reads everything `buildPlacesFile` needs for one article folder, `geodata/<slug>/`: the
 * hand-kept source, the article, world-atlas's Natural Earth land and countries, and the
 * files in its sources/.
 *
 * Reads only inside the project (and its node_modules), never ../shared: the
 * project must rebuild from what it ships.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { BuildInputs } from './build-places-file';
import { parsePlaceSource } from './place-source';

/**
 * Loads the build inputs of article `slug` relative to the project root `root`. Throws if
 * a file is missing or `places.source.json` is malformed (naming the folder); does not
 * check the geometry files beyond parsing them as JSON.
 */
export function loadBuildInputs(root: string, slug: string): BuildInputs {
  const folder = join(root, 'geodata', slug);
  const require = createRequire(join(root, 'package.json'));
  const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

  const { version } = readJson(require.resolve('world-atlas/package.json')) as { version: string };
  const sourcesDir = join(folder, 'sources');
  const sourceFiles = Object.fromEntries(
    readdirSync(sourcesDir)
      .filter((name) => name.endsWith('.geojson'))
      .map((name) => [name, readJson(join(sourcesDir, name)) as FeatureCollection]),
  );
  let source;
  try {
    source = parsePlaceSource(readJson(join(folder, 'places.source.json')));
  } catch (error) {
    throw new Error(`geodata/${slug}/${error instanceof Error ? error.message : String(error)}`);
  }
  const needsCountries = source.places.some((place) => place.geometry.type === 'country');
  return {
    source,
    articleText: readFileSync(join(folder, source.article.text), 'utf8'),
    land: readJson(require.resolve('world-atlas/land-10m.json')) as Topology,
    ...(needsCountries
      ? { countries: readJson(require.resolve('world-atlas/countries-50m.json')) as Topology }
      : {}),
    landVersion: version,
    sourceFiles,
  };
}
