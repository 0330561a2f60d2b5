/**
 * `npm run build` runs this after `vite build`: the site's static pages (issue 12).
 * - `dist/<slug>/index.html`: an article's map, with its own title, description,
 *   canonical address and preview image for crawlers;
 * - `dist/<slug>/<place>/index.html`: the same map opened on a place, with the place's
 *   title, every side's name, a passage and the place's picture;
 * - `dist/index.html`: the home page, the articles newest first (old `/#…` links go on to
 *   the first article's page through public/home.js).
 * Each page is the built app's index.html with its head replaced (src/core/site/). The
 * pictures are public/previews/, made by `npm run previews` and committed.
 *
 * Addresses in the pages are relative (the site works under any path) unless SITE_URL
 * names the site's absolute address (`SITE_URL=https://example.org/maps/ npm run build`),
 * which crawlers prefer for canonical and image addresses.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_SIDES } from '../src/core/article/naming';
import { partiesOf, readPlaceCollection, type PlaceCollection } from '../src/core/article/places';
import { claimLinesForImage } from '../src/core/render/claim-lines-for-image';
import { paintFirstViews, type FirstViewInput } from '../src/core/render/first-view';
import { estimateTextWidth } from '../src/core/render/text-width';
import { CONTENT_SECURITY_POLICY } from '../vite.config';
import {
  articlePageMeta,
  placeLabel,
  placePageMeta,
  sourceLine,
  type PageMeta,
} from '../src/core/site/page-meta';
import { legendKeys } from '../src/core/views/legend-keys';
import { pageViews } from '../src/core/views/page-views';
import { createTranslator } from '../src/core/i18n/create-translator';
import { ENGLISH } from '../src/core/i18n/languages';
import { renderHtml } from '../src/core/markup/render-html';
import {
  fillElements,
  showLegendItems,
  renderAppPage,
  renderHomePage,
  type HomeEntry,
  type SiteOptions,
} from '../src/core/site/page-html';
import { homeWordsByLanguage } from '../src/core/site/home-words';
import { articlePath, FIRST_ARTICLE, placePath, SLUG } from '../src/core/site/site-path';
import { basemapLevels, readClaims } from './map-inputs';

const USAGE = `Usage: npm run build   (vite build, then this script)
       npx tsx scripts/build-site.ts [--dist DIR]

Writes the site's static pages into dist/: one per article, one per place, and the home
page. The build works under any path as it is; set SITE_URL to the site's absolute address
(e.g. SITE_URL=https://example.org/maps/) for absolute canonical and preview addresses.
`;

class UsageError extends Error {}

interface Article {
  slug: string;
  collection: PlaceCollection;
}

function readArticles(dist: string): Article[] {
  const folder = join(dist, 'geodata');
  const slugs = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && SLUG.test(entry.name))
    .map((entry) => entry.name);
  return slugs.map((slug) => {
    const file = join(folder, slug, 'places.geojson');
    const { collection, problems } = readPlaceCollection(JSON.parse(readFileSync(file, 'utf8')));
    if (!collection || problems.length > 0) {
      throw new UsageError(`${file} is not a usable article: ${problems.join(' ')}`);
    }
    return { slug, collection };
  });
}

/** Newest first; the same date by title, so the order never depends on the file system. */
function newestFirst(a: Article, b: Article): number {
  const { date: da, title: ta } = a.collection.article;
  const { date: db, title: tb } = b.collection.article;
  return db.localeCompare(da) || ta.localeCompare(tb);
}

function write(dist: string, path: string, html: string): void {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(join(dist, path, 'index.html'), html);
}

function preview(dist: string, path: string): string | null {
  return existsSync(join(dist, path)) ? path : null;
}

/** The built 1:110m world (create-map.ts's first level), by its content-hashed name. */
function firstViewAssets(dist: string): string[] {
  const world = readdirSync(join(dist, 'assets')).find((name) =>
    /^countries-110m-[\w-]+\.json$/.test(name),
  );
  return world ? [`assets/${world}`] : [];
}

/** What the painter needs of an article folder in dist/ for its first view. */
function firstViewInput(folder: string, collection: PlaceCollection): FirstViewInput {
  const parties = partiesOf(collection.article);
  return {
    collection,
    basemapFor: (zoom) => basemapLevels(zoom, folder).levels,
    claimLines: claimLinesForImage(readClaims(folder), parties, ALL_SIDES),
    measureText: estimateTextWidth,
  };
}

