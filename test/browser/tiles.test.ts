/**
 * Shapes drawn from the worker's tiles (issue 15, 2), in Chromium: a generated file of
 * 20,000 polygons opens with progress shown and its count told; a click on a shape opens
 * its popup with its properties, which the worker found; Cancel while it is being
 * checked leaves the article's map as it was. A file of 200,000 points opens the same way,
 * its bytes and features told as it is read, drawn as the worker's clusters, and can be
 * cancelled. No timed assertion: conditions only.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { viewProjector } from '../../src/core/render/web-mercator';
import { useChromium, waitForSettledMap } from './chromium';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

const CELLS = 20_000;
/** Waits on a busy machine: a condition, not a time the app must meet. */
const PATIENT = { timeout: 60_000 };
/** 20,000 polygons read, checked and cut on a shared two-core machine. */
const SLOW_TEST = 180_000;
/** The big square beside the grid, clicked for its popup. */
const TARGET = { west: 2.3, south: 0.3, east: 2.7, north: 0.7 };

const square = (w: number, s: number, e: number, n: number): string =>
  `[[[${w},${s}],[${e},${s}],[${e},${n}],[${w},${n}],[${w},${s}]]]`;

/** 19,999 small squares in a 200 × 100 grid (0°–2°E, 0°–1°N), then the target: 20,000. */
function polygonsFile(): Buffer {
  const features: string[] = [];
  for (let i = 0; i < CELLS - 1; i += 1) {
    const w = (i % 200) / 100;
    const s = Math.floor(i / 200) / 100;
    features.push(
      `{"type":"Feature","properties":{"name":"cell ${i}"},"geometry":{"type":"Polygon","coordinates":${square(w, s, w + 0.008, s + 0.008)}}}`,
    );
  }
  const { west, south, east, north } = TARGET;
  features.push(
    `{"type":"Feature","properties":{"name":"Target square","owner":"<b>the test</b>","cells":${CELLS - 1}},"geometry":{"type":"Polygon","coordinates":${square(west, south, east, north)}}}`,
  );
  return Buffer.from(`{"type":"FeatureCollection","features":[${features.join(',')}]}`);
}

const file = polygonsFile();
const status = (page: Page) => page.locator('#open-status');
const listNames = (page: Page) =>
  page.getByRole('list', { name: 'Places' }).getByRole('button').allInnerTexts();

/** Records every text of the status region and whether the progress bar was shown. */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = { texts: [] as string[], bar: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    // The progress bar is made with the first open (the code for opening loads when used).
    new MutationObserver(() => {
      const box = document.querySelector<HTMLElement>('.open-progress');
      seen.texts.push(document.getElementById('open-status')?.textContent ?? '');
      seen.bar ||= box?.hidden === false;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

const seen = (page: Page) =>
  page.evaluate(() => (window as unknown as { seen: { texts: string[]; bar: boolean } }).seen);

async function openFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.evaluate(() => performance.clearMarks('data-rendered'));
  await page
    .getByLabel('Open GeoJSON')
    .setInputFiles({ name, mimeType: 'application/geo+json', buffer });
}

const openPolygons = (page: Page) => openFile(page, 'polygons.geojson', file);

/** Clicks Cancel from the page itself as soon as the status says checking has begun. */
async function cancelWhenChecking(page: Page): Promise<void> {
  await page.evaluate(() => {
    const statusNode = document.getElementById('open-status');
    const observer = new MutationObserver(() => {
      if (!/Checking|features? checked/.test(statusNode?.textContent ?? '')) return;
      observer.disconnect();
      document.querySelector<HTMLButtonElement>('.open-progress button')?.click();
    });
    if (statusNode)
      observer.observe(statusNode, { childList: true, characterData: true, subtree: true });
  });
}

/** After Cancel: told so, the bar gone, the article's eight places and list as they were. */
async function expectCancelled(page: Page, name: string, names: string[]): Promise<void> {
  await expect
    .poll(() => status(page).innerText(), PATIENT)
    .toMatch(new RegExp(`Stopped opening ${name.replace('.', '\\.')}.*unchanged`));
  await expect(page.locator('.open-progress').isVisible()).resolves.toBe(false);
  await expect(page.locator('path.place-shape').count()).resolves.toBe(8);
  await expect(listNames(page)).resolves.toEqual(names);
}

/** Waits for the file to be drawn; then its count, the bar, and reading told as a stream. */
async function expectOpened(page: Page, name: string, count: string): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('data-rendered').length > 0,
    null,
    PATIENT,
  );
  await expect(status(page).innerText()).resolves.toContain(`Opened ${name}: ${count} features.`);
  const { texts, bar } = await seen(page);
  expect(bar).toBe(true);
  // Read as a stream: the words already tell bytes read and features checked.
  const reading = new RegExp(
    `Reading ${name.replace('.', '\\.')}: [\\d.]+ [kKM]B of [\\d.]+ MB, [\\d,]+ features? checked`,
  );
  expect(texts.some((t) => reading.test(t))).toBe(true);
}

const POINTS = 200_000;

/** 200,000 points on a grid over Japan and the Kurils (125°–150°E, 25°–50°N). */
function pointsFile(): Buffer {
  const features: string[] = [];
  for (let i = 0; i < POINTS; i += 1) {
    const lon = 125 + (i % 500) * 0.05;
    const lat = 25 + Math.floor(i / 500) * 0.0625;
    features.push(
      `{"type":"Feature","properties":{"n":${i}},"geometry":{"type":"Point","coordinates":[${lon.toFixed(3)},${lat.toFixed(4)}]}}`,
    );
  }
  return Buffer.from(`{"type":"FeatureCollection","features":[${features.join(',')}]}`);
}

