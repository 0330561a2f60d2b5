/**
 * Hostile and unlucky input in Chromium (issue 16): one open at a time, what is shown is what
 * is exported, Cancel at once, big popups, long names, messages in the right region, failures
 * told apart. Slow and never-ending answers come from a local server (test/support), and races
 * are ordered by holding its answers until the test releases them, never by sleeping.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
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
let app: { page: Page; errors: string[] };
let server: HostileServer;

beforeAll(async () => {
  server = await startHostileServer();
  browser = await launchChromium();
  // Not openApp: its request routing (which blocks other origins) also intercepts the
  // worker's requests to this server and changes how they fail. Every request here goes to
  // 127.0.0.1: the app's server or the hostile one.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(baseUrl);
  await waitForLiveMap(page);
  app = { page, errors };
});

afterAll(async () => {
  expect(app.errors).toEqual([]);
  await browser?.close();
  await server?.close();
});

const status = (page: Page) => page.locator('#open-status');
const listCount = (page: Page) =>
  page.getByRole('list', { name: 'Places' }).getByRole('button').count();

async function openText(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(() => performance.clearMarks('data-rendered'));
  await page
    .getByLabel('Open GeoJSON')
    .setInputFiles({ name, mimeType: 'application/geo+json', buffer: Buffer.from(text) });
}

async function downloadedCount(page: Page): Promise<{ name: string; count: number }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download GeoJSON' }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  return {
    name: download.suggestedFilename(),
    count: (JSON.parse(text) as { features: unknown[] }).features.length,
  };
}

async function backToArticle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back to the article' }).click();
  await expect.poll(() => page.locator('path.place-shape').count()).toBe(8);
}

/**
 * Follows a `data=` link as an edited address does. The entry is written and announced in one
 * step: a plain `location.hash = …` leaves a gap in which the app's throttled write of the
 * view (after a fitted file) can replace the new address before it is read.
 */
/** Follows a data= link as a reader edits the address: a new entry, then hashchange. */
const dataLink = (page: Page, url: string) =>
  page.evaluate((u) => {
    location.hash = `#data=${encodeURIComponent(u)}`;
  }, url);

describe('one open at a time', () => {
  it('a refused file after a held one leaves the shown file as what is exported', async () => {
    const { page } = app;
    await openText(page, 'ten.geojson', pointsCollection(10));
    await waitForMark(page, 'data-rendered');
    expect(await listCount(page)).toBe(10);

    // A larger file, held by the server until released.
    await dataLink(page, `${server.url}/held?n=300&key=race`);
    await expect.poll(() => server.hits.get('/held') ?? 0).toBe(1);
    // Download while it is on its way: what is shown, the ten points.
    expect((await downloadedCount(page)).count).toBe(10);

    // A KML file supersedes it, and is refused.
    await openText(page, 'track.kml', '<kml xmlns="http://www.opengis.net/kml/2.2"></kml>');
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/KML/);
    server.release('race');
    // The late answer has nowhere to go: its worker was terminated.
    expect((await downloadedCount(page)).count).toBe(10);
    expect(await listCount(page)).toBe(10);
    await backToArticle(page);
  });

  it('Cancel stops a data= load that never ends, at once, and the map is as before', async () => {
    const { page } = app;
    await dataLink(page, `${server.url}/never`);
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await cancel.waitFor({ state: 'visible' });
    await cancel.click();
    await expect.poll(() => status(page).innerText()).toMatch(/Stopped opening .*never.*unchanged/);
    await expect(cancel.isVisible()).resolves.toBe(false);
    await expect(page.locator('path.place-shape').count()).resolves.toBe(8);
  });

  it('a new file while another is read opens the new one only', async () => {
    const { page } = app;
    await dataLink(page, `${server.url}/held?n=300&key=second`);
    await expect.poll(() => server.hits.get('/held') ?? 0).toBe(2);
    await openText(page, 'three.geojson', pointsCollection(3));
    await waitForMark(page, 'data-rendered');
    server.release('second');
    expect((await downloadedCount(page)).count).toBe(3);
    expect(await listCount(page)).toBe(3);
    await backToArticle(page);
  });
});

describe('Cancel of a local file', () => {
  it('stops a large file mid-check; the map is as before and the next file opens', async () => {
    const { page } = app;
    await openText(page, 'large.geojson', pointsCollection(100_000));
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await cancel.waitFor({ state: 'visible' });
    await cancel.click();
    await expect(status(page).innerText()).resolves.toMatch(/Stopped opening large\.geojson/);
    await expect(page.locator('path.place-shape').count()).resolves.toBe(8);
    await openText(page, 'two.geojson', pointsCollection(2));
    await waitForMark(page, 'data-rendered');
    expect(await listCount(page)).toBe(2);
    expect((await downloadedCount(page)).count).toBe(2);
    await backToArticle(page);
  });
});

