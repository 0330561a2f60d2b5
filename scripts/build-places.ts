/**
 * `npm run build:places [-- --check] [-- --article SLUG]`: rebuilds each article folder's
 * `geodata/<slug>/places.geojson` (and `claims.geojson`, when the folder has claim lines
 * in sources/) from its places.source.json, article text, world-atlas's Natural Earth
 * land and its sources/. Every folder by default, or the one `--article` names.
 *
 * `--check` writes nothing and exits 1 if a committed file differs from what the build
 * would write (for CI: the data and its sources must not drift apart). Any other
 * argument is refused with the usage, exit 2, before anything is read or written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listArticles, parseBuildArgs, runBuild } from './article-folders';
import { buildClaimsFile, CLAIM_LINES_FILE } from './build-claims-file';
import { buildPlacesFile } from './build-places-file';
import { loadBuildInputs } from './load-build-inputs';

const USAGE = `Usage: npm run build:places [-- --check] [-- --article SLUG]

Rebuilds geodata/<slug>/places.geojson and claims.geojson of every article folder,
or of the one --article names.

  --check         write nothing; exit 1 if a committed file is out of date
  --article SLUG  only this folder (geodata/SLUG/)
  -h, --help      show this help
`;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

runBuild(USAGE, () => {
  const command = parseBuildArgs(process.argv.slice(2), listArticles(root));
  if (command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  let stale = 0;
  for (const slug of command.articles) {
    const inputs = loadBuildInputs(root, slug);
    const outputs: [string, string][] = [
      [join(root, 'geodata', slug, 'places.geojson'), buildPlacesFile(inputs)],
    ];
    const lines = inputs.sourceFiles[CLAIM_LINES_FILE];
    if (lines !== undefined) {
      outputs.push([
        join(root, 'geodata', slug, 'claims.geojson'),
        buildClaimsFile(lines, inputs.source.article.parties),
      ]);
    }
    for (const [target, text] of outputs) {
      const shown = relative(process.cwd(), target) || target;
      if (command.check) {
        const committed = existsSync(target) ? readFileSync(target, 'utf8') : null;
        if (committed === text) {
          console.log(`${shown} is up to date.`);
        } else {
          stale += 1;
          console.error(
            `${shown} is ${committed === null ? 'missing' : 'out of date'}: ` +
              'run `npm run build:places` and commit the result.',
          );
        }
      } else {
        writeFileSync(target, text);
        console.log(`wrote ${shown} (${Buffer.byteLength(text)} bytes)`);
      }
    }
  }
  if (stale > 0) process.exitCode = 1;
});
