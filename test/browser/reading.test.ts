/**
 * Reading the article with the map (issue 3), as people do it in Chromium:
 * the naming switch, mentions and passages both ways, the guided tour, the
 * keyboard, screen-reader semantics checked by axe-core, and a phone.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { PlaceCollection } from '../../src/core/article/places';
import { useChromium, waitForSettledMap } from './chromium';
import { axeViolations } from './axe';

const shipped = JSON.parse(
  readFileSync('geodata/kurils-2019/places.geojson', 'utf8'),
) as PlaceCollection;
const baseUrl = inject('baseUrl');
const TOUR = [
  'moscow',
  'tokyo',
  'nagoya',
  'southern-kurils',
  'sakhalin',
  'kunashir',
  'iturup',
  'osaka',
];

const chromium = useChromium();

async function open(viewport?: { width: number; height: number }): Promise<Page> {
  return (await chromium.open(baseUrl, viewport ? { viewport } : {})).page;
}

/**
 * One page for the tests of a describe block that need no fresh one: each opens a place the
 * one before did not, so what it checks comes from its own step. Opened before the first.
 */
function sharedPage(): () => Page {
  let page: Page | undefined;
  beforeAll(async () => {
    page = await open();
  });
  return () => page!;
}

const popupOf = (page: Page, id: string) =>
  page.locator(`.leaflet-popup-content article.popup[data-place="${id}"]`);

const placesList = (page: Page) => page.getByRole('list', { name: 'Places' });

async function listNames(page: Page): Promise<string[]> {
  return (await placesList(page).getByRole('button').allInnerTexts()).map((t) => t.trim());
}

async function mapLabels(page: Page): Promise<string[]> {
  return (await page.locator('.place-label').allTextContents()).sort();
}

describe('the naming switch', () => {
  it('relabels the list, the map labels, the popup heading and the title; never hides a side', async () => {
    const page = await open();
    const names = page.getByRole('radiogroup', { name: 'Names' });
    await expect(names.getByRole('radio', { name: 'Both' }).isChecked()).resolves.toBe(true);

    await names.getByRole('radio', { name: 'Japanese usage' }).check();
    expect(await listNames(page)).toEqual([
      'Nagoya',
      'Moscow',
      'Tokyo',
      'Osaka',
      'Sakhalin',
      'Kunashiri',
      'Etorofu',
      'Northern Territories',
    ]);
    expect(await mapLabels(page)).toEqual((await listNames(page)).sort());
    await placesList(page).getByRole('button', { name: 'Etorofu', exact: true }).click();
    const popup = popupOf(page, 'iturup');
    await popup.waitFor();
    await expect(popup.getByRole('heading', { level: 2 }).innerText()).resolves.toBe('Etorofu');
    expect(await page.title()).toContain('Etorofu');
    // Both sides' names are still there.
    await expect(popup.locator('[lang="ru"]').innerText()).resolves.toBe('Итуруп');
    await expect(popup.locator('[lang="ja"]').innerText()).resolves.toBe('択捉島');

    await names.getByRole('radio', { name: 'Russian usage' }).check();
    await expect(popup.getByRole('heading', { level: 2 }).innerText()).resolves.toBe('Iturup');
    expect(await page.title()).toContain('Iturup');
    expect(await listNames(page)).toEqual([
      'Nagoya',
      'Moscow',
      'Tokyo',
      'Osaka',
      'Sakhalin',
      'Kunashir',
      'Iturup',
      'Southern Kurils',
    ]);
    expect(await mapLabels(page)).toEqual((await listNames(page)).sort());
    await expect(
      page.locator('path[data-place="iturup"]').getAttribute('aria-label'),
    ).resolves.toBe('Iturup');

    await names.getByRole('radio', { name: 'Both' }).check();
    expect(await listNames(page)).toEqual(shipped.features.map((f) => f.properties.name));
  });
});

