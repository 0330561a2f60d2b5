/**
 * Opening other GeoJSON (issue 6) and exporting (issue 5), in Chromium:
 * every fixture through the file input and by drag and drop; refused files
 * leave the article's places untouched; markup in properties stays text;
 * "Download GeoJSON" in each naming mode gives valid RFC 7946 that reopens.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp, waitForMark, type OpenedPage } from './chromium';

const baseUrl = inject('baseUrl');
const FIXTURES = 'test/fixtures/open';
let browser: Browser;
let app: OpenedPage;

/** Fixtures the page must refuse, with what the alert must say. */
const REFUSED: Record<string, RegExp> = {
  'empty.geojson': /empty/i,
  'not-json.geojson': /line 1, column 1/i,
  'json-syntax-error.geojson': /line 6, column 5/i,
  'bare-array.geojson': /not GeoJSON|array/i,
  'topojson.json': /TopoJSON/,
  'kml.kml': /KML/,
  'gpx.gpx': /GPX/,
  'csv.csv': /CSV/,
  'html-page.html': /HTML/,
  'latitude-out-of-range.geojson': /latitude 95/,
  'infinite-coordinate.geojson': /1e400/,
};

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, baseUrl);
});

afterAll(async () => {
  expect(app.errors).toEqual([]);
  await browser?.close();
});

const listNames = async (page: Page): Promise<string[]> =>
  (await page.getByRole('list', { name: 'Places' }).getByRole('button').allInnerTexts()).map((t) =>
    t.trim(),
  );

async function openFixture(page: Page, name: string): Promise<void> {
  await page.evaluate(() => performance.clearMarks('data-rendered'));
  await page.getByLabel('Open GeoJSON').setInputFiles(join(FIXTURES, name));
}

async function dropFixture(page: Page, name: string): Promise<void> {
  // A mark left by an earlier file must not stand for this one.
  await page.evaluate(() => performance.clearMarks('data-rendered'));
  const text = readFileSync(join(FIXTURES, name), 'latin1');
  const transfer = await page.evaluateHandle(
    ([body, file]) => {
      const bytes = Uint8Array.from(body, (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], file));
      return dt;
    },
    [text, name] as const,
  );
  await page.dispatchEvent('#map', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('#map', 'drop', { dataTransfer: transfer });
}

describe('a refused file changes nothing', () => {
  for (const [name, message] of Object.entries(REFUSED)) {
    for (const how of ['file input', 'drag and drop'] as const) {
      it(`${name} by ${how}: the alert says why, the places stay`, async () => {
        const { page } = app;
        // Clear the alert, so a message left from an earlier file can't pass for this one's.
        await page.evaluate(() => document.getElementById('problems')?.replaceChildren());
        const before = await listNames(page);
        const hash = await page.evaluate(() => location.hash);
        if (how === 'file input') await openFixture(page, name);
        else await dropFixture(page, name);
        const alert = page.getByRole('alert');
        await expect.poll(() => alert.innerText(), { timeout: 10_000 }).toMatch(/Could not open/);
        await expect(alert.innerText()).resolves.toMatch(message);
        expect(await listNames(page)).toEqual(before);
        await expect(page.locator('path.place-shape').count()).resolves.toBe(8);
        await expect(page.evaluate(() => location.hash)).resolves.toBe(hash);
        await expect(page.getByRole('region', { name: 'Article' }).isVisible()).resolves.toBe(true);
      });
    }
  }
});

