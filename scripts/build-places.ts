/**
 * `npm run build:places`: rebuilds geodata/places.geojson from geodata/places.source.json,
 * geodata/article.txt, world-atlas's Natural Earth land and geodata/sources/.
 *
 * `--check` writes nothing and exits 1 if the committed file differs from what the build
 * would write (for CI: the data and its sources must not drift apart).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlacesFile } from './build-places-file';
import { loadBuildInputs } from './load-build-inputs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'geodata', 'places.geojson');
const shown = relative(process.cwd(), target) || target;

const text = buildPlacesFile(loadBuildInputs(root));

if (process.argv.includes('--check')) {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : null;
  if (committed !== text) {
    console.error(
      `${shown} is ${committed === null ? 'missing' : 'out of date'}: ` +
        'run `npm run build:places` and commit the result.',
    );
    process.exit(1);
  }
  console.log(`${shown} is up to date.`);
} else {
  writeFileSync(target, text);
  console.log(`wrote ${shown} (${Buffer.byteLength(text)} bytes)`);
}
