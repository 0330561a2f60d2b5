/**
 * Shared map links (issue 4) in real Chromium: a link restores view, place and
 * naming in a fresh browser; Back and Forward step through what the reader
 * did; junk in the address harms nothing; "Copy link"; embed mode in an iframe.
 */
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatState, parseState } from '../../src/core/address/url-state';
import { useChromium, waitForLiveMap, type OpenedPage } from './chromium';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

async function open(path = '', viewport?: { width: number; height: number }): Promise<OpenedPage> {
  return chromium.open(baseUrl, { path, ...(viewport ? { viewport } : {}) });
}

const popupOf = (page: Page, id: string) =>
  page.locator(`.leaflet-popup-content article.popup[data-place="${id}"]`);
const openPopups = (page: Page) => page.locator('.leaflet-popup-content article.popup');
const hash = (page: Page) => page.evaluate(() => location.hash);
const checkedName = (page: Page) =>
  page.evaluate(
    () => document.querySelector<HTMLInputElement>('input[name="names"]:checked')?.value,
  );

describe('a shared link', () => {
  it('shows the same view, popup and naming in a fresh browser context', async () => {
    const link = '#map=7/44.8/147.2&place=iturup&names=ja';
    const { page } = await open(link);
    const popup = popupOf(page, 'iturup');
    await popup.waitFor();
    await expect(popup.getByRole('heading', { level: 2 }).innerText()).resolves.toBe('Etorofu');
    await expect(checkedName(page)).resolves.toBe('ja');
    // The view is kept exactly: the address is the link, in its canonical form.
    await page.waitForTimeout(500);
    await expect(hash(page)).resolves.toBe(formatState(parseState(link)));
  });

  it('centres on the place and opens it when the link has no view', async () => {
    const { page } = await open('#place=sakhalin');
    await popupOf(page, 'sakhalin').waitFor();
    await expect.poll(() => hash(page)).toMatch(/^#map=[\d.]+\/[\d.]+\/[\d.]+&place=sakhalin$/);
    const state = parseState(await hash(page));
    // Sakhalin spans roughly 46–54°N, 141–145°E.
    expect(state.view!.lat).toBeGreaterThan(45);
    expect(state.view!.lat).toBeLessThan(55);
    expect(state.view!.lon).toBeGreaterThan(140);
    expect(state.view!.lon).toBeLessThan(146);
  });

  it('copied in one browser and opened in another shows the same map', async () => {
    const a = await open();
    await a.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page } = a;
    await page.getByRole('radio', { name: 'Russian usage' }).check();
    await page
      .getByRole('list', { name: 'Places' })
      .getByRole('button', { name: 'Kunashir' })
      .click();
    await popupOf(page, 'kunashir').waitFor();
    await page.waitForTimeout(600);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toContain('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The place's own page (its preview is that place's), with the hash that restores the view.
    expect(new URL(copied).hash).toBe(new URL(page.url()).hash);
    expect(new URL(copied).pathname).toBe('/kurils-2019/kunashir/');
    expect(copied).toContain('place=kunashir');
    expect(copied).toContain('names=ru');

    const b = await open(copied.slice(baseUrl.length));
    await popupOf(b.page, 'kunashir').waitFor();
    await expect(checkedName(b.page)).resolves.toBe('ru');
    await b.page.waitForTimeout(500);
    await expect(hash(b.page)).resolves.toBe(await hash(page));
  });

  it('keeps the state across a reload', async () => {
    const { page } = await open('#map=6/35.2/136.9&place=nagoya&names=ja&panels=places');
    await popupOf(page, 'nagoya').waitFor();
    const before = await hash(page);
    await page.reload();
    await waitForLiveMap(page);
    await popupOf(page, 'nagoya').waitFor();
    await expect(hash(page)).resolves.toBe(before);
    await expect(page.locator('#article-panel').getAttribute('open')).resolves.toBeNull();
  });
});

describe('Back and Forward', () => {
  it('step through the places the reader opened and the naming they chose', async () => {
    const { page } = await open();
    const list = page.getByRole('list', { name: 'Places' });
    await list.getByRole('button', { name: 'Moscow' }).click();
    await popupOf(page, 'moscow').waitFor();
    await list.getByRole('button', { name: 'Tokyo' }).click();
    await popupOf(page, 'tokyo').waitFor();
    await page.getByRole('radio', { name: 'Japanese usage' }).check();
    await page.waitForTimeout(400);

    await page.goBack();
    await expect.poll(() => checkedName(page)).toBe('both');
    await popupOf(page, 'tokyo').waitFor();
    await page.goBack();
    await popupOf(page, 'moscow').waitFor();
    await page.goBack();
    await expect.poll(() => openPopups(page).count()).toBe(0);
    await page.goForward();
    await popupOf(page, 'moscow').waitFor();
    await page.goForward();
    await page.goForward();
    await expect.poll(() => checkedName(page)).toBe('ja');
    await popupOf(page, 'tokyo').waitFor();
  });

  it('closing a popup is a step too', async () => {
    const { page } = await open();
    await page.getByRole('list', { name: 'Places' }).getByRole('button', { name: 'Osaka' }).click();
    await popupOf(page, 'osaka').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => hash(page)).not.toContain('place=');
    await page.goBack();
    await popupOf(page, 'osaka').waitFor();
  });
});

describe('junk in the address', () => {
  it('never throws, never hides the places, and the rest of the address still applies', async () => {
    // Each hash's view once it is there: the map jumps (reduced motion) instead of flying.
    const app = await chromium.open(baseUrl, { reducedMotion: true });
    const { page } = app;
    const junk = [
      '#map=NaN/NaN/NaN',
      '#map=1e999/45/147',
      '#map=-5/45/147',
      '#map=99999/45/147',
      '#map=5/95/147',
      '#map=5/45/' + '9'.repeat(400),
      '#place=atlantis',
      '#place=%E0%A4%A',
      '#names=zh',
      '#data=javascript:alert(1)',
      '#' + 'x'.repeat(200_000),
      '#map=5/45/147&place=iturup&place=moscow',
      '#%%%&&&===///',
      ...fc
        .sample(fc.string({ unit: 'binary', maxLength: 60 }), { numRuns: 150, seed: 7 })
        .map((s) => '#' + encodeURI(s)),
      ...fc
        .sample(
          fc.array(
            fc.constantFrom('map=', '/', '&', '=', '1', '9', 'e', '-', '.', '%', 'place', 'names'),
            {
              maxLength: 30,
            },
          ),
          { numRuns: 150, seed: 11 },
        )
        .map((parts) => '#' + parts.join('')),
    ];
    // Every 25th through the address bar, a navigation as typing a new hash is; the 24 after
    // it set in the page, one at a time, each once the app has had its hashchange for it (the
    // listener added last runs last), in one round trip instead of one each.
    for (let i = 0; i < junk.length; i += 25) {
      await page.goto(baseUrl + junk[i]);
      await page.evaluate(
        async (hashes) => {
          for (const next of hashes) {
            const before = location.href;
            const changed = new Promise((resolve) =>
              addEventListener('hashchange', resolve, { once: true }),
            );
            location.hash = next;
            // The same address again fires no hashchange.
            if (location.href !== before) await changed;
          }
        },
        junk.slice(i + 1, i + 25),
      );
    }
    await page.waitForTimeout(300);
    await expect(page.locator('path.place-shape').count()).resolves.toBe(8);
    await expect(
      page.getByRole('list', { name: 'Places' }).getByRole('button').count(),
    ).resolves.toBe(8);
    // A valid part beside junk still applies.
    await page.evaluate(() => (location.hash = '#map=abc&names=ja&place=osaka'));
    await popupOf(page, 'osaka').waitFor();
    await expect(checkedName(page)).resolves.toBe('ja');
    expect(app.errors).toEqual([]);
  });
});

describe('embed mode', () => {
  it('shows the map, the places and "Open full map" in a 600×400 iframe', async () => {
    const app = await open();
    const { page } = app;
    const src = `${baseUrl}#map=4/45/140&names=both&embed=1`;
    await page.setContent(
      `<!doctype html><title>News page</title><iframe src="${src}" width="600" height="400" title="Map"></iframe>`,
    );
    const frame = page.frameLocator('iframe');
    await frame.locator('path.place-shape').first().waitFor();
    await expect(frame.locator('.masthead').isVisible()).resolves.toBe(false);
    await expect(frame.locator('#map').isVisible()).resolves.toBe(true);
    const link = frame.getByRole('link', { name: 'Open full map' });
    await expect(link.isVisible()).resolves.toBe(true);
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toContain('#map=4/45');
    expect(href).not.toContain('embed');
    await expect(
      frame.getByRole('list', { name: 'Places' }).getByRole('button').count(),
    ).resolves.toBe(8);
    await expect(frame.locator('.leaflet-control-attribution').isVisible()).resolves.toBe(true);
    // Everything fits the iframe: the place list and the link are inside its 600×400 box.
    const box = await page.locator('iframe').boundingBox();
    const linkBox = await link.boundingBox();
    expect(linkBox && box && linkBox.y + linkBox.height <= box.y + box.height).toBe(true);
    await page.screenshot({ path: 'test-results/embed-600x400.png' });
  });
});
