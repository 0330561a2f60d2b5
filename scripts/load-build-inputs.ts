/**
 * Reads everything `buildPlacesFile` needs from the project: the hand-kept source, the
 * article, world-atlas's Natural Earth land and the files in geodata/sources/.
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
 * Loads the build inputs relative to the project root `root`. Throws if a file is
 * missing or `places.source.json` is malformed; does not check the geometry files
 * beyond parsing them as JSON.
 */
export function loadBuildInputs(root: string): BuildInputs {
  const geodata = join(root, 'geodata');
  const require = createRequire(join(root, 'package.json'));
  const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

  const landPath = require.resolve('world-atlas/land-10m.json');
  const { version } = readJson(require.resolve('world-atlas/package.json')) as { version: string };
  const sourcesDir = join(geodata, 'sources');
  const sourceFiles = Object.fromEntries(
    readdirSync(sourcesDir)
      .filter((name) => name.endsWith('.geojson'))
      .map((name) => [name, readJson(join(sourcesDir, name)) as FeatureCollection]),
  );

  return {
    source: parsePlaceSource(readJson(join(geodata, 'places.source.json'))),
    articleText: readFileSync(join(geodata, 'article.txt'), 'utf8'),
    land: readJson(landPath) as Topology,
    landVersion: version,
    sourceFiles,
  };
}
