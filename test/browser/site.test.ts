/**
 * The site (issue 12): the home page lists the articles and opens each; an article's page
 * and a place's page show that article, that place and its view; their static HTML, read
 * as a crawler reads it (no scripts), carries the page's own title, description, canonical
 * address and picture; the site works under a sub-path; old `/#…` links still open the
 * first article; "Copy link" gives the place's page.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { PlaceCollection } from '../../src/core/article/places';
import {
  articlePageMeta,
  placeLabel,
  placePageMeta,
  type PageMeta,
} from '../../src/core/site/page-meta';
import { homeWords } from '../../src/core/site/home-words';
import { useChromium, waitForLiveMap } from './chromium';
import { axeViolations } from './axe';

const siteUrl = inject('siteUrl');
const ARTICLES = ['kashmir-2019', 'kurils-2019'] as const;
const read = (slug: string) =>
  JSON.parse(readFileSync(`geodata/${slug}/places.geojson`, 'utf8')) as PlaceCollection;

// Views once they are there, not flights (map, history and races test those): the map jumps.
const chromium = useChromium({}, { reducedMotion: true });

async function open(base: string, path: string): Promise<Page> {
  return (await chromium.open(base, { path })).page;
}

/** The page's head as a crawler sees it: the HTML as served, no script run. */
async function headOf(url: string): Promise<Record<string, string | null>> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  const html = await response.text();
  const tag = (pattern: RegExp) => pattern.exec(html)?.[1] ?? null;
  const unescape = (text: string | null) =>
    text
      ?.replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&') ?? null;
  return {
    title: unescape(tag(/<title>([^<]*)<\/title>/)),
    description: unescape(tag(/<meta name="description" content="([^"]*)"/)),
    canonical: tag(/<link rel="canonical" href="([^"]*)"/),
    ogTitle: unescape(tag(/<meta property="og:title" content="([^"]*)"/)),
    ogImage: tag(/<meta property="og:image" content="([^"]*)"/),
  };
}

async function expectHead(url: string, meta: PageMeta): Promise<void> {
  const head = await headOf(url);
  expect(head.title).toBe(meta.title);
  expect(head.ogTitle).toBe(meta.title);
  expect(head.description).toBe(meta.description);
  expect(new URL(head.canonical!, url).href).toBe(url);
  expect(meta.image).not.toBeNull();
  const image = await fetch(new URL(head.ogImage!, url));
  expect(image.headers.get('content-type')).toMatch(/image\/png/);
  const bytes = new Uint8Array(await image.arrayBuffer());
  // PNG signature, then the IHDR's width and height: 1200×630, the size cards show.
  expect([...bytes.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  const view = new DataView(bytes.buffer);
  expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
}

describe('the home page', () => {
  it("says its own words in the browser's language; titles and places stay as written", async () => {
    for (const [locale, lang] of [
      ['ru-RU', 'ru'],
      ['ja-JP', 'ja'],
    ] as const) {
      const context = await chromium.browser().newContext({ locale });
      const page = await context.newPage();
      await page.goto(siteUrl);
      const words = homeWords(lang, ARTICLES.length);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await expect(page.title()).resolves.toBe(words.title);
      await expect(page.locator('h1').innerText()).resolves.toBe(words.title);
      await expect(page.locator('.masthead .byline').innerText()).resolves.toBe(words.description);
      await expect(page.getByRole('list', { name: words.places }).count()).resolves.toBe(
        ARTICLES.length,
      );
      await expect(page.locator('.home-entry h2').first().innerText()).resolves.toMatch(/\w/);
      await context.close();
    }
  });

  it('lists the articles newest first, each with its places, and opens each map', async () => {
    const context = await chromium.browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(siteUrl);
    const entries = page.locator('.home-entry');
    const expected = ARTICLES.map((slug) => ({ slug, collection: read(slug) })).sort((a, b) =>
      b.collection.article.date.localeCompare(a.collection.article.date),
    );
    await expect(entries.locator('h2').allInnerTexts()).resolves.toEqual(
      expected.map((e) => e.collection.article.title),
    );
    for (const [i, { slug, collection }] of expected.entries()) {
      await expect(entries.nth(i).getByRole('listitem').allInnerTexts()).resolves.toEqual(
        collection.features.map((f) => placeLabel(collection, f)),
      );
      // Each place links to its own page.
      await expect(
        entries
          .nth(i)
          .getByRole('listitem')
          .getByRole('link')
          .evaluateAll((links) =>
            links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
          ),
      ).resolves.toEqual(collection.features.map((f) => `/${slug}/${f.id}/`));
    }
    expect(await axeViolations(page)).toEqual([]);
    for (const { collection } of expected) {
      await page.goto(siteUrl);
      await page.getByRole('link', { name: collection.article.title }).click();
      await waitForLiveMap(page);
      await expect(page.locator('#article-title').innerText()).resolves.toBe(
        collection.article.title,
      );
    }
    await context.close();
  });

  it('sends an old /#… link to the first article with the same hash', async () => {
    const hash = '#map=7/44.9/147.6&place=iturup&names=ja';
    const context = await chromium.browser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // Where the page lands, as the redirect writes it: the app may refine the view afterwards
    // (a popup with too little room above its place pans the map), so read the arrival.
    const arrivals: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) arrivals.push(frame.url());
    });
    await page.goto(siteUrl + hash);
    await waitForLiveMap(page);
    const arrived = arrivals.map((u) => new URL(u)).find((u) => u.pathname === '/kurils-2019/');
    expect(arrived?.hash).toBe(hash);
    await page.locator('article.popup[data-place="iturup"]').waitFor();
    await expect(page.evaluate(() => location.hash)).resolves.toContain('names=ja');
    await context.close();
  });
});

