/**
 * The map embedded in a long news page with the "Embed" snippet: the iframe is sized by
 * public/embed.js from the height the map posts (and grows when a popup opens), the wheel
 * without Ctrl scrolls the host page and leaves the map's zoom alone, Ctrl+wheel zooms,
 * `static=1` gives a map with no interaction, and the snippet is the one "Embed" offers.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './chromium';

const baseUrl = inject('baseUrl');
// The site's root: embed.js lives there, whichever page the snippet embeds.
const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const FILLER = '<p style="height:1500px;margin:0">Story text.</p>';

/** A long host page with the snippet the app offers for `hash` in the middle. */
async function hostPage(hash: string): Promise<{ page: Page; frame: Frame }> {
  const { page } = await openApp(browser, baseUrl);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  // The snippet as offered, pointed at the view under test.
  const snippet = code.replace(/src="[^"]*#[^"]*"/, `src="${baseUrl}${hash}"`);
  // A page of its own (about:blank): the app's document would keep its CSP, which
  // refuses the host's inline styles.
  const host = await page.context().newPage();
  await page.close();
  await host.setContent(
    `<!doctype html><title>News</title><body style="margin:0">${FILLER}${snippet}${FILLER}</body>`,
  );
  const handle = await host.waitForSelector('iframe[data-article-map]');
  // loading="lazy": the map loads as the reader scrolls to it.
  await handle.scrollIntoViewIfNeeded();
  const frame = (await handle.contentFrame())!;
  await frame.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0);
  return { page: host, frame };
}

const iframeHeight = (page: Page): Promise<number> =>
  page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);

describe('embedded in a news page', () => {
  it('offers a snippet with allowfullscreen, a fixed height and the host script', async () => {
    const { page } = await openApp(browser, baseUrl);
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(code).toMatch(/<iframe [^>]*allowfullscreen/);
    expect(code).toMatch(/height="480"/);
    expect(code).toContain('embed=1');
    expect(code).toContain(`<script src="${siteUrl}embed.js" async></script>`);
    await page.context().close();
  });

  it('resizes the iframe to the map, and taller when a popup opens', async () => {
    const { page, frame } = await hostPage('#map=4/45/140&embed=1');
    // The map posts its height; embed.js sets it (480 from the snippet, to within a pixel).
    await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '');
    const before = await iframeHeight(page);
    expect(before).toBeGreaterThanOrEqual(470);
    expect(before).toBeLessThanOrEqual(490);
    await frame
      .getByRole('list', { name: 'Places' })
      .getByRole('button', { name: 'Iturup / Etorofu' })
      .click();
    await frame.locator('.leaflet-popup article.popup[data-place="iturup"]').waitFor();
    await page.waitForFunction(
      (h) => document.querySelector('iframe')!.getBoundingClientRect().height > h + 20,
      before,
    );
    const after = await iframeHeight(page);
    // The popup is whole inside the grown iframe.
    const popup = await frame.locator('.leaflet-popup').boundingBox();
    expect(popup!.height).toBeLessThan(after);
    await frame.locator('.leaflet-popup-close-button').click();
    await page.waitForFunction(
      (h) => Math.abs(document.querySelector('iframe')!.getBoundingClientRect().height - h) < 2,
      before,
    );
    await page.context().close();
  });

  it('lets the wheel scroll the host page and leaves the zoom alone; Ctrl+wheel zooms', async () => {
    const { page, frame } = await hostPage('#map=4/45/140&embed=1');
    await page.locator('iframe').scrollIntoViewIfNeeded();
    const zoom = (): Promise<string | undefined> =>
      frame.evaluate(() => /map=([\d.]+)\//.exec(location.hash)?.[1]);
    const startZoom = await zoom();
    const box = (await page.locator('iframe').boundingBox())!;
    await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2);
    const scrolled = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, 400);
    await page.waitForFunction((y) => scrollY > y + 100, scrolled);
    // The hint says how to zoom.
    await expect(frame.locator('.cooperative-hint').textContent()).resolves.toContain('Ctrl');
    await page.waitForTimeout(500);
    expect(await zoom()).toBe(startZoom);
    // With Ctrl the map zooms and the page stays.
    const box2 = (await page.locator('iframe').boundingBox())!;
    await page.mouse.move(box2.x + box2.width / 3, box2.y + box2.height / 2);
    const y = await page.evaluate(() => scrollY);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await frame.waitForFunction((z) => /map=([\d.]+)\//.exec(location.hash)?.[1] !== z, startZoom);
    expect(await page.evaluate(() => scrollY)).toBe(y);
    await page.context().close();
  });

  it('with static=1 shows a map that neither pans, zooms nor opens popups', async () => {
    const { page, frame } = await hostPage('#map=4/45/140&embed=1&static=1');
    await page.locator('iframe').scrollIntoViewIfNeeded();
    await expect(frame.locator('.leaflet-control-zoom').isVisible()).resolves.toBe(false);
    const hash = await frame.evaluate(() => location.hash);
    const box = (await page.locator('iframe').boundingBox())!;
    await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 3 + 120, box.y + box.height / 2 + 60, { steps: 5 });
    await page.mouse.up();
    await page.mouse.dblclick(box.x + box.width / 3, box.y + box.height / 2);
    await page.waitForTimeout(600);
    expect(await frame.evaluate(() => location.hash)).toBe(hash);
    // A real click on a city (the reader's, not a script's).
    const city = (await frame.locator('path.place-city').first().boundingBox())!;
    await page.mouse.click(city.x + city.width / 2, city.y + city.height / 2);
    await page.waitForTimeout(300);
    await expect(frame.locator('.leaflet-popup').count()).resolves.toBe(0);
    await page.context().close();
  });
});