describe('an accepted file', () => {
  it('replaces the places, reports what was left out, and Back to the article restores them', async () => {
    const { page } = app;
    await openFixture(page, 'mixed-good-and-bad.geojson');
    await waitForMark(page, 'data-rendered');
    // Success is told in the status region; what was left out, in the alert.
    expect(await page.locator('#open-status[role=status]').innerText()).toMatch(
      /5 features; 2 left out/,
    );
    const alert = await page.getByRole('alert').innerText();
    expect(alert).toMatch(/Feature 3/);
    expect(alert).toMatch(/Feature 5/);
    expect((await listNames(page)).length).toBe(5);
    await expect(page.locator('path.place-shape').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Back to the article' }).click();
    await expect.poll(() => page.locator('path.place-shape').count()).toBe(8);
    expect((await listNames(page)).length).toBe(8);
  });

  it('Back in the browser returns to the article', async () => {
    const { page } = app;
    await openFixture(page, 'single-feature.geojson');
    await waitForMark(page, 'data-rendered');
    expect((await listNames(page)).length).toBe(1);
    await page.goBack();
    await expect.poll(() => page.locator('path.place-shape').count()).toBe(8);
  });

  it('shows markup in properties as text and runs nothing', async () => {
    const { page } = app;
    await dropFixture(page, 'html-in-properties.geojson');
    await waitForMark(page, 'data-rendered');
    await page.getByRole('list', { name: 'Places' }).getByRole('button').first().click();
    const popup = page.locator('.leaflet-popup-content .generic-popup');
    await popup.waitFor();
    await expect(popup.getByRole('heading').first().innerText()).resolves.toBe(
      `<img src=x onerror="document.title='pwned'">`,
    );
    await expect(popup.innerText()).resolves.toContain("<script>document.title = 'pwned'</script>");
    await expect(popup.innerText()).resolves.toContain('<b>key</b>');
    expect(
      await page.locator('.leaflet-popup-content img, .leaflet-popup-content script').count(),
    ).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    await page.getByRole('button', { name: 'Back to the article' }).click();
  });

  it('keeps __proto__ and constructor keys as properties, polluting nothing', async () => {
    const { page } = app;
    await openFixture(page, 'proto-keys.geojson');
    await waitForMark(page, 'data-rendered');
    await page.getByRole('list', { name: 'Places' }).getByRole('button').first().click();
    const popup = page.locator('.leaflet-popup-content .generic-popup');
    await popup.waitFor();
    const table = await popup.locator('table').innerText();
    expect(table).toContain('__proto__');
    // Read as a key and its value, not as raw JSON.
    expect(table).toMatch(/polluted:\s*yes/);
    expect(table).toContain('constructor');
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    await page.getByRole('button', { name: 'Back to the article' }).click();
  });
});

describe('Download GeoJSON', () => {
  for (const [mode, radio, iturup] of [
    ['both', 'Both', 'Iturup / Etorofu'],
    ['ru', 'Russian usage', 'Iturup'],
    ['ja', 'Japanese usage', 'Etorofu'],
  ] as const) {
    it(`in ${radio} mode gives valid RFC 7946 named for the mode, which reopens with the same places`, async () => {
      const { page } = app;
      await page.getByRole('radio', { name: radio }).check();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download GeoJSON' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`article-map-${mode}.geojson`);
      const path = await download.path();
      const text = readFileSync(path, 'utf8');
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(() => check(text)).not.toThrow();
      const parsed = JSON.parse(text) as {
        naming: string;
        features: { id: string; properties: { name: string } }[];
      };
      expect(parsed.naming).toBe(mode);
      expect(parsed.features.find((f) => f.id === 'iturup')?.properties.name).toBe(iturup);

      // Reopen it: the same eight places, by the names of the mode.
      const names = await listNames(page);
      await page.evaluate(() => performance.clearMarks('data-rendered'));
      await page.getByLabel('Open GeoJSON').setInputFiles(path);
      await waitForMark(page, 'data-rendered');
      expect(await listNames(page)).toEqual(names);
      await page.getByRole('button', { name: 'Back to the article' }).click();
      await page.getByRole('radio', { name: 'Both' }).check();
    });
  }

  it('downloads one place from its popup', async () => {
    const { page } = app;
    await page
      .getByRole('list', { name: 'Places' })
      .getByRole('button', { name: 'Sakhalin' })
      .click();
    const popup = page.locator('.leaflet-popup-content article.popup[data-place="sakhalin"]');
    await popup.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      popup.getByRole('button', { name: 'Download this place' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('article-map-both-sakhalin.geojson');
    const text = readFileSync(await download.path(), 'utf8');
    expect(() => check(text)).not.toThrow();
    expect((JSON.parse(text) as { features: unknown[] }).features.length).toBe(1);
  });
});

it('has a fixture for every refused case it tests', () => {
  const present = new Set(readdirSync(FIXTURES));
  for (const name of Object.keys(REFUSED)) expect(present.has(name), name).toBe(true);
});

describe('a data= link', () => {
  it('opens GeoJSON from an http(s) URL, and says clearly when it cannot', async () => {
    const fresh = await openApp(browser, baseUrl);
    const { page, context } = fresh;
    const body = readFileSync(join(FIXTURES, 'mixed-good-and-bad.geojson'), 'utf8');
    await context.route('https://data.example.test/**', (route) =>
      route.request().url().endsWith('/good.geojson')
        ? route.fulfill({
            status: 200,
            contentType: 'application/geo+json',
            headers: { 'access-control-allow-origin': '*' },
            body,
          })
        : route.abort('failed'),
    );
    await page.evaluate(() => performance.clearMarks('data-rendered'));
    await page.evaluate(
      () => (location.hash = '#data=https%3A%2F%2Fdata.example.test%2Fgood.geojson'),
    );
    await waitForMark(page, 'data-rendered');
    expect((await listNames(page)).length).toBe(5);
    await expect(page.evaluate(() => location.hash)).resolves.toContain('data=');
    await page.getByRole('button', { name: 'Back to the article' }).click();
    await expect.poll(() => page.locator('path.place-shape').count()).toBe(8);

    await page.evaluate(
      () => (location.hash = '#data=https%3A%2F%2Fdata.example.test%2Fmissing.geojson'),
    );
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(
        /Could not load https:\/\/data\.example\.test\/missing\.geojson: no server answered/,
      );
    await expect(page.locator('path.place-shape').count()).resolves.toBe(8);
    await fresh.context.close();
  });
});
