/**
 * Cartography on the live map: at world zoom the overlapping cities (Tokyo, Nagoya,
 * Osaka) are spread so that each can be clicked; every shown label sits by its place
 * (or has a leader line); on a 390 px phone the disputed group's label stays by the group.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, openApp, waitForSettledMap } from './chromium';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

/** The centre of a place's shape on the page. */
async function centreOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator(`#map path[data-place="${id}"]`).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('cartography', () => {
  it('at world zoom spreads Tokyo, Nagoya and Osaka so each is clickable', async () => {
    const { page, context } = await openApp(chromium.browser(), baseUrl, { path: '#map=2/40/100' });
    await waitForSettledMap(page);
    const cities = ['tokyo', 'nagoya', 'osaka'];
    const centres = await Promise.all(cities.map((id) => centreOf(page, id)));
    // Spread apart: no two markers' centres closer than a marker's width.
    for (let i = 0; i < centres.length; i++) {
      for (let j = i + 1; j < centres.length; j++) {
        const [a, b] = [centres[i]!, centres[j]!];
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(16);
      }
    }
    for (const [i, id] of cities.entries()) {
      const { x, y } = centres[i]!;
      // What a click there hits is that city's marker, nothing drawn over it.
      const hit = await page.evaluate(
        ([px, py]) => (document.elementFromPoint(px!, py!) as HTMLElement | null)?.dataset.place,
        [x, y],
      );
      expect(hit).toBe(id);
      await page.mouse.click(x, y);
      await waitForSettledMap(page, { place: id });
      await page.keyboard.press('Escape');
      await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
      // Back at world zoom for the next city (a click opens in place: the view stays).
      expect(await page.evaluate(() => location.hash)).toMatch(/^#map=2\//);
    }
    await context.close();
  });

  it('puts every shown label by its place or gives it a leader line', async () => {
    for (const path of ['#map=2/40/100', '#map=4/45/140', '#map=6/44.5/146.5']) {
      const { page, context } = await openApp(chromium.browser(), baseUrl, { path });
      await waitForSettledMap(page);
      const far = await page.evaluate(() => {
        const out: string[] = [];
        const leaders = new Set(
          [...document.querySelectorAll('path.label-leader')].map((p) =>
            p.getAttribute('data-place'),
          ),
        );
        for (const label of document.querySelectorAll<HTMLElement>(
          '.place-label:not(.is-hidden)',
        )) {
          const box = label.getBoundingClientRect();
          const text = label.textContent ?? '';
          // The shape it names: by label text, through the list's accessible names.
          const shape = [...document.querySelectorAll<SVGElement>('#map path[data-place]')].find(
            (p) => p.getAttribute('aria-label') === text,
          );
          if (!shape) continue;
          const s = shape.getBoundingClientRect();
          // Gap between the label's box and the shape's box.
          const dx = Math.max(0, s.left - box.right, box.left - s.right);
          const dy = Math.max(0, s.top - box.bottom, box.top - s.bottom);
          const id = shape.getAttribute('data-place');
          if (Math.hypot(dx, dy) > 24 && !leaders.has(id)) out.push(`${text}: ${dx},${dy}`);
        }
        return out;
      });
      expect(far, path).toEqual([]);
      await context.close();
    }
  });

  it('keeps the disputed group’s label by the group on a 390 px phone', async () => {
    const { page, context } = await openApp(chromium.browser(), baseUrl, {
      viewport: { width: 390, height: 844 },
    });
    await waitForSettledMap(page);
    const label = page.locator('.place-label-island-group');
    await expect(label.isVisible()).resolves.toBe(true);
    const box = (await label.boundingBox())!;
    const group = (await page.locator('#map path.place-disputed').first().boundingBox())!;
    const dx = Math.max(0, group.x - (box.x + box.width), box.x - (group.x + group.width));
    const dy = Math.max(0, group.y - (box.y + box.height), box.y - (group.y + group.height));
    expect(Math.hypot(dx, dy)).toBeLessThanOrEqual(12);
    // And it is not a one-line banner reaching across the continent.
    expect(box.width).toBeLessThanOrEqual(160);
    await context.close();
  });
});
