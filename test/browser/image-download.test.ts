/**
 * "Download image": the PNG (twice the map's CSS pixels) and the SVG are valid files of
 * the expected size, painted by the shared painter with the title, the source line and
 * the data credits; the address's inset=0 and scalebar=0 leave those parts out.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, openApp, waitForSettledMap } from './chromium';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

async function download(page: Page, name: string): Promise<{ file: string; bytes: Buffer }> {
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return { file: saved.suggestedFilename(), bytes: readFileSync((await saved.path())!) };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const TITLE = 'Russia Wants To Boost High-Tech Cooperation With Japan';

describe('Download image', () => {
  it('saves an SVG with the title, source, credits, legend, scale bar and inset', async () => {
    const { page, context, errors } = await openApp(chromium.browser(), baseUrl, {
      path: '#map=6/44.5/146.5',
    });
    await waitForSettledMap(page);
    const map = await page.locator('#map').boundingBox();
    const { file, bytes } = await download(page, 'SVG');
    expect(file).toBe('article-map.svg');
    const svg = bytes.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        name: root.nodeName,
        width: Number(root.getAttribute('width')),
        title: [...doc.querySelectorAll('.title text')].map((t) => t.textContent).join(' '),
        source: doc.querySelector('.source')?.textContent ?? '',
        credits: doc.querySelector('.credits')?.textContent ?? '',
        parts: ['.legend', '.scale-bar', '.inset'].filter((s) => doc.querySelector(s)),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.name).toBe('svg');
    // The map's own width: the image is the view on screen.
    expect(parsed.width).toBe(Math.round(map!.width));
    expect(parsed.title).toContain(TITLE);
    expect(parsed.source).toBe('Source: Pakistan Point News / Sputnik, 23 November 2019');
    expect(parsed.credits).toContain('Natural Earth');
    expect(parsed.credits).toContain('GeoNames');
    expect(parsed.credits).not.toContain('OpenStreetMap');
    expect(parsed.parts).toEqual(['.legend', '.scale-bar', '.inset']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves a PNG at twice the size of the SVG, with ink in the title and the footer', async () => {
    const { page, context } = await openApp(chromium.browser(), baseUrl, { path: '#map=4/45/140' });
    await waitForSettledMap(page);
    const svg = (await download(page, 'SVG')).bytes.toString('utf8');
    const { file, bytes } = await download(page, 'Download image');
    expect(file).toBe('article-map.png');
    const size = pngSize(bytes);
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
    expect(size).toEqual({ width: width * 2, height: height * 2 });
    // Decoded by the browser: the title band and the source line hold dark text pixels.
    const ink = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const dark = (y0: number, y1: number): number => {
        const data = context.getImageData(0, y0, image.width, y1 - y0).data;
        let count = 0;
        for (let i = 0; i < data.length; i += 4)
          if (data[i]! + data[i + 1]! + data[i + 2]! < 200) count++;
        return count;
      };
      return { title: dark(0, 60), footer: dark(image.height - 80, image.height) };
    }, bytes.toString('base64'));
    expect(ink.title).toBeGreaterThan(500);
    expect(ink.footer).toBeGreaterThan(300);
    await context.close();
  });

  it('names the open place in the file and leaves out what the address turned off', async () => {
    const { page, context } = await openApp(chromium.browser(), baseUrl, {
      path: '#map=3/48/110&inset=0&scalebar=0',
    });
    await waitForSettledMap(page);
    const svg = (await download(page, 'SVG')).bytes.toString('utf8');
    expect(svg).not.toContain('class="scale-bar"');
    expect(svg).not.toContain('class="inset"');
    expect(svg).toContain('class="legend"');
    await page.getByRole('list', { name: 'Places' }).getByRole('button', { name: 'Tokyo' }).click();
    await waitForSettledMap(page, { place: 'tokyo' });
    expect((await download(page, 'SVG')).file).toBe('article-map-tokyo.svg');
    await context.close();
  });

  it('credits OpenStreetMap when that layer is the basemap (tiles that fail are left out)', async () => {
    const { page, context } = await openApp(chromium.browser(), baseUrl, {
      path: '#map=4/45/140&basemap=osm',
    });
    await waitForSettledMap(page);
    const svg = (await download(page, 'SVG')).bytes.toString('utf8');
    expect(svg).toMatch(/class="credits"[^>]*>[^<]*OpenStreetMap/);
    await context.close();
  });
});
