/**
 * What the reader does wins over answers that come late (issue 16, items 2, 9 and 10): a slow
 * `data=` answer never opens after the reader has moved on (a local file, Back, a faster link,
 * "Back to the article"); a burst of address changes is applied once, not once per change;
 * Back from opened data lands on the view its entry recorded. Slow answers are held by a local
 * server until the test releases them: order is controlled, never slept for.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  pointsCollection,
  startHostileServer,
  type HostileServer,
} from '../support/hostile-server';
import { launchChromium, waitForLiveMap, waitForMark } from './chromium';

const baseUrl = inject('baseUrl');
let browser: Browser;
let server: HostileServer;
const errors: string[] = [];

beforeAll(async () => {
  server = await startHostileServer();
  browser = await launchChromium();
});

afterAll(async () => {
  expect(errors).toEqual([]);
  await browser?.close();
  await server?.close();
});

/** A fresh page (requests go only to 127.0.0.1: the app's server and the held answers). */
async function open(hash = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Every history write the page makes, with its time: `writes` in the page.
  await page.addInitScript(() => {
    const w = window as unknown as { writes: { hash: string; at: number }[] };
    w.writes = [];
    for (const op of ['pushState', 'replaceState'] as const) {
      const real = history[op].bind(history);
      history[op] = (data, unused, url) => {
        real(data, unused, url);
        w.writes.push({ hash: location.hash, at: performance.now() });
      };
    }
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(baseUrl + hash);
  await waitForLiveMap(page);
  return page;
}

const listCount = (page: Page) =>
  page.getByRole('list', { name: 'Places' }).getByRole('button').count();
const hash = (page: Page) => page.evaluate(() => location.hash);
const link = (url: string) => `#data=${encodeURIComponent(url)}`;

async function openText(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(() => performance.clearMarks('data-rendered'));
  await page
    .getByLabel('Open GeoJSON')
    .setInputFiles({ name, mimeType: 'application/geo+json', buffer: Buffer.from(text) });
  await waitForMark(page, 'data-rendered');
}

/** What "Download GeoJSON" gives now: a round trip through the page and its worker. */
async function downloadedCount(page: Page): Promise<number> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download GeoJSON' }).click(),
  ]);
  return (JSON.parse(readFileSync(await download.path(), 'utf8')) as { features: unknown[] })
    .features.length;
}

/** Follows a link to held data, waits until the server has the request, returns its key. */
async function followHeld(page: Page, key: string, n = 50): Promise<void> {
  const before = server.hits.get('/held') ?? 0;
  await page.evaluate((h) => (location.hash = h), link(`${server.url}/held?n=${n}&key=${key}`));
  await expect.poll(() => server.hits.get('/held') ?? 0).toBe(before + 1);
}

describe('a late data= answer never overrides the reader', () => {
  it('after the reader opens a local file', async () => {
    const page = await open();
    await followHeld(page, 'late-file');
    await openText(page, 'four.geojson', pointsCollection(4));
    server.release('late-file');
    expect(await downloadedCount(page)).toBe(4);
    expect(await listCount(page)).toBe(4);
    expect(await hash(page)).not.toContain('held');
  });

  it('after Back', async () => {
    const page = await open();
    await followHeld(page, 'late-back');
    await page.goBack();
    await expect.poll(() => hash(page)).not.toContain('held');
    server.release('late-back');
    expect(await downloadedCount(page)).toBe(8); // the article's places
    await expect.poll(() => page.locator('path.place-shape').count()).toBe(8);
    expect(await listCount(page)).toBe(8);
  });

  it('after a faster link', async () => {
    const page = await open();
    await followHeld(page, 'late-link');
    await page.evaluate(() => performance.clearMarks('data-rendered'));
    await page.evaluate((h) => (location.hash = h), link(`${server.url}/ok?n=3`));
    await waitForMark(page, 'data-rendered');
    server.release('late-link');
    expect(await downloadedCount(page)).toBe(3);
    expect(await listCount(page)).toBe(3);
    expect(await hash(page)).toContain('ok%3Fn%3D3');
  });

  it('after "Back to the article"', async () => {
    const page = await open();
    await openText(page, 'two.geojson', pointsCollection(2));
    await followHeld(page, 'late-article');
    await page.getByRole('button', { name: 'Back to the article' }).click();
    await expect.poll(() => page.locator('path.place-shape').count()).toBe(8);
    server.release('late-article');
    expect(await downloadedCount(page)).toBe(8);
    expect(await listCount(page)).toBe(8);
    expect(await hash(page)).not.toContain('held');
  });
});

describe('a burst of address changes', () => {
  it('is applied once per frame: the last one wins, the others open nothing', async () => {
    const page = await open();
    // Counts every popup the page adds, however briefly.
    await page.evaluate(() => {
      const w = window as unknown as { popupsOpened: number };
      w.popupsOpened = 0;
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node instanceof HTMLElement && node.classList.contains('leaflet-popup')) {
              w.popupsOpened += 1;
            }
          }
        }
      }).observe(document.querySelector('.leaflet-popup-pane')!, { childList: true });
    });
    const places = ['moscow', 'tokyo', 'osaka', 'nagoya', 'sakhalin', 'kunashir', 'iturup'];
    // 100 changes in one task, as an embedding page setting the iframe's address can make.
    await page.evaluate((ids) => {
      for (let i = 0; i < 100; i++) location.hash = `#map=5/36/${130 + i / 10}&place=${ids[i % 7]}`;
    }, places);
    const last = places[99 % 7]!;
    await page.locator(`.leaflet-popup-content article.popup[data-place="${last}"]`).waitFor();
    expect(await hash(page)).toBe(`#map=5/36/139.9&place=${last}`);
    const opened = await page.evaluate(
      () => (window as unknown as { popupsOpened: number }).popupsOpened,
    );
    expect(opened).toBe(1);
  });
});

describe('Back from opened data', () => {
  it('lands on the view its entry recorded, not on a fitted one', async () => {
    const view = '#map=5/45/140';
    const page = await open(view);
    await openText(page, 'six.geojson', pointsCollection(6));
    await expect.poll(() => hash(page)).not.toBe(view);
    await page.goBack();
    await expect.poll(() => page.locator('path.place-shape').count()).toBe(8);
    await expect.poll(() => hash(page)).toBe(view);
  });

  it('a change of the map’s size is no move: the view stays, even when Back’s hashchange comes a frame late', async () => {
    const view = '#map=5/45/140';
    const page = await open(view);
    type Writes = { writes: { hash: string; at: number }[] };
    // The address throttles the reader's moves to one write in 300 ms: once that much has
    // passed since the last write, a move is written at once, as after a Back.
    await expect
      .poll(() =>
        page.evaluate(
          () => performance.now() - ((window as unknown as Writes).writes.at(-1)?.at ?? 0),
        ),
      )
      .toBeGreaterThan(400);
    const resized = await page.evaluate(async () => {
      const w = window as unknown as Writes;
      w.writes = [];
      const map = document.querySelector<HTMLElement>('#map')!;
      const before = map.getBoundingClientRect().height;
      // The page's layout moves the map's box, as the data panel does when Back leaves a file.
      map.style.height = `${before - 40}px`;
      // The ResizeObserver has run by the second frame; then the hashchange of a Back whose
      // frame has already applied it arrives, as it can on a busy machine.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return before - map.getBoundingClientRect().height;
    });
    expect(resized).toBe(40);
    expect(
      await page.evaluate(() => (window as unknown as Writes).writes.map((w) => w.hash)),
    ).toEqual([]);
    expect(await hash(page)).toBe(view);
  });
});