describe('the article and the map, both ways', () => {
  // Four mentions of four places, one after another on one page.
  const mentions = sharedPage();
  it.each([
    ['Sakhalin', 'sakhalin'],
    ['NAGOYA', 'nagoya'],
    ['the disputed islands', 'southern-kurils'],
    ['Osaka', 'osaka'],
  ])('the mention "%s" opens %s’s popup', async (word, id) => {
    const page = mentions();
    const article = page.getByRole('region', { name: 'Article' });
    await article.getByRole('button', { name: word, exact: true }).first().click();
    await popupOf(page, id).waitFor();
    // Focus moved into the popup so a screen reader reads it.
    await expect(
      page.evaluate(() =>
        document.activeElement?.closest('article.popup')?.getAttribute('data-place'),
      ),
    ).resolves.toBe(id);
  });

  it('highlights the open place’s passages and scrolls the first into view', async () => {
    const page = await open();
    await placesList(page).getByRole('button', { name: 'Osaka', exact: true }).click();
    await popupOf(page, 'osaka').waitFor();
    const highlighted = page.locator('.passage.is-current');
    const osaka = shipped.features.find((f) => f.id === 'osaka')!;
    expect((await highlighted.allTextContents()).join('')).toBe(
      osaka.properties.passages.map((p) => p.text).join(''),
    );
    // The passage is in the last paragraph: the side panel scrolled to it.
    await expect
      .poll(async () => {
        const box = await highlighted.first().boundingBox();
        const panel = await page.locator('.sidebar').boundingBox();
        return !!box && !!panel && box.y >= panel.y && box.y + 10 <= panel.y + panel.height;
      })
      .toBe(true);
  });

  it('takes a popup’s passage back to its paragraph', async () => {
    const page = await open();
    await placesList(page).getByRole('button', { name: 'Sakhalin', exact: true }).click();
    const popup = popupOf(page, 'sakhalin');
    await popup.waitFor();
    await popup.getByRole('button', { name: 'Paragraph 10 in the article' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('paragraph-10');
    await expect(page.locator('#paragraph-10').innerText()).resolves.toContain(
      'Japan is interested in developing Sakhalin projects',
    );
  });
});

describe('the guided tour', () => {
  it('visits every place in the order the article first mentions them, and back', async () => {
    const page = await open();
    const next = page.getByRole('button', { name: 'Next' });
    const status = page.locator('.tour-status');
    await expect(status.innerText()).resolves.toContain('8 places');
    for (const [i, id] of TOUR.entries()) {
      await next.click();
      await popupOf(page, id).waitFor();
      await expect(status.innerText()).resolves.toContain(`${i + 1} of 8`);
      // The tour keeps the focus on its button, so Next can be pressed again.
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain(
        'Next',
      );
    }
    await expect(next.getAttribute('aria-disabled')).resolves.toBe('true');
    await page.getByRole('button', { name: 'Previous' }).click();
    await popupOf(page, TOUR[6]!).waitFor();
    await expect(status.innerText()).resolves.toContain('7 of 8');
  });

  it('steps with the arrow keys on the tour and on the map', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Next' }).focus();
    await page.keyboard.press('ArrowRight');
    await popupOf(page, TOUR[0]!).waitFor();
    await page.keyboard.press('ArrowRight');
    await popupOf(page, TOUR[1]!).waitFor();
    await page.locator('#map').focus();
    await page.keyboard.press('ArrowRight');
    await popupOf(page, TOUR[2]!).waitFor();
    await page.keyboard.press('ArrowLeft');
    await popupOf(page, TOUR[1]!).waitFor();
  });
});

describe('keyboard and screen readers', () => {
  // Tokyo from the list, then Sakhalin from its shape, each closed with Escape, then the shapes'
  // names: one page. The Tab order and axe's first scan want a page nobody has touched.
  const keys = sharedPage();

  it('reaches every control with Tab, in page order', async () => {
    const page = await open();
    const seen: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      seen.push(
        await page.evaluate(() => {
          const a = document.activeElement as HTMLElement | null;
          if (!a) return '';
          const name = a.getAttribute('aria-label') ?? a.textContent?.trim() ?? '';
          return `${a.tagName.toLowerCase()}:${(a as HTMLInputElement).value ?? ''}:${name}`.slice(
            0,
            80,
          );
        }),
      );
    }
    const joined = seen.join('\n');
    expect(joined).toContain('input:both:'); // the checked radio of the Names group
    expect(joined).toContain('Next');
    expect(joined).toContain('div::'); // the map container (Leaflet makes it focusable)
    for (const f of shipped.features) expect(joined).toContain(f.properties.name);
    expect(joined).toMatch(/button::Moscow/);
    // Order: names, tour, map, places list, article.
    const at = (needle: string) => seen.findIndex((s) => s.includes(needle));
    expect(at('input:both')).toBeLessThan(at('Next'));
    expect(at('Next')).toBeLessThan(at('Zoom in'));
    expect(at('Zoom in')).toBeLessThan(seen.findIndex((s) => s.startsWith('button::Nagoya')));
  });

  it('opens with Enter, reads the popup, and Escape returns focus to the opener', async () => {
    const page = keys();
    const button = placesList(page).getByRole('button', { name: 'Tokyo', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    await popupOf(page, 'tokyo').waitFor();
    await expect(
      page.evaluate(() =>
        document.activeElement?.closest('article.popup')?.getAttribute('data-place'),
      ),
    ).resolves.toBe('tokyo');
    await page.keyboard.press('Escape');
    // Leaflet fades a closed popup out before removing it.
    await expect.poll(() => popupOf(page, 'tokyo').count()).toBe(0);
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Tokyo',
    );
  });

  it('opens a place from a map shape with the keyboard, and Escape returns to the shape', async () => {
    const page = keys();
    const shape = page
      .getByRole('button', { name: 'Sakhalin', exact: true })
      .and(page.locator('path'));
    await shape.focus();
    await page.keyboard.press('Enter');
    await popupOf(page, 'sakhalin').waitFor();
    await page.keyboard.press('Escape');
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('data-place')),
    ).resolves.toBe('sakhalin');
  });

  it('gives every map shape an accessible name', async () => {
    const page = keys();
    const names = await page
      .locator('path.place-shape')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('aria-label')));
    expect(names.sort()).toEqual(shipped.features.map((f) => f.properties.name).sort());
  });

  it('has no axe-core violations, with and without a popup open', async () => {
    const page = await open();
    expect(await axeViolations(page)).toEqual([]);
    await placesList(page).getByRole('button', { name: 'Iturup / Etorofu', exact: true }).click();
    await waitForSettledMap(page, { place: 'iturup' });
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('on a phone (390×844)', () => {
  it('shows the map and the article, with no horizontal overflow and 44 px tap targets', async () => {
    const page = await open({ width: 390, height: 844 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const map = await page.locator('#map').boundingBox();
    const article = await page.getByRole('region', { name: 'Article' }).boundingBox();
    expect(map && map.height >= 250 && map.width >= 380).toBe(true);
    expect(article && article.y < 844).toBe(true);
    await placesList(page)
      .getByRole('button', { name: 'Kunashir / Kunashiri', exact: true })
      .click();
    await popupOf(page, 'kunashir').waitFor();
    const small = await page.evaluate(() => {
      const targets = document.querySelectorAll<HTMLElement>(
        'button, .choice, .leaflet-bar a, .leaflet-popup-close-button',
      );
      return [...targets]
        .filter((t) => t.offsetParent !== null)
        .map((t) => {
          const r = t.getBoundingClientRect();
          return { name: (t.textContent ?? '').trim().slice(0, 30), h: r.height, w: r.width };
        })
        .filter((r) => r.h < 44 || r.w < 24);
    });
    expect(small).toEqual([]);
    const popup = await popupOf(page, 'kunashir').boundingBox();
    expect(popup && popup.x >= 0 && popup.x + popup.width <= 390).toBe(true);
  });
});
