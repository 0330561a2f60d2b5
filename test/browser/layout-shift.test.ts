/**
 * The built article pages do not move while the script fills them in (issue 15: cumulative
 * layout shift at most 0.05, at phone and desktop sizes). Chromium's `layout-shift` entries
 * are collected from the first paint until the app has drawn the article and, once the map
 * is reached for, the live map's basemap;
 * their sum stays under the budget, and no element of the toolbar, the masthead or the
 * page's layout is among what moved: the build writes the toolbar's controls, the Places
 * list and table and the Article into the page (core/views/), so the app's drawing of the
 * same descriptions moves nothing. Each default font is tried,
 * as in layout.test.ts: a page that holds still with one font only would be luck.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_FONTS, hasFont, launchChromium, reachForMap, waitForMark } from './chromium';

const siteUrl = inject('siteUrl');

/** Issue 15's budget. */
const BUDGET = 0.05;

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

const ARTICLES = ['kurils-2019', 'kashmir-2019'];

interface Shift {
  value: number;
  /** What moved: id or class, and whether it is in the toolbar, the masthead or the layout. */
  sources: { name: string; frame: boolean }[];
}

/** Records every layout shift not caused by input, from the first paint on. */
function observeShifts(): void {
  const shifts: Shift[] = [];
  (window as unknown as { shifts: Shift[] }).shifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node: Node | null }[];
    })[]) {
      if (entry.hadRecentInput) continue;
      shifts.push({
        value: entry.value,
        sources: entry.sources.map(({ node }) => {
          const element = node instanceof Element ? node : (node?.parentElement ?? null);
          return {
            name: element
              ? `${element.tagName.toLowerCase()}#${element.id}.${element.className}`
              : '?',
            frame:
              element !== null &&
              (element.closest('.toolbar, .masthead') !== null || element.matches('.layout')),
          };
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

for (const font of DEFAULT_FONTS) {
  const missing = hasFont(font) ? null : `fc-list finds no "${font}"`;
  if (missing) console.warn(`layout-shift.test.ts: skipping ${font}: ${missing}`);

  describe.skipIf(missing !== null)(`with ${font} as the default font`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium({ font });
    });
    afterAll(async () => {
      await browser?.close();
    });

    for (const article of ARTICLES) {
      for (const viewport of VIEWPORTS) {
        it(`${article} at ${viewport.width}×${viewport.height} shifts ≤ ${BUDGET}, its frame not at all`, async () => {
          const context = await browser.newContext({ viewport });
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('pageerror', (error) => errors.push(String(error)));
          await page.addInitScript(observeShifts);
          await page.goto(`${siteUrl}${article}/`);
          await waitForMark(page, 'article-rendered');
          // The live map comes when the reader reaches for it; its arrival moves nothing either.
          await reachForMap(page);
          await waitForMark(page, 'basemap-rendered');
          // Entries are reported after the frame they happen in is drawn: wait for two more.
          await page.evaluate(
            () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
          );
          const shifts = await page.evaluate(
            () => (window as unknown as { shifts: Shift[] }).shifts,
          );
          const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
          const said = JSON.stringify(shifts);
          expect(total, said).toBeLessThanOrEqual(BUDGET);
          const frame = shifts.flatMap((s) => s.sources).filter((source) => source.frame);
          expect(frame, said).toEqual([]);
          expect(errors).toEqual([]);
          await context.close();
        });
      }
    }
  });
}