function writeArticle(dist: string, template: string, article: Article, options: SiteOptions) {
  const { slug, collection } = article;
  const pages: PageMeta[] = [
    articlePageMeta(slug, collection, preview(dist, `previews/${slug}.png`)),
  ];
  for (const place of collection.features) {
    if (!SLUG.test(place.id)) continue; // Reached through its article's page and the hash.
    const image = preview(dist, `previews/${slug}/${place.id}.png`);
    pages.push(placePageMeta(slug, collection, place, image));
  }
  // What the first view fetches at once: the places and the article's text; on a place's page,
  // which starts with the live map, the world basemap too. The article's page starts with its
  // painted picture, and the live map (and its basemap) comes when the reader reaches for it.
  const articleData = [
    `geodata/${slug}/places.geojson`,
    `geodata/${slug}/${collection.article.text}`,
  ];
  const preloadFor = (painted: boolean): string[] =>
    painted ? articleData : [...articleData, ...firstViewAssets(dist)];
  // The article's overview painted into its page; a place's page opens on the place instead.
  const folder = join(dist, 'geodata', slug);
  const firstView = paintFirstViews(firstViewInput(folder, collection));
  // The toolbar, the Places list and table, the Article as the app first draws them in
  // English (core/views/), and the key's items for what the map draws, so the page does not
  // move when the script takes them over.
  const text = readFileSync(join(folder, collection.article.text), 'utf8');
  const views = Object.entries(pageViews(createTranslator(ENGLISH), collection, text));
  const fills = Object.fromEntries(views.map(([id, markup]) => [id, renderHtml(markup)]));
  const legend = legendKeys(collection);
  if (readClaims(folder).length > 0) legend.add('claim');
  for (const [i, meta] of pages.entries()) {
    const heading = { title: collection.article.title, byline: sourceLine(collection) };
    const painted = i === 0 ? firstView : '';
    const page = renderAppPage(
      template,
      meta,
      options,
      preloadFor(painted !== ''),
      heading,
      painted,
    );
    write(dist, meta.path, showLegendItems(fillElements(page, fills), legend));
  }
  return pages.length;
}

function writeHome(dist: string, template: string, articles: Article[], options: SiteOptions) {
  const stylesheet = /<link rel="stylesheet"[^>]*href="(?:\.\/)?([^"]+)"/.exec(template)?.[1];
  if (!stylesheet) throw new UsageError('the built index.html links no stylesheet');
  const sorted = [...articles].sort(newestFirst);
  const entries: HomeEntry[] = sorted.map(({ slug, collection }) => ({
    path: articlePath(slug),
    title: collection.article.title,
    source: sourceLine(collection),
    places: collection.features.map((place) => ({
      label: placeLabel(collection, place),
      path: placePath(slug, place.id),
    })),
    image: preview(dist, `previews/${slug}.png`),
  }));
  const words = homeWordsByLanguage(sorted.length);
  const meta: PageMeta = {
    title: words.en.title,
    description: words.en.description,
    path: '',
    image: entries[0]?.image ?? null,
    imageAlt: entries[0] ? `Map of the places in “${entries[0].title}”` : '',
  };
  const assets = {
    stylesheet,
    script: 'home.js',
    icon: 'favicon.svg',
    csp: CONTENT_SECURITY_POLICY,
  };
  // Old links go to the first article while it is published, else to the newest.
  const first = articles.some((a) => a.slug === FIRST_ARTICLE)
    ? FIRST_ARTICLE
    : (sorted[0]?.slug ?? '');
  write(dist, '', renderHomePage(entries, meta, assets, first, options, words));
}

function main(args: string[]): void {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { dist: { type: 'string', default: 'dist' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return void process.stdout.write(USAGE);
  const dist = values.dist;
  const siteUrl = process.env.SITE_URL?.trim() || null;
  if (siteUrl !== null && !/^https?:\/\/[^\s"<>]+\/$/.test(siteUrl)) {
    throw new UsageError(
      `SITE_URL must be an http(s) address ending in '/', not ${JSON.stringify(siteUrl)}`,
    );
  }
  const template = readFileSync(join(dist, 'index.html'), 'utf8');
  if (template.includes('data-default-article=')) {
    throw new UsageError(`${dist}/index.html is already the home page: run \`npm run build\``);
  }
  const articles = readArticles(dist);
  if (articles.length === 0) throw new UsageError(`no article in ${dist}/geodata/`);
  const options = { siteUrl };
  let pages = 0;
  for (const article of articles) pages += writeArticle(dist, template, article, options);
  writeHome(dist, template, articles, options);
  process.stdout.write(
    `build-site: ${pages} article and place pages and the home page in ${dist}/\n`,
  );
}

try {
  main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message.split('\n', 1)[0] : String(error);
  process.stderr.write(`build-site: ${message}\n\n${USAGE}`);
  process.exitCode = 2;
}
