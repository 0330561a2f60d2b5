/**
 * The built-in basemap (issue 7) with every outside request blocked: land,
 * coasts, borders and the disputed area are drawn at world, region and close
 * zoom, each zoom fetching only the Natural Earth resolution it needs.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp, waitForMark, type OpenedPage } from './chromium';

const baseUrl = inject('baseUrl');
let browser: Browser;
const opened: OpenedPage[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const app of opened) {
    expect(app.outside).toEqual([]);
    expect(app.errors).toEqual([]);
  }
  await browser?.close();
});

/** Counts painted pixels on the basemap canvases: land fill, and line (coast/border) colours. */
function paint(page: Page): Promise<{ land: number; lines: number }> {
  return page.evaluate(() => {
    let land = 0;
    let lines = 0;
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>(
      '[class*="leaflet-basemap-"] canvas',
    )) {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0) continue;
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
        if (a === 0) continue;
        if (r === 0xf3 && g === 0xef && b === 0xe6) land++;
        else if (r < 0xe0 && g < 0xe0 && b < 0xe0 && Math.abs(r - b) < 40) lines++;
      }
    }
    return { land, lines };
  });
}

const fetched = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => /countries-|ne-10m-/.test(n))
      .map((n) => n.replace(/^.*\//, '').replace(/-[\w-]{8}\.json$/, '.json')),
  );

async function at(path: string): Promise<Page> {
  const app = await openApp(browser, baseUrl, { path });
  opened.push(app);
  await waitForMark(app.page, 'basemap-rendered');
  await app.page.waitForTimeout(800);
  return app.page;
}

describe('the built-in basemap, offline', () => {
  it('at world zoom draws land and borders from 1:110m only', async () => {
    const page = await at('#map=2/30/100');
    const { land, lines } = await paint(page);
    expect(land).toBeGreaterThan(20_000);
    expect(lines).toBeGreaterThan(1_000);
    expect(await fetched(page)).toEqual(['countries-110m.json']);
    await page.screenshot({ path: 'test-results/basemap-world.png' });
  });

  it('at the story’s first view fetches no more than 1:110m', async () => {
    const page = await at('');
    expect((await paint(page)).land).toBeGreaterThan(20_000);
    expect(await fetched(page)).toEqual(['countries-110m.json']);
    await page.screenshot({ path: 'test-results/basemap-region.png' });
  });

  it('close to the islands adds the story’s 1:10m detail and still draws the disputed area', async () => {
    const page = await at('#map=8/43.9/145.6');
    await expect.poll(() => fetched(page)).toContain('ne-10m-detail.json');
    await page.waitForTimeout(800);
    const { land, lines } = await paint(page);
    expect(land).toBeGreaterThan(5_000);
    expect(lines).toBeGreaterThan(200);
    // The group, Kunashir and Iturup: every disputed area is hatched.
    await expect(page.locator('path.place-disputed').count()).resolves.toBe(3);
    const box = await page
      .locator('path.place-disputed[data-place="southern-kurils"]')
      .boundingBox();
    expect(box && box.width > 100).toBe(true);
    await page.screenshot({ path: 'test-results/basemap-close.png' });
  });
});
