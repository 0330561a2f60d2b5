/**
 * The first view loads only what it runs (issue 15): opening files, the GeoJSON writer and
 * the image painter arrive when first used, another language's words when a reader asks for
 * them, and the data the first view needs is preloaded
 * by the page's HTML and fetched once (a preload the app's fetch did not match would be
 * fetched twice).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { reachForMap, useChromium, waitForMark } from './chromium';

const baseUrl = inject('baseUrl');
const chromium = useChromium();
const FIXTURE = join('test', 'fixtures', 'open', 'single-feature.geojson');
/** Code the first view must not fetch: each is its own chunk (an English reader's page). */
const LATER =
  /\/assets\/(open-data|open-worker|export|image-save|messages-ru|messages-ja)-[\w-]+\.js$/;

describe('the first view', () => {
  it('fetches no code for opening files, exporting, painting images or other languages, and each data file once', async () => {
    const { page, context } = await chromium.open(baseUrl);
    const requested: string[] = [];
    // The requests the first view made: the browser's resource timing has them all.
    requested.push(
      ...(await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => entry.name),
      )),
    );
    expect(requested.filter((url) => LATER.test(new URL(url).pathname))).toEqual([]);
    for (const name of ['places.geojson', 'article.txt']) {
      expect(
        requested.filter((url) => url.endsWith(`/${name}`)),
        name,
      ).toHaveLength(1);
    }
    expect(requested.filter((url) => /countries-110m-[\w-]+\.json$/.test(url))).toHaveLength(1);
    const html = await (await fetch(baseUrl)).text();
    expect(html).toMatch(/<link rel="preload" href="[^"]*places\.geojson" as="fetch"/);

    // Opening a file brings its code, then the file shows.
    const later: string[] = [];
    page.on('request', (request) => later.push(new URL(request.url()).pathname));
    await page.evaluate(() => performance.clearMarks('data-rendered'));
    await page.getByLabel('Open GeoJSON').setInputFiles(FIXTURE);
    await waitForMark(page, 'data-rendered');
    expect(later.some((path) => /\/assets\/open-data-[\w-]+\.js$/.test(path))).toBe(true);
    await context.close();
  });
});

/** A context that sees only the test server, as openApp's does. */
async function localContext(
  options: Parameters<ReturnType<typeof chromium.browser>['newContext']>[0] = {},
): Promise<BrowserContext> {
  const context = await chromium
    .browser()
    .newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const origin = new URL(baseUrl).origin;
  await context.route('**/*', (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient'),
  );
  return context;
}

/** Holds every request whose path matches until `release()`; `held()` resolves at the first. */
async function hold(context: BrowserContext, path: RegExp) {
  const routes: Route[] = [];
  let first: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (first = resolve));
  await context.route(
    (url) => path.test(url.pathname),
    (route) => {
      routes.push(route);
      first();
    },
  );
  return {
    held,
    release: async () => {
      await context.unroute((url) => path.test(url.pathname));
      await Promise.all(routes.map((route) => route.continue()));
    },
  };
}

/** The article's page, its live map ready and its world basemap held back. */
async function openWithBasemapHeld() {
  const context = await localContext();
  const basemap = await hold(context, /countries-110m-[\w-]+\.json$/);
  const page = await context.newPage();
  await page.goto(baseUrl);
  await reachForMap(page);
  await basemap.held;
  return { context, page, basemap };
}

const LABELS = [
  'Moscow',
  'Nagoya',
  'Tokyo',
  'Osaka',
  'Sakhalin',
  'Southern Kurils / Northern Territories',
];

