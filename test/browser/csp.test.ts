/**
 * The built page's content security policy holds through the main flows: no
 * `securitypolicyviolation` event while reading, switching names, touring,
 * opening and downloading files, embedding, or switching to OpenStreetMap.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, openApp, waitForLiveMap, waitForMark } from './chromium';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

async function openWatched(path = ''): Promise<Page> {
  const { page, context } = await openApp(chromium.browser(), baseUrl, { path });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  // Reload so the listener is there from the first byte.
  await page.reload();
  await waitForLiveMap(page);
  return page;
}

describe('content security policy', () => {
  it('is in the built page, strict', async () => {
    const page = await openWatched();
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    await expect(page.locator('meta[name="referrer"]').getAttribute('content')).resolves.toBe(
      'strict-origin-when-cross-origin',
    );
  });

  it('sees no violation across the main flows', async () => {
    const page = await openWatched();
    await waitForMark(page, 'basemap-rendered');
    await page
      .getByRole('list', { name: 'Places' })
      .getByRole('button', { name: 'Sakhalin' })
      .click();
    await page.locator('.leaflet-popup-content article.popup').waitFor();
    await page.getByRole('radio', { name: 'Japanese usage' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('region', { name: 'Article' }).getByRole('button').first().click();
    await page.getByRole('button', { name: 'Embed' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download GeoJSON' }).click(),
    ]);
    await download.path();
    await page
      .getByLabel('Open GeoJSON')
      .setInputFiles('test/fixtures/open/mixed-good-and-bad.geojson');
    await waitForMark(page, 'data-rendered');
    await page.getByRole('button', { name: 'Back to the article' }).click();
    await page.waitForTimeout(300);
    expect(await violations(page)).toEqual([]);
  });

  it('switches to OpenStreetMap tiles and back; the link keeps the choice', async () => {
    const page = await openWatched();
    await page.locator('.leaflet-control-layers').hover();
    await page.getByRole('radio', { name: /OpenStreetMap/ }).check();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('basemap=osm');
    await expect.poll(() => page.locator('img.leaflet-tile').count()).toBeGreaterThan(0);
    await page.reload();
    await waitForLiveMap(page);
    // After the reload the OSM layer is back: its tiles are requested.
    await expect.poll(() => page.locator('img.leaflet-tile').count()).toBeGreaterThan(0);
    // The collapsed switch hides its radios; click the built-in one as a script would.
    await page.evaluate(() => {
      const labels = [...document.querySelectorAll('.leaflet-control-layers label')];
      const ne = labels.find((l) => l.textContent?.includes('Natural Earth'));
      ne?.querySelector('input')?.click();
    });
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('basemap=');
    await expect.poll(() => page.locator('img.leaflet-tile').count()).toBe(0);
    expect(await violations(page)).toEqual([]);
  });
});