describe('messages', () => {
  it('success goes to the status region, not the alert', async () => {
    const { page } = app;
    await openText(page, 'five.geojson', pointsCollection(5));
    await waitForMark(page, 'data-rendered');
    await expect(status(page).innerText()).resolves.toMatch(/Opened five\.geojson: 5 features\./);
    await expect(page.locator('#problems').isVisible()).resolves.toBe(false);
    await backToArticle(page);
  });

  it('a file of null geometries says there is nothing to draw, and lists no phantom entries', async () => {
    const { page } = app;
    const nulls =
      '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null},{"type":"Feature","properties":{},"geometry":null}]}';
    await openText(page, 'nulls.geojson', nulls);
    await expect.poll(() => status(page).innerText()).toMatch(/none with a geometry/);
    await expect(page.getByRole('list', { name: 'Places' }).innerText()).resolves.not.toMatch(
      /more/,
    );
    await backToArticle(page);
  });

  it('a long URL in the problems box wraps inside it', async () => {
    const { page } = app;
    await dataLink(page, `${server.url}/missing?${'x'.repeat(1500)}`);
    const box = page.locator('#problems');
    await expect.poll(() => box.innerText()).toMatch(/HTTP 404/);
    const [scroll, client] = await box.evaluate((node) => [node.scrollWidth, node.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);
  });

  it('several dropped files: the first opens, and the reader is told', async () => {
    const { page } = app;
    await page.evaluate(() => performance.clearMarks('data-rendered'));
    const transfer = await page.evaluateHandle(
      (texts) => {
        const dt = new DataTransfer();
        texts.forEach((text, i) => dt.items.add(new File([text], `file-${i}.geojson`)));
        return dt;
      },
      [pointsCollection(2), pointsCollection(4)],
    );
    await page.dispatchEvent('#map', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('#map', 'drop', { dataTransfer: transfer });
    await waitForMark(page, 'data-rendered');
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(
      /2 files were dropped; only the first, file-0\.geojson, is opened/,
    );
    expect(await listCount(page)).toBe(2);
    await backToArticle(page);
  });
});

describe('failures told apart', () => {
  async function failure(page: Page, url: string): Promise<string> {
    await page.evaluate(() => document.getElementById('problems')?.replaceChildren());
    await dataLink(page, url);
    await expect
      .poll(() => page.getByRole('alert').innerText(), { timeout: 20_000 })
      .toMatch(/Could not load/);
    return page.getByRole('alert').innerText();
  }

  it('a redirect loop, a server without CORS, a closed port, credentials', async () => {
    const { page } = app;
    const messages = [
      await failure(page, `${server.url}/loop`),
      await failure(page, `${server.url}/nocors`),
    ];
    expect(messages[0]).toMatch(/redirect loop/);
    expect(messages[1]).toMatch(/Access-Control-Allow-Origin/);
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    expect(await failure(page, `http://127.0.0.1:${closed}/x.geojson`)).toMatch(
      /no server answered/,
    );
    expect(await failure(page, server.url.replace('//', '//user:pw@') + '/ok')).toMatch(
      /user name or password/,
    );
  });
});

describe('big and odd files', () => {
  it(
    'a feature with 150,000 properties opens its popup, with "and N more"',
    { timeout: 180_000 },
    async () => {
      const { page } = app;
      const properties: Record<string, number> = { name: 0 };
      for (let i = 0; i < 150_000; i += 1) properties[`p${i}`] = i;
      const feature = {
        type: 'Feature',
        properties: { ...properties, name: 'wide' },
        geometry: { type: 'Point', coordinates: [10, 10] },
      };
      await openText(page, 'wide.geojson', JSON.stringify(feature));
      // Checking 2.3 MB of one feature takes a while on a busy machine: more than waitForMark's 20 s.
      await page.waitForFunction(
        () => performance.getEntriesByName('data-rendered', 'mark').length > 0,
        undefined,
        { timeout: 90_000 },
      );
      await page
        .getByRole('list', { name: 'Places' })
        .getByRole('button', { name: 'wide' })
        .click();
      const popup = page.locator('.leaflet-popup-content .generic-popup');
      await popup.waitFor({ timeout: 20_000 });
      await expect(popup.locator('tr').count()).resolves.toBe(300);
      await expect(popup.innerText()).resolves.toMatch(/and 149,701 more properties/);
      await backToArticle(page);
    },
  );

  it('Latin-1 bytes open with a warning that names the encoding', async () => {
    const { page } = app;
    await page.evaluate(() => performance.clearMarks('data-rendered'));
    await dataLink(page, `${server.url}/latin1`);
    await waitForMark(page, 'data-rendered');
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/not UTF-8.*Windows-1252/);
    await expect(page.getByRole('list', { name: 'Places' }).innerText()).resolves.toContain(
      'Caf\u00e9',
    );
    await backToArticle(page);
  });
});