describe('the painted first view', () => {
  it('shows the places and their names before any script runs, sized to the map', async () => {
    for (const [viewport, shown, hidden] of [
      [{ width: 1280, height: 800 }, 'wide', 'narrow'],
      [{ width: 390, height: 844 }, 'narrow', 'wide'],
    ] as const) {
      const context = await localContext({ viewport, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(baseUrl);
      const picture = page.locator(`svg.first-view-${shown}`);
      await expect.poll(() => picture.isVisible()).toBe(true);
      expect(await page.locator(`svg.first-view-${hidden}`).isVisible()).toBe(false);
      const names = await picture.locator('text').allTextContents();
      for (const label of LABELS) expect(names, `${shown}: ${label}`).toContain(label);
      // It fills the map's box: the picture is the map until the live one comes.
      expect(await picture.boundingBox()).toEqual(await page.locator('#map').boundingBox());
      await context.close();
    }
  });

  it('marks the places drawn, keeps the live map hidden until its basemap is drawn, then gives way', async () => {
    const { context, page, basemap } = await openWithBasemapHeld();
    const marks = await page.evaluate(() => ({
      places: performance.getEntriesByName('places-rendered')[0]?.startTime ?? -1,
      ready: performance.getEntriesByName('map-ready')[0]?.startTime ?? -1,
    }));
    expect(marks.places).toBeGreaterThanOrEqual(0);
    expect(marks.places).toBeLessThanOrEqual(marks.ready);
    // The live map is ready, its basemap not: the picture stays, the live panes wait hidden.
    expect(await page.locator('svg.first-view-wide').isVisible()).toBe(true);
    expect(
      await page.locator('.leaflet-map-pane').evaluate((pane) => getComputedStyle(pane).visibility),
    ).toBe('hidden');
    await basemap.release();
    await waitForMark(page, 'basemap-rendered');
    await expect.poll(() => page.locator('.first-view').count()).toBe(0);
    expect(
      await page.locator('.leaflet-map-pane').evaluate((pane) => getComputedStyle(pane).visibility),
    ).toBe('visible');
    await context.close();
  });

  it('gives way at the reader’s first drag, basemap or not', async () => {
    const { context, page, basemap } = await openWithBasemapHeld();
    expect(await page.locator('.first-view').count()).toBe(2);
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 80, box.y + box.height / 2 - 40, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.locator('.first-view').count()).toBe(0);
    await basemap.release();
    await context.close();
  });

  it('is hidden by a link that asks for another view, and only then, before the app runs', async () => {
    for (const [hash, painted] of [
      ['', 2],
      ['#place=moscow', 0],
      ['#map=5/45/147', 0],
    ] as const) {
      const context = await localContext();
      // The app's script held: what happens is the page's inline script's doing alone.
      const app = await hold(context, /\/assets\/index-[\w-]+\.js$/);
      const page = await context.newPage();
      // Not waiting for `load`, which waits for the held script.
      await page.goto(baseUrl + hash, { waitUntil: 'commit' });
      await app.held;
      // The page is parsed (its inline script has run) while the app's script waits.
      await page.waitForFunction(() => document.readyState !== 'loading');
      await expect
        .poll(() => page.locator('.first-view').count(), { message: hash || 'no hash' })
        .toBe(painted);
      if (painted) await waitForMark(page, 'places-rendered');
      else {
        expect(
          await page.evaluate(() => performance.getEntriesByName('places-rendered').length),
        ).toBe(0);
      }
      await app.release();
      await context.close();
    }
  });
});

/** What the page has fetched so far (the browser's resource timing), as paths. */
async function fetched(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  );
}

/** The live map's code (Leaflet is in its shared chunk) and its basemap. */
const LIVE = /\/assets\/(live-map|data-layer)-[\w-]+\.js$|countries-(110|50)m-[\w-]+\.json$/;

/** The article's page, its script done (article and list drawn), nobody near the map. */
async function openUntouched() {
  const context = await localContext();
  const page = await context.newPage();
  await page.goto(baseUrl);
  await waitForMark(page, 'article-rendered');
  return { context, page };
}

describe('the live map', () => {
  it('comes only when the reader reaches for the map: the first view fetches no Leaflet and no basemap', async () => {
    const { context, page } = await openUntouched();
    await page.waitForLoadState('load');
    expect((await fetched(page)).filter((path) => LIVE.test(path))).toEqual([]);
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    expect(await page.locator('.first-view').count()).toBe(2);
    // A pointer over the map: the live map loads, draws and takes the picture's place.
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await waitForMark(page, 'map-ready');
    await expect.poll(() => page.locator('.first-view').count()).toBe(0);
    expect((await fetched(page)).some((path) => /\/live-map-[\w-]+\.js$/.test(path))).toBe(true);
    await expect
      .poll(() => page.locator('.leaflet-marker-icon, .place-label').count())
      .toBeGreaterThan(0);
    await context.close();
  });

  it('comes when a place is chosen in the list, and opens that place', async () => {
    const { context, page } = await openUntouched();
    await page.locator('#places button', { hasText: 'Tokyo' }).click();
    await waitForMark(page, 'map-ready');
    const popup = page.locator('.leaflet-popup');
    await expect.poll(() => popup.isVisible()).toBe(true);
    expect(await popup.locator('h2').textContent()).toContain('Tokyo');
    await context.close();
  });

  it('that cannot load leaves the picture in place and says so', async () => {
    const { context, page } = await openUntouched();
    await context.route(/\/assets\/live-map-[\w-]+\.js$/, (route) => route.abort('failed'));
    await page.locator('#map').hover();
    const alert = page.locator('#problems');
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.textContent()).toContain('The map could not start');
    expect(await page.locator('.first-view').count()).toBe(2);
    expect(await page.locator('#map').getAttribute('aria-busy')).toBeNull();
    // The rest of the page still works: the list and the article are there.
    expect(await page.locator('#places button').count()).toBeGreaterThan(0);
    await context.close();
  });
});

it('has its fixture', () => {
  expect(readFileSync(FIXTURE, 'utf8').length).toBeGreaterThan(0);
});
