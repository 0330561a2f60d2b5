/**
 * Back undoes exactly one step and Forward redoes it (issue 10), for every
 * route that opens a place (the Places list, a shape on the map, a mention in
 * the article, the tour, the keyboard on a shape), with the two steps 0 ms,
 * 100 ms and 2 s apart; from a bare page and from a shared link; and for
 * closing a popup, changing the naming, opening a file and leaving it. After
 * each step the open popup lies inside the map's box: the map went there.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, waitForMark } from './chromium';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

/** The app at `path`; `still`: reduced motion, the map jumps where it would fly. */
async function open(path = '', still = false): Promise<Page> {
  return (await chromium.open(baseUrl, { path, reducedMotion: still })).page;
}

const placeIn = (page: Page) =>
  page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('place'));
const popups = (page: Page) => page.locator('.leaflet-popup-content article.popup');

/** The place whose popup is open, once the map has settled on it, with the popup inside the map. */
async function settledOn(page: Page, id: string | null): Promise<void> {
  await expect.poll(() => placeIn(page), { timeout: 15_000 }).toBe(id);
  if (id === null) {
    await expect.poll(() => popups(page).count(), { timeout: 15_000 }).toBe(0);
    return;
  }
  const popup = page.locator(`.leaflet-popup-content article.popup[data-place="${id}"]`);
  let lastBoxes = '';
  await popup.waitFor({ timeout: 15_000 });
  // The address gets the settled view last: when it names a view, the map is at rest.
  await expect.poll(() => page.evaluate(() => location.hash), { timeout: 15_000 }).toMatch(/map=/);
  await expect
    .poll(
      async () => {
        const map = await page.locator('#map').boundingBox();
        const box = await page.locator('.leaflet-popup').boundingBox();
        lastBoxes = JSON.stringify({ map, box });
        return (
          !!map &&
          !!box &&
          box.y >= map.y - 1 &&
          box.x >= map.x - 1 &&
          box.y + box.height <= map.y + map.height + 1 &&
          box.x + box.width <= map.x + map.width + 1
        );
      },
      { timeout: 15_000, message: `${id}'s popup inside the map: ${lastBoxes}` },
    )
    .toBe(true);
}

type Route = 'list' | 'map' | 'mention' | 'tour' | 'keyboard';

/** Opens a place the way a reader would by `route`; the tour opens the next one instead. */
async function openBy(page: Page, route: Route, id: string): Promise<void> {
  const shape = page.locator(`path.place-shape[data-place="${id}"]`);
  switch (route) {
    case 'list':
      return page.locator(`#places button[data-place="${id}"]`).click();
    case 'map':
      // The shape may be off screen after the previous step: the click event is the reader's.
      return shape.dispatchEvent('click');
    case 'mention':
      return page.locator(`#article button.mention[data-place="${id}"]`).first().click();
    case 'tour':
      return page.getByRole('button', { name: 'Next ›' }).click();
    case 'keyboard':
      await shape.focus();
      return page.keyboard.press('Enter');
  }
}

describe('Back and Forward after opening places', () => {
  const routes: Route[] = ['list', 'map', 'mention', 'tour', 'keyboard'];
  for (const route of routes) {
    for (const gap of [0, 100, 2000]) {
      it(`by ${route}, ${gap} ms apart: Back undoes one step at a time, Forward redoes them`, async () => {
        // Steps 2 s apart each land before the next: they are the same with the map jumping
        // (reduced motion), and Back and Forward during flights are the 0 and 100 ms cases.
        const page = await open('', gap >= 2000);
        const before = await page.evaluate(() => history.length);
        // The tour's first two places follow the article; others are chosen to need a flight.
        const [a, b] = route === 'tour' ? ['moscow', 'tokyo'] : ['moscow', 'iturup'];
        await openBy(page, route, a);
        if (gap > 0) await page.waitForTimeout(gap);
        await openBy(page, route, b);
        await settledOn(page, b);
        expect(await page.evaluate(() => history.length)).toBe(before + 2);
        await page.goBack();
        await settledOn(page, a);
        await page.goBack();
        await settledOn(page, null);
        await page.goForward();
        await settledOn(page, a);
        await page.goForward();
        await settledOn(page, b);
      });
    }
  }
});

describe('Back from a shared link', () => {
  it('returns to the link’s place and exact view after opening another place', async () => {
    const link = '#map=7/44.9/147.6&place=iturup&names=ja';
    const page = await open(link);
    await settledOn(page, 'iturup');
    await page.locator('#places button[data-place="osaka"]').click();
    await settledOn(page, 'osaka');
    await page.goBack();
    await settledOn(page, 'iturup');
    expect(await page.evaluate(() => location.hash)).toBe(link);
    await page.goForward();
    await settledOn(page, 'osaka');
  });
});

describe('Back after other steps', () => {
  it('closing a popup, changing the naming, opening a file and leaving it: one step each', async () => {
    const page = await open();
    await page.locator('#places button[data-place="tokyo"]').click();
    await settledOn(page, 'tokyo');
    await page.locator('.leaflet-popup-close-button').click();
    await settledOn(page, null);
    await page.getByRole('radio', { name: 'Japanese usage' }).check();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('names=ja');
    const fixture = join(import.meta.dirname, '..', 'fixtures', 'open', 'single-feature.geojson');
    await page.getByLabel('Open GeoJSON').setInputFiles(fixture);
    await waitForMark(page, 'data-rendered');
    await expect.poll(() => page.locator('path.place-shape').count()).toBe(0);
    await page.getByRole('button', { name: 'Back to the article' }).click();
    await expect.poll(() => page.locator('path.place-shape').count()).toBe(8);

    // Back: the file again (read anew, in a new worker, from the file the reader chose: on a
    // busy machine that takes longer than expect.poll's default second), then the article.
    await page.goBack();
    const reread = { timeout: 15_000 };
    await expect.poll(() => page.locator('path.place-shape').count(), reread).toBe(0);
    await expect.poll(() => page.locator('#data-panel').isVisible(), reread).toBe(true);
    await page.goBack();
    await expect.poll(() => page.locator('path.place-shape').count()).toBe(8);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('names=ja');
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('names=ja');
    await page.goBack();
    await settledOn(page, 'tokyo');
  });
});