describe('article and place pages', () => {
  for (const slug of ARTICLES) {
    const collection = read(slug);
    it(`${slug}: each page shows its article and place, and its head is its own`, async () => {
      await expectHead(
        `${siteUrl}${slug}/`,
        articlePageMeta(slug, collection, `previews/${slug}.png`),
      );
      const page = await open(siteUrl, `${slug}/`);
      await expect(page.locator('#article-title').innerText()).resolves.toBe(
        collection.article.title,
      );
      await expect(page.locator('article.popup').count()).resolves.toBe(0);
      for (const place of collection.features) {
        const url = `${siteUrl}${slug}/${place.id}/`;
        await expectHead(
          url,
          placePageMeta(slug, collection, place, `previews/${slug}/${place.id}.png`),
        );
      }
      // One place page in the browser: its place opens, framed, as a link's would.
      const place = collection.features.at(-1)!;
      const placePage = await open(siteUrl, `${slug}/${place.id}/`);
      await placePage.locator(`article.popup[data-place="${place.id}"]`).waitFor();
      await expect(placePage.title()).resolves.toContain(placeLabel(collection, place));
    });
  }

  it('copies the place page, with the hash that restores the view, as the link', async () => {
    const page = await open(siteUrl, 'kurils-2019/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page
      .getByRole('list', { name: 'Places' })
      .getByRole('button', { name: /Iturup/ })
      .click();
    await page.locator('article.popup[data-place="iturup"]').waitFor();
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    expect(url.pathname).toBe('/kurils-2019/iturup/');
    expect(url.hash).toContain('place=iturup');
    const again = await open(siteUrl, `kurils-2019/iturup/${url.hash}`);
    await again.locator('article.popup[data-place="iturup"]').waitFor();
  });
});

describe('under a sub-path', () => {
  let server: PreviewServer | undefined;
  afterAll(async () => server?.close());

  it('works served at /maps/, pages and data', async () => {
    server = await preview({
      base: '/maps/',
      preview: { port: 0, strictPort: false, host: '127.0.0.1' },
      logLevel: 'warn',
    });
    const root = server.resolvedUrls!.local[0]!;
    expect(new URL(root).pathname).toBe('/maps/');
    const home = await (await fetch(root)).text();
    expect(home).toContain('kashmir-2019/');
    const page = await open(root, 'kashmir-2019/indian-administered-kashmir/');
    await page.locator('article.popup[data-place="indian-administered-kashmir"]').waitFor();
    await expect(page.locator('#article-title').innerText()).resolves.toBe(
      read('kashmir-2019').article.title,
    );
  });
});