/** The map's view from the address (`#map=Z/LAT/LON`) and the map's box on the page. */
async function mapView(page: Page) {
  const hash = await page.evaluate(() => location.hash);
  const [zoom, lat, lon] = (/map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(hash) ?? [])
    .slice(1)
    .map(Number);
  const box = await page.locator('#map').boundingBox();
  if (zoom === undefined || lat === undefined || lon === undefined || !box) {
    throw new Error(`no view in ${hash}`);
  }
  return { view: { zoom, lat, lon, width: box.width, height: box.height }, box };
}

describe('a file of 20,000 polygons', () => {
  it(
    'Cancel while it is checked leaves the article’s map as it was',
    async () => {
      const { page } = await chromium.open(baseUrl);
      const before = {
        names: await listNames(page),
        hash: await page.evaluate(() => location.hash),
      };
      // Cancelled as soon as checking is told (features are checked as the file is read):
      // surely before the answer.
      await cancelWhenChecking(page);
      await openPolygons(page);
      await expectCancelled(page, 'polygons.geojson', before.names);
      await expect(page.evaluate(() => location.hash)).resolves.toBe(before.hash);
      await expect(page.locator('.leaflet-overlay-pane canvas.leaflet-tile').count()).resolves.toBe(
        0,
      );
    },
    SLOW_TEST,
  );

  it(
    'opens with progress shown and its count told; a click on a shape shows its properties',
    async () => {
      const { page } = await chromium.open(baseUrl);
      await watchProgress(page);
      await openPolygons(page);
      await expectOpened(page, 'polygons.geojson', '20,000');
      // Drawn as canvas tiles, not as 20,000 paths.
      expect(
        await page.locator('.leaflet-overlay-pane canvas.leaflet-tile').count(),
      ).toBeGreaterThan(0);
      await expect(page.locator('path.place-shape').count()).resolves.toBe(0);

      await waitForSettledMap(page);
      const { view, box } = await mapView(page);
      const project = viewProjector(view);
      const [x, y] = project((TARGET.west + TARGET.east) / 2, (TARGET.south + TARGET.north) / 2);
      // The pointer says what a click would do: a hand over the shape, not beside it.
      const cursor = () => page.locator('#map').evaluate((node) => getComputedStyle(node).cursor);
      const [ex, ey] = project(1, 1.5);
      await page.mouse.move(box.x + ex, box.y + ey);
      await expect.poll(cursor, PATIENT).not.toBe('pointer');
      await page.mouse.move(box.x + x, box.y + y);
      await expect.poll(cursor, PATIENT).toBe('pointer');
      await page.mouse.move(box.x + ex, box.y + ey);
      await expect.poll(cursor, PATIENT).not.toBe('pointer');

      await page.mouse.click(box.x + x, box.y + y);
      const popup = page.locator('.leaflet-popup');
      await expect.poll(() => popup.innerText(), PATIENT).toMatch(/Target square/);
      const text = await popup.innerText();
      expect(text).toMatch(/<b>the test<\/b>/);
      expect(text).toMatch(/19999/);

      // North of the grid, then on the target again: the worker answers in order, so when the
      // target's popup opens the empty click's answer has come, and it opened nothing.
      await page.locator('.leaflet-popup-close-button').click();
      // Leaflet fades a closed popup out before removing it.
      await expect.poll(() => popup.count(), PATIENT).toBe(0);
      await page.evaluate(() => {
        const opened: string[] = [];
        (window as unknown as { opened: string[] }).opened = opened;
        new MutationObserver((records) => {
          for (const record of records) {
            for (const node of record.addedNodes) {
              if (node instanceof HTMLElement && node.matches('.leaflet-popup')) {
                opened.push(node.innerText);
              }
            }
          }
        }).observe(document.querySelector('.leaflet-popup-pane') as Node, { childList: true });
      });
      await page.mouse.click(box.x + ex, box.y + ey);
      await page.mouse.click(box.x + x, box.y + y);
      const opened = () => page.evaluate(() => (window as unknown as { opened: string[] }).opened);
      await expect.poll(async () => (await opened()).at(-1), PATIENT).toMatch(/Target square/);
      expect(await opened()).toHaveLength(1);
    },
    SLOW_TEST,
  );
});

describe('a file of 200,000 points', () => {
  const points = pointsFile();

  it(
    'opens with bytes and features told as it is read, drawn as clusters; Cancel leaves the map as it was',
    async () => {
      const { page } = await chromium.open(baseUrl);
      const before = { names: await listNames(page) };
      await watchProgress(page);
      await openFile(page, 'points.geojson', points);
      await expectOpened(page, 'points.geojson', '200,000');
      // Clusters the worker made for the view, not 200,000 markers.
      const clusters = await page.locator('.leaflet-marker-icon.cluster').count();
      expect(clusters).toBeGreaterThan(0);
      expect(clusters).toBeLessThan(2_000);

      // Back to the article, then the same file again, cancelled as soon as features are
      // being checked: the article's map is as it was.
      await page.getByRole('button', { name: 'Back to the article' }).click();
      await expect.poll(() => listNames(page), PATIENT).toEqual(before.names);
      await cancelWhenChecking(page);
      await openFile(page, 'points.geojson', points);
      await expectCancelled(page, 'points.geojson', before.names);
      await expect(page.locator('.leaflet-marker-icon.cluster').count()).resolves.toBe(0);
    },
    SLOW_TEST,
  );
});
