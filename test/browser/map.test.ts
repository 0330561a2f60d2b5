/**
 * The foundation, as a reader meets it in real Chromium: the built app shows
 * the article's places on the built-in basemap with no network, and each popup
 * quotes the article and shows both sides' names for disputed places.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PlaceCollection } from '../../src/core/article/places';
import { launchChromium, openApp, waitForLiveMap, waitForMark, type OpenedPage } from './chromium';

interface Box {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The map labels a person can see, with their boxes. */
function visibleLabels(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.place-label')]
      .filter((node) => getComputedStyle(node).visibility === 'visible')
      .map((node) => {
        const r = node.getBoundingClientRect();
        return { text: node.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
      }),
  );
}

function expectNoOverlap(boxes: Box[]): void {
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x + 0.5 ||
        b.x + b.width <= a.x + 0.5 ||
        a.y + a.height <= b.y + 0.5 ||
        b.y + b.height <= a.y + 0.5;
      expect(apart, `labels "${a.text}" and "${b.text}" overlap`).toBe(true);
    }
  }
}

const shipped = JSON.parse(
  readFileSync('geodata/kurils-2019/places.geojson', 'utf8'),
) as PlaceCollection;
const baseUrl = inject('baseUrl');

let browser: Browser;
let app: OpenedPage;

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, baseUrl);
});

afterAll(async () => {
  await browser?.close();
});

