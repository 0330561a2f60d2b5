/**
 * `npm run previews [-- --article SLUG]`: the link-preview pictures of the site's pages
 * (issue 12), drawn by `npm run image` (the page's own painter) at 1200×630, the size
 * Open Graph and Twitter cards show: `public/previews/<slug>.png` (the whole article) and
 * `public/previews/<slug>/<place>.png` (centred on the place, labelled). They are committed,
 * as public/og-image.png was, so `npm run build` needs no browser; run this after changing
 * an article's places or the painter. Needs Chromium (Debian's, or CHROMIUM_PATH).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlaceCollection } from '../src/core/article/places';
import { SLUG } from '../src/core/site/site-path';
import { listArticles, parseBuildArgs, runBuild } from './article-folders';

const USAGE = `Usage: npm run previews [-- --article SLUG]

Draws the link-preview pictures (1200×630 PNG) of every article and each of its places
into public/previews/, with \`npm run image\`. Needs Chromium.
`;

const root = join(import.meta.dirname, '..');

function image(args: string[]): void {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts', 'image.ts'), ...args],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`npm run image -- ${args.join(' ')} failed`);
}

runBuild(USAGE, () => {
  const command = parseBuildArgs(process.argv.slice(2), listArticles(root));
  if (command === 'help') return void process.stdout.write(USAGE);
  for (const slug of command.articles) {
    const folder = join(root, 'geodata', slug);
    const { collection } = readPlaceCollection(
      JSON.parse(readFileSync(join(folder, 'places.geojson'), 'utf8')),
    );
    if (!collection) throw new Error(`geodata/${slug}/places.geojson is not usable`);
    const out = join(root, 'public', 'previews');
    mkdirSync(join(out, slug), { recursive: true });
    const size = ['--width', '1200', '--height', '630', '--article', folder];
    image([...size, '--out', join(out, `${slug}.png`)]);
    for (const place of collection.features) {
      if (!SLUG.test(place.id)) continue;
      image([...size, '--place', place.id, '--out', join(out, slug, `${place.id}.png`)]);
    }
    process.stdout.write(`previews: ${slug} (${collection.features.length + 1} pictures)\n`);
  }
});
