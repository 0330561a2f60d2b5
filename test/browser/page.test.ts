/**
 * The page's presentation: both themes (from `theme=` and from the system's colour
 * scheme) pass axe, popups included; printing shows the map, its key, the places and
 * the article with the open place's passages, and no buttons; an opened file's popup
 * gives its property keys room and reads lists and objects as text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, openApp, waitForSettledMap } from './chromium';
import { axeViolations as axe } from './axe';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

const background = (page: Page, selector: string): Promise<string> =>
  page
    .locator(selector)
    .first()
    .evaluate((node) => getComputedStyle(node).backgroundColor);

describe('themes', () => {
  for (const [name, path, scheme] of [
    ['light, from theme=light on a dark system', '#theme=light', 'dark'],
    ['dark, from theme=dark', '#theme=dark', 'light'],
    ['dark, from the system with theme=auto', '', 'dark'],
  ] as const) {
    it(`${name}: passes axe with a popup open`, async () => {
      // Colours once the popup is there: the map jumps (reduced motion) instead of flying.
      const { page, context, errors } = await openApp(chromium.browser(), baseUrl, {
        path,
        reducedMotion: true,
      });
      await page.emulateMedia({ colorScheme: scheme });
      const dark = name.startsWith('dark');
      await page.waitForFunction(
        (want) => document.documentElement.dataset.scheme === want,
        dark ? 'dark' : 'light',
      );
      const paper = await background(page, 'body');
      // Dark paper is dark, light paper light: the sum of the channels says which.
      const sum = (paper.match(/\d+/g) ?? []).slice(0, 3).reduce((a, b) => a + Number(b), 0);
      expect(dark ? sum < 200 : sum > 600, paper).toBe(true);
      expect(await axe(page)).toEqual([]);
      await page
        .getByRole('list', { name: 'Places' })
        .getByRole('button', { name: 'Iturup / Etorofu', exact: true })
        .click();
      await waitForSettledMap(page, { place: 'iturup' });
      const popup = await background(page, '.leaflet-popup-content-wrapper');
      expect(popup).toBe(dark ? 'rgb(31, 34, 40)' : 'rgb(255, 255, 255)');
      expect(await axe(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('the scan finds what it is there to find: a planted image without text, a nameless button', async () => {
    const { page, context } = await openApp(chromium.browser(), baseUrl);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.id = 'planted-img';
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      const button = document.createElement('button');
      button.id = 'planted-button';
      document.querySelector('main')!.append(img, button);
    });
    const found = await axe(page);
    expect(found.find((line) => line.startsWith('image-alt:'))).toContain('#planted-img');
    expect(found.find((line) => line.startsWith('button-name:'))).toContain('#planted-button');
    await context.close();
  });
});

describe('print', () => {
  it('shows the map, key, places and article with the open passages, and no buttons', async () => {
    const { page, context } = await openApp(chromium.browser(), baseUrl, {
      path: '#map=4/45/140&place=iturup&panels=places',
    });
    await waitForSettledMap(page, { place: 'iturup' });
    await page.emulateMedia({ media: 'print' });
    // What `beforeprint` does when the reader presses Ctrl+P (emulation does not fire it).
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const visible = (selector: string): Promise<boolean> =>
      page.locator(selector).first().isVisible();
    await expect(visible('#map')).resolves.toBe(true);
    await expect(visible('.legend')).resolves.toBe(true);
    await expect(visible('.scale-bar')).resolves.toBe(true);
    await expect(visible('#places')).resolves.toBe(true);
    // The article panel was closed in the address; on paper it is open, passages marked.
    await expect(page.getByRole('region', { name: 'Article' }).isVisible()).resolves.toBe(true);
    await expect(visible('.passage.is-current')).resolves.toBe(true);
    const shownButtons = await page.evaluate(() =>
      [...document.querySelectorAll('button, .tool-button, .leaflet-control-zoom a')]
        .filter((b) => (b as HTMLElement).offsetParent !== null)
        .filter((b) => !b.closest('.place-list, .article-panel'))
        .map((b) => b.textContent?.trim() || b.getAttribute('aria-label') || b.className),
    );
    expect(shownButtons).toEqual([]);
    // A4 and Letter both lay it out (a PDF of at least one page each).
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    await context.close();
  });
});

describe("an opened file's property table", () => {
  it('keeps keys on one line and shows lists and objects readably', async () => {
    const { page, context } = await openApp(chromium.browser(), baseUrl);
    // The article's own places without their article, so opened as any GeoJSON (with it, the
    // file would open as the article): keys such as name:ja-Latn, a list (claimed_by) and
    // an object (sources).
    const places = JSON.parse(
      readFileSync(join('geodata', 'kurils-2019', 'places.geojson'), 'utf8'),
    ) as Record<string, unknown>;
    delete places.article;
    await page.getByLabel('Open GeoJSON').setInputFiles({
      name: 'places-without-article.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify(places)),
    });
    await page.waitForFunction(() => performance.getEntriesByName('data-rendered').length > 0);
    // The image shows the article's places: no image of another file.
    await expect(
      page.getByRole('button', { name: 'Download image', exact: true }).isDisabled(),
    ).resolves.toBe(true);
    await page
      .getByRole('list', { name: 'Places' })
      .getByRole('button', { name: /Iturup/ })
      .first()
      .click();
    const popup = page.locator('.leaflet-popup-content .generic-popup');
    await popup.waitFor();
    const rows = await popup.locator('table.properties tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const th = tr.querySelector('th')!;
        const line = parseFloat(getComputedStyle(th).lineHeight);
        return {
          key: th.textContent,
          lines: Math.round(th.getBoundingClientRect().height / line),
          value: (tr.querySelector('td') as HTMLElement).innerText,
        };
      }),
    );
    const row = (key: string) => rows.find((r) => r.key === key)!;
    for (const key of ['name:ja', 'name:ru-Latn', 'claimed_by', 'administered_by']) {
      expect(row(key).lines, key).toBe(1);
    }
    expect(row('claimed_by').value).toBe('ja');
    expect(row('sources').value).not.toMatch(/^[{[]/);
    expect(row('sources').value).toMatch(/:/);
    await context.close();
  });
});