describe('the article map', () => {
  it('lists the 7 places and the disputed group, by their neutral names', async () => {
    const list = app.page.getByRole('list', { name: 'Places' });
    const names = await list.getByRole('button').allInnerTexts();
    expect(names.map((n) => n.trim())).toEqual(shipped.features.map((f) => f.properties.name));
    expect(names.length).toBe(8);
    for (const name of ['Nagoya', 'Moscow', 'Tokyo', 'Osaka', 'Sakhalin']) {
      await expect(list.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
    }
    for (const name of [
      'Kunashir / Kunashiri',
      'Iturup / Etorofu',
      'Southern Kurils / Northern Territories',
    ]) {
      await expect(list.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
    }
  });

  it('draws cities as markers, islands as outlines and every disputed area hatched, each labelled', async () => {
    const { page } = app;
    await expect(page.locator('path.place-city').count()).resolves.toBe(4);
    // Hatching follows the dispute, not the kind: Kunashir, Iturup and their group are
    // administered by one party and claimed by another; Sakhalin is not.
    await expect(page.locator('path.place-island').count()).resolves.toBe(1);
    const disputed = await page
      .locator('path.place-disputed')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-place')).sort());
    expect(disputed).toEqual(['iturup', 'kunashir', 'southern-kurils']);
    const fill = await page
      .locator('path.place-disputed')
      .first()
      .evaluate((node) => getComputedStyle(node).fill);
    expect(fill).toContain('url(');
    expect(fill).toContain('#hatch');
    // Every place has a label; at the overview zoom, labels that would collide wait for a closer zoom.
    const labels = await page.locator('.place-label').allTextContents();
    expect([...labels].sort()).toEqual(shipped.features.map((f) => f.properties.name).sort());
    const shown = await visibleLabels(page);
    for (const name of ['Moscow', 'Nagoya', 'Tokyo', 'Osaka', 'Sakhalin']) {
      expect(shown.map((l) => l.text)).toContain(name);
    }
    expect(shown.map((l) => l.text)).toContain('Southern Kurils / Northern Territories');
    expectNoOverlap(shown);
    // Every drawn shape lies inside the map's visible box: the view is fitted to all places.
    const box = await page.locator('#map').boundingBox();
    for (const shape of await page.locator('path.place-shape').all()) {
      const b = await shape.boundingBox();
      expect(b && box).toBeTruthy();
      if (!b || !box) continue;
      expect(b.x).toBeGreaterThanOrEqual(box.x - 1);
      expect(b.y).toBeGreaterThanOrEqual(box.y - 1);
      expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 1);
      expect(b.y + b.height).toBeLessThanOrEqual(box.y + box.height + 1);
    }
  });

  it.each([
    ['kunashir', 'Kunashir / Kunashiri'],
    ['iturup', 'Iturup / Etorofu'],
  ])('labels %s once zoomed in on it, still without overlaps', async (id, label) => {
    const { page } = app;
    await page.locator(`#places button[data-place="${id}"]`).click();
    await page.locator(`.leaflet-popup-content article.popup[data-place="${id}"]`).waitFor();
    // The popup's auto-pan may still be moving the map: wait for the labels to settle.
    await expect
      .poll(async () => (await visibleLabels(page)).map((l) => l.text), { timeout: 5000 })
      .toContain(label);
    expectNoOverlap(await visibleLabels(page));
  });

  it('draws the built-in basemap with no request leaving the page', async () => {
    await waitForMark(app.page, 'basemap-rendered');
    // The land canvas has painted pixels of the land colour.
    const landPixels = await app.page.evaluate(() => {
      let count = 0;
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>(
        '[class*="leaflet-basemap-"] canvas',
      )) {
        const ctx = canvas.getContext('2d');
        if (!ctx) continue;
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i] === 0xf3 && data[i + 1] === 0xef && data[i + 2] === 0xe6) count++;
        }
      }
      return count;
    });
    expect(landPixels).toBeGreaterThan(10_000);
    expect(app.outside).toEqual([]);
  });

  it.each(shipped.features.map((f) => [f.id, f] as const))(
    'opens the popup of %s from the list, with its passages word for word',
    async (_id, feature) => {
      const { page } = app;
      const p = feature.properties;
      await page
        .getByRole('list', { name: 'Places' })
        .getByRole('button', { name: p.name, exact: true })
        .click();
      const popup = page.locator(
        `.leaflet-popup-content article.popup[data-place="${feature.id}"]`,
      );
      await popup.waitFor();
      await expect(popup.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(p.name);
      const quotes = await popup.locator('blockquote').allInnerTexts();
      expect(quotes.map((q) => q.trim())).toEqual(p.passages.map((x) => x.text));
      const where = await popup.locator('.where').allInnerTexts();
      expect(where).toEqual(p.passages.map((x) => `Paragraph ${x.paragraph}`));
      const footer = await popup.locator('footer').innerText();
      expect(footer).toContain(shipped.article.source);
      expect(footer).toContain('2019');
      await expect(
        page.getByRole('list', { name: 'Places' }).locator('[aria-current="true"]').innerText(),
      ).resolves.toContain(p.name);
    },
  );

  it.each(['kunashir', 'iturup', 'southern-kurils'])(
    'shows both sides’ names, in their scripts and languages, and the dispute for %s',
    async (id) => {
      const { page } = app;
      const feature = shipped.features.find((f) => f.id === id);
      if (!feature) throw new Error(`no ${id} in the data`);
      const p = feature.properties;
      await page.locator(`#places button[data-place="${id}"]`).click();
      const popup = page.locator(`.leaflet-popup-content article.popup[data-place="${id}"]`);
      await popup.waitFor();
      for (const [lang, key] of [
        ['ru', 'name:ru'],
        ['ru-Latn', 'name:ru-Latn'],
        ['ja', 'name:ja'],
        ['ja-Latn', 'name:ja-Latn'],
      ] as const) {
        const text = p[key];
        expect(text, `${id} ${key}`).toBeTruthy();
        await expect(popup.locator(`[lang="${lang}"]`).innerText()).resolves.toBe(text);
      }
      const status = await popup.locator('dl.status').innerText();
      expect(status).toContain('Administered by');
      // The data names parties by id; the popup by the party's name.
      const partyName = (id: string | undefined): string =>
        shipped.article.parties?.find((party) => party.id === id)?.name ?? '(missing)';
      expect(status).toContain(partyName(p.administered_by));
      expect(status).toContain('Claimed by');
      for (const claimant of p.claimed_by ?? ['(missing)']) {
        expect(status).toContain(partyName(claimant));
      }
      const table = await popup.locator('table.names').innerText();
      expect(table).toContain(p['label:ru'] ?? '(missing)');
      expect(table).toContain(p['label:ja'] ?? '(missing)');
    },
  );

  it('opens a popup by clicking a city marker on the map', async () => {
    const fresh = await openApp(browser, baseUrl);
    const { page } = fresh;
    const moscow = shipped.features.find((f) => f.id === 'moscow');
    if (!moscow) throw new Error('no moscow');
    const centres = await page.evaluate(() =>
      [...document.querySelectorAll<SVGPathElement>('path.place-city')].map((p) => {
        const r = p.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }),
    );
    expect(centres.length).toBe(4);
    // Moscow is the westernmost city.
    const west = centres.reduce((a, b) => (b.x < a.x ? b : a));
    await page.mouse.click(west.x, west.y);
    const popup = page.locator('.leaflet-popup-content article.popup[data-place="moscow"]');
    await popup.waitFor();
    await expect(popup.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(
      moscow.properties.name,
    );
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  it('logged no console error and made no outside request', () => {
    expect(app.errors).toEqual([]);
    expect(app.outside).toEqual([]);
  });
});

describe('hostile or broken data', () => {
  it('shows data as text: markup in a property runs nothing', async () => {
    const hostile = structuredClone(shipped);
    const first = hostile.features[0];
    if (!first) throw new Error('no features');
    first.properties.name = '<img src=x onerror="window.__pwned=1">';
    first.properties.passages = [{ paragraph: 1, text: '<script>window.__pwned=2</script>' }];
    const context = await browser.newContext();
    await context.route('**/geodata/kurils-2019/places.geojson', (route) =>
      route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(hostile) }),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(baseUrl);
    await waitForLiveMap(page);
    await page.locator(`#places button[data-place="${first.id}"]`).click();
    const popup = page.locator('.leaflet-popup-content article.popup');
    await popup.waitFor();
    await expect(popup.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(
      first.properties.name,
    );
    await expect(popup.locator('blockquote').innerText()).resolves.toBe(
      '<script>window.__pwned=2</script>',
    );
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['not JSON', '{"type": "FeatureCollection", "features": [', /not valid JSON/],
    ['not a collection', '[1, 2, 3]', /not a GeoJSON FeatureCollection/],
    ['a missing file', null, /HTTP 404/],
  ])('says clearly when the data is %s, with no uncaught error', async (_what, body, message) => {
    const context = await browser.newContext();
    await context.route('**/geodata/kurils-2019/places.geojson', (route) =>
      body === null
        ? route.fulfill({ status: 404, body: 'not found' })
        : route.fulfill({ contentType: 'application/geo+json', body }),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(baseUrl);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toMatch(message);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the good places when one feature breaks the contract, and says which', async () => {
    const partial = structuredClone(shipped) as unknown as { features: unknown[] };
    partial.features.splice(1, 0, {
      type: 'Feature',
      id: 'broken',
      geometry: null,
      properties: {},
    });
    const context = await browser.newContext();
    await context.route('**/geodata/kurils-2019/places.geojson', (route) =>
      route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(partial) }),
    );
    const page = await context.newPage();
    await page.goto(baseUrl);
    await waitForLiveMap(page);
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(
      /Feature 2 \(id "broken"\) has no geometry; left out/,
    );
    await expect(
      page.getByRole('list', { name: 'Places' }).getByRole('button').count(),
    ).resolves.toBe(8);
    await context.close();
  });
});
