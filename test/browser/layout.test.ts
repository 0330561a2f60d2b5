/**
 * Layout that does not move under the reader (issue 10, item 4), at four
 * viewports, with Noto Sans and with DejaVu Sans as the default font: opening
 * a place never changes the toolbar's height, the open popup lies inside the
 * map, and axe-core finds nothing.
 *
 * Each font is forced through a generated fonts.conf (launchChromium's
 * `font`). A font the machine lacks is skipped with the reason, except
 * DejaVu Sans, which CI installs (fonts-dejavu-core). Set LAYOUT_SCREENSHOTS
 * to a folder to keep a screenshot of every popup.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEFAULT_FONTS,
  fontsConf,
  hasFont,
  launchChromium,
  openApp,
  waitForSettledMap,
  type OpenedPage,
} from './chromium';
import { axeViolations } from './axe';

const baseUrl = inject('baseUrl');
const screenshots = process.env.LAYOUT_SCREENSHOTS;

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

/** Opened in this order from the Places list: the long labels, then a long flight west. */
const PLACES = [
  { id: 'kunashir', name: 'Kunashir / Kunashiri' },
  { id: 'iturup', name: 'Iturup / Etorofu' },
  { id: 'southern-kurils', name: 'Southern Kurils / Northern Territories' },
  { id: 'moscow', name: 'Moscow' },
];

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return box;
}

/** The fonts Chromium used to draw the text of `selector` (DevTools protocol). */
async function fontsOf(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => font.familyName);
  } finally {
    await cdp.detach();
  }
}

function expectInside(inner: Box, outer: Box, what: string): void {
  const slack = 0.5;
  expect(inner.x, `${what}: left edge`).toBeGreaterThanOrEqual(outer.x - slack);
  expect(inner.y, `${what}: top edge`).toBeGreaterThanOrEqual(outer.y - slack);
  expect(inner.x + inner.width, `${what}: right edge`).toBeLessThanOrEqual(
    outer.x + outer.width + slack,
  );
  expect(inner.y + inner.height, `${what}: bottom edge`).toBeLessThanOrEqual(
    outer.y + outer.height + slack,
  );
}

it('sees a font as missing when fontconfig does not have it, so its checks are skipped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'article-map-fonts-'));
  try {
    const file = join(dir, 'fonts.conf');
    writeFileSync(file, fontsConf('DejaVu Sans', ['Noto Sans']));
    const env = { ...process.env, FONTCONFIG_FILE: file };
    expect(hasFont('Noto Sans', env)).toBe(false);
    expect(hasFont('Noto Sans CJK JP', env)).toBe(hasFont('Noto Sans CJK JP'));
    expect(hasFont('No Such Sans')).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('finds DejaVu Sans, the default font CI installs (fonts-dejavu-core)', () => {
  expect(hasFont('DejaVu Sans'), 'fc-list finds no "DejaVu Sans": install fonts-dejavu-core').toBe(
    true,
  );
});

for (const font of DEFAULT_FONTS) {
  const missing = hasFont(font)
    ? null
    : `fc-list finds no "${font}" on this machine (Debian: fonts-${font === 'Noto Sans' ? 'noto-core' : 'dejavu-core'})`;
  if (missing) console.warn(`layout.test.ts: skipping the ${font} layout checks: ${missing}`);

  describe.skipIf(missing !== null)(`with ${font} as the default font`, () => {
    let browser: Browser;
    const opened: OpenedPage[] = [];

    beforeAll(async () => {
      browser = await launchChromium({ font });
    });

    afterAll(async () => {
      for (const app of opened) expect(app.errors, 'page errors').toEqual([]);
      await browser?.close();
    });

    for (const viewport of VIEWPORTS) {
      it(
        `${viewport.width}×${viewport.height}: the toolbar keeps its height, popups stay inside the map, axe finds nothing`,
        {
          timeout: 180_000,
        },
        async () => {
          // Still views, not flights: the map jumps (reduced motion; openApp says why).
          const app = await openApp(browser, baseUrl, { viewport, reducedMotion: true });
          opened.push(app);
          const { page } = app;
          // The forced font is the one drawing the interface, or this test proves nothing.
          expect(await fontsOf(page, '.tour-status')).toEqual([font]);
          const toolbar = await boxOf(page, '.toolbar');
          const places = page.getByRole('list', { name: 'Places' });
          for (const { id, name } of PLACES) {
            await places.getByRole('button', { name, exact: true }).click();
            await waitForSettledMap(page, { place: id });
            const what = `${font}, ${viewport.width}×${viewport.height}, ${id}`;
            expect((await boxOf(page, '.toolbar')).height, `${what}: toolbar height`).toBe(
              toolbar.height,
            );
            const map = await boxOf(page, '#map');
            expectInside(await boxOf(page, '.leaflet-popup'), map, `${what}: popup`);
            expectInside(
              await boxOf(page, '.leaflet-popup-close-button'),
              map,
              `${what}: popup's close button`,
            );
            if (screenshots) {
              mkdirSync(screenshots, { recursive: true });
              const file = `${font.replace(/ /g, '')}-${viewport.width}x${viewport.height}-${id}.png`;
              await page.screenshot({ path: join(screenshots, file) });
            }
            expect(await axeViolations(page), `${what}: axe`).toEqual([]);
          }
          await app.context.close();
        },
      );
    }
  });
}
