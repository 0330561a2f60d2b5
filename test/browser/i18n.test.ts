/**
 * Every reader's language (issue 14), in Chromium: the interface in Russian and Japanese
 * with no English interface word left (the English table's strings checked against the
 * page's own text, the data's words set aside by their `lang="en"`), at 1280×800 and
 * 390×844 with the toolbar's height unchanged as places open and axe finding nothing; the
 * switch and Back; names in a right-to-left script; what a screen reader hears (the live
 * region on every route that opens a place, the map's description) and the Places table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { en, type Message } from '../../src/core/i18n/messages-en';
import { TABLES } from '../../src/core/i18n/tables';
import { useChromium, waitForLiveMap, waitForSettledMap } from './chromium';
import { axeViolations } from './axe';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

/**
 * The app in `viewport`, with reduced motion: this file reads words, names and what a screen
 * reader hears once a view is there; the map jumps instead of flying (flights are tested in
 * map, history and races).
 */
async function open(path = '', viewport = { width: 1280, height: 800 }): Promise<Page> {
  return (await chromium.open(baseUrl, { viewport, path, reducedMotion: true })).page;
}

const forms = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m));

/**
 * The English table's words that must not show in `lang`: every run of text between
 * placeholders with a word in it, unless the other table has the same run (brand names
 * such as "GeoJSON", "article-map").
 */
function englishWords(lang: 'ru' | 'ja'): string[] {
  const other = TABLES[lang].messages as Readonly<Record<string, Message>>;
  const words = new Set<string>();
  for (const [key, message] of Object.entries(en)) {
    const theirs = forms(other[key]!).join('\n');
    for (const text of forms(message)) {
      for (const run of text.split(/\{\w+\}/)) {
        const trimmed = run.trim().replace(/^[\s,.;:…—–()‹›]+|[\s,.;:…—–()‹›]+$/g, '');
        if (/[A-Za-z]{2,}/.test(trimmed) && !theirs.includes(trimmed)) words.add(trimmed);
      }
    }
  }
  return [...words];
}

/** The page's interface text: every text node and accessible-name attribute not tagged English. */
async function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const isData = (node: Element | null): boolean =>
      node?.closest('[lang]')?.getAttribute('lang') === 'en' ||
      node?.closest('script, style, svg.defs') != null;
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!isData(n.parentElement)) texts.push(n.textContent ?? '');
    }
    for (const node of document.querySelectorAll('[aria-label], [title], [alt]')) {
      if (isData(node)) continue;
      for (const name of ['aria-label', 'title', 'alt']) texts.push(node.getAttribute(name) ?? '');
    }
    return texts.join('\n');
  });
}

function englishFound(text: string, words: readonly string[]): string[] {
  const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return words.filter((w) => new RegExp(`(?<![A-Za-z])${escape(w)}(?![A-Za-z])`).test(text));
}

const PLACES = ['kunashir', 'iturup', 'southern-kurils', 'moscow'];

describe.each(['ru', 'ja'] as const)('lang=%s', (lang) => {
  const words = englishWords(lang);

  it('checks a list of English words that holds the toolbar, popup and table words', () => {
    for (const word of ['Copy link', 'Administered by', 'Places table', 'Show on map', 'Zoom in']) {
      expect(words).toContain(word);
    }
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(
      `${viewport.width}×${viewport.height}: no English interface word, the toolbar keeps its height, axe finds nothing`,
      { timeout: 180_000 },
      async () => {
        const page = await open(`#lang=${lang}`, viewport);
        await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
        expect(englishFound(await interfaceText(page), words)).toEqual([]);
        const toolbar = (await page.locator('.toolbar').boundingBox())!.height;
        for (const id of PLACES) {
          await page.locator(`#places button[data-place="${id}"]`).click();
          await waitForSettledMap(page, { place: id });
          const what = `${lang} ${viewport.width}×${viewport.height} ${id}`;
          expect((await page.locator('.toolbar').boundingBox())!.height, what).toBe(toolbar);
          expect(englishFound(await interfaceText(page), words), what).toEqual([]);
          expect(await axeViolations(page)).toEqual([]);
        }
        // The page never scrolls under the toolbar (a long table or hidden text must not grow it).
        await expect(page.evaluate(() => document.scrollingElement!.scrollTop)).resolves.toBe(0);
      },
    );
  }
});

describe('the language switch', () => {
  it('changes every word, <html lang> and the address; Back undoes it', async () => {
    const page = await open();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(page.locator('#language option').allTextContents()).resolves.toEqual([
      'English',
      '日本語',
      'Русский',
    ]);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    // Russian's words are fetched when first chosen: the page changes once they have come.
    await page.getByRole('button', { name: 'Скопировать ссылку' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ru');
    await expect(page.evaluate(() => location.hash)).resolves.toContain('lang=ru');
    await page.getByRole('radiogroup', { name: 'Названия' }).waitFor();
    expect(englishFound(await interfaceText(page), englishWords('ru'))).toEqual([]);
    await page.goBack();
    await page.getByRole('button', { name: 'Copy link' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
  });

  it('loads a language when the address asks for it, and the newest choice wins', async () => {
    const page = await open();
    // The Japanese table is held on its way, so the order of events is the test's.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const asked: string[] = [];
    await page.route(/\/assets\/messages-(ru|ja)-[\w-]+\.js$/, async (route) => {
      asked.push(new URL(route.request().url()).pathname);
      if (route.request().url().includes('messages-ja')) await held;
      await route.continue();
    });
    await page.evaluate(() => (location.hash = '#lang=ja'));
    await expect.poll(() => asked.length).toBe(1);
    // Until its words have come, the page stays as it was, whole and in English.
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await page.getByRole('button', { name: 'Copy link' }).waitFor();
    release();
    await page.getByRole('button', { name: 'リンクをコピー' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ja');
    expect(englishFound(await interfaceText(page), englishWords('ja'))).toEqual([]);

    // The reader picks Russian, held on its way, then Japanese again before it comes: the
    // later choice counts, and Russian arriving after it changes nothing.
    let releaseRu: () => void = () => undefined;
    const heldRu = new Promise<void>((resolve) => (releaseRu = resolve));
    await page.unroute(/\/assets\/messages-(ru|ja)-[\w-]+\.js$/);
    await page.route(/\/assets\/messages-ru-[\w-]+\.js$/, async (route) => {
      asked.push(new URL(route.request().url()).pathname);
      await heldRu;
      await route.continue();
    });
    const language = page.getByRole('combobox', { name: '言語' });
    await language.selectOption('ru');
    await expect.poll(() => asked.length).toBe(2);
    await language.selectOption('ja');
    const arrived = page.waitForResponse(/\/assets\/messages-ru-[\w-]+\.js$/);
    releaseRu();
    await arrived;
    // Two frames: the table's module has run and anything it would set off has happened.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ja');
    await expect(language.inputValue()).resolves.toBe('ja');
    expect(asked.filter((path) => path.includes('messages-ja'))).toHaveLength(1);
  });

  it("follows the browser's languages without lang=", async () => {
    const context = await chromium.browser().newContext({ locale: 'ja-JP' });
    try {
      const page = await context.newPage();
      await page.goto(baseUrl);
      await waitForLiveMap(page);
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ja');
      await expect(page.evaluate(() => location.hash)).resolves.not.toContain('lang=');
    } finally {
      await context.close();
    }
  });
});

describe('what a screen reader hears', () => {
  const live = (page: Page) => page.locator('#live');

  it('announces the place on every route that opens one', { timeout: 120_000 }, async () => {
    const page = await open();
    await expect(live(page).getAttribute('aria-live')).resolves.toBe('polite');
    await page
      .getByRole('group', { name: 'Tour of the places' })
      .getByRole('button', { name: 'Next' })
      .click();
    await expect.poll(() => live(page).textContent()).toBe('Moscow, city, 1 of 8');
    await page
      .getByRole('list', { name: 'Places' })
      .getByRole('button', { name: 'Iturup / Etorofu' })
      .click();
    await expect.poll(() => live(page).textContent()).toBe('Iturup / Etorofu, island, 7 of 8');
    await page
      .getByRole('region', { name: 'Article' })
      .getByRole('button', { name: 'Sakhalin' })
      .first()
      .click();
    await expect.poll(() => live(page).textContent()).toBe('Sakhalin, island, 5 of 8');
    await page.locator('path[data-place="kunashir"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => live(page).textContent()).toBe('Kunashir / Kunashiri, island, 6 of 8');
    await page.goBack();
    await expect.poll(() => live(page).textContent()).toBe('Sakhalin, island, 5 of 8');
    await page.getByRole('button', { name: 'Show on map: Osaka' }).click();
    await expect.poll(() => live(page).textContent()).toBe('Osaka, city, 8 of 8');
  });

  it('announces a linked place, in the chosen language, and a tour step in it', async () => {
    const page = await open('#place=tokyo&lang=ru');
    await expect.poll(() => live(page).textContent()).toBe('Tokyo, город, 2 из 8');
    await page.getByRole('button', { name: 'Далее ›' }).click();
    await expect.poll(() => live(page).textContent()).toBe('Nagoya, город, 3 из 8');
    const ja = await open('#lang=ja');
    await ja.getByRole('button', { name: '次へ ›' }).click();
    await expect.poll(() => live(ja).textContent()).toBe('Moscow、都市、8か所中1か所目');
  });

  it('describes the map from the data, and the description follows the open place', async () => {
    const page = await open();
    const description = () =>
      page.evaluate(() => {
        const id = document.getElementById('map')!.getAttribute('aria-describedby')!;
        return document.getElementById(id)!.textContent;
      });
    const text = await description();
    expect(text).toContain('A map of the 8 places named in the article.');
    expect(text).toContain('It shows 4 cities, 3 islands and 1 island group.');
    expect(text).toContain(
      'Southern Kurils / Northern Territories is administered by Russia and claimed by Japan.',
    );
    expect(text).toContain('Names: Both.');
    await page
      .getByRole('list', { name: 'Places' })
      .getByRole('button', { name: 'Moscow' })
      .click();
    await expect.poll(description).toContain('Open: Moscow.');
    const ru = await open('#lang=ru&names=ja');
    const ruText = await ru.evaluate(() => document.getElementById('map-description')!.textContent);
    expect(ruText).toContain('На карте 8 мест из статьи.');
    expect(ruText).toContain('управление — Россия, претензии — Япония');
    expect(ruText).toContain('Названия: Вариант: Япония.');
  });

  it('has a Places table, reached from the skip link, with a row per place', async () => {
    const page = await open();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the places table' });
    await expect(skip.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Places table',
    );
    // The hash is the map's address: the skip link must not change it.
    await expect(page.evaluate(() => location.hash)).resolves.not.toContain('places-table');
    const table = page.getByRole('table', { name: /Every place on the map/ });
    await expect(table.getByRole('columnheader').allTextContents()).resolves.toEqual([
      'Name',
      'Kind',
      'Name in Japanese',
      'Name in Russian',
      'Status',
      'First passage',
      'Show on map',
    ]);
    await expect(table.locator('tbody tr').count()).resolves.toBe(8);
    const iturup = table.getByRole('row', { name: /Iturup \/ Etorofu/ });
    await expect(iturup.innerText()).resolves.toMatch(
      /Island[\s\S]*択捉島[\s\S]*Итуруп[\s\S]*Administered by Russia; claimed by Japan/,
    );
    await iturup.getByRole('button', { name: 'Show on map: Iturup / Etorofu' }).click();
    await waitForSettledMap(page, { place: 'iturup' });
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('right-to-left names', () => {
  /** The shipped places with Moscow named in Arabic script, and Tokyo in Latin then Arabic. */
  function fixture(): string {
    const data = JSON.parse(readFileSync('geodata/kurils-2019/places.geojson', 'utf8')) as {
      features: { id: string; properties: Record<string, unknown> }[];
    };
    for (const f of data.features) {
      if (f.id === 'moscow') Object.assign(f.properties, { name: 'موسكو', 'name:en': 'موسكو' });
      if (f.id === 'tokyo') Object.assign(f.properties, { name: 'Tokyo (طوكيو)' });
    }
    return JSON.stringify(data);
  }

  it('gives each name its own direction in the list, the labels, the popup and the table', async () => {
    const context = await chromium.browser().newContext({ viewport: { width: 1280, height: 800 } });
    try {
      await context.route('**/geodata/kurils-2019/places.geojson', (route) =>
        route.fulfill({ contentType: 'application/geo+json', body: fixture() }),
      );
      const page = await context.newPage();
      await page.goto(baseUrl);
      await waitForLiveMap(page);
      const rtl = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((node) => node.matches(':dir(rtl)'));
      await expect(rtl('#places button[data-place="moscow"] [dir]')).resolves.toBe(true);
      await expect(rtl('#places button[data-place="tokyo"] [dir]')).resolves.toBe(false);
      await expect(rtl('#places button[data-place="nagoya"] [dir]')).resolves.toBe(false);
      const label = page.locator('.place-label span', { hasText: 'موسكو' });
      await expect(label.evaluate((node) => node.matches(':dir(rtl)'))).resolves.toBe(true);
      await expect(rtl('.places-table-grid th[scope="row"][dir]')).resolves.toBe(false);
      const row = page.locator('.places-table-grid th[scope="row"]', { hasText: 'موسكو' });
      await expect(row.evaluate((node) => node.matches(':dir(rtl)'))).resolves.toBe(true);
      await page.locator('#places button[data-place="moscow"]').click();
      await waitForSettledMap(page, { place: 'moscow' });
      await expect(rtl('article.popup h2')).resolves.toBe(true);
      // The page itself stays left to right.
      await expect(page.evaluate(() => document.documentElement.dir)).resolves.toBe('ltr');
    } finally {
      await context.close();
    }
  });

  it('shows an Urdu name right to left in a popup of the Kashmir article', async () => {
    const { page } = await chromium.open(inject('siteUrl'), { path: 'kashmir-2019/' });
    await page.locator('#places button[data-place="kashmir"]').click();
    await waitForSettledMap(page, { place: 'kashmir' });
    const urdu = page.locator('article.popup span[lang="ur"]');
    await expect(urdu.textContent()).resolves.toBe('کشمیر');
    await expect(urdu.evaluate((node) => node.matches(':dir(rtl)'))).resolves.toBe(true);
  });
});

describe('opening a file in another language', () => {
  // What the reader sees of an open: the status line and the alert, without the data's own
  // words (quoted ids and names such as "north-of-the-pole") or the file's name.
  async function openMessages(page: Page, name: string): Promise<string> {
    const text = await page.evaluate(
      () =>
        `${document.querySelector('#open-status')?.textContent ?? ''}\n` +
        `${document.querySelector('[role=alert]')?.textContent ?? ''}`,
    );
    return text.replaceAll(name, '').replace(/"[^"\n]*"/g, '""');
  }

  const files = [
    // Refused: every feature is bad, or the text is not JSON at all.
    ['not-json.geojson', /Не удалось открыть/, /を開けませんでした/],
    ['json-syntax-error.geojson', /некорректный JSON/, /有効なJSONではありません/],
    ['kml.kml', /Это KML/, /これはKML/],
    // Opened, with problems: the good features kept, each bad one named.
    ['mixed-good-and-bad.geojson', /Открыт файл.*Объект 3/s, /を開きました.*地物3/s],
    ['winding-order.geojson', /Предупреждение: Строка/, /警告：\d+行/],
  ] as const;

  for (const lang of ['ru', 'ja'] as const) {
    it(`lang=${lang}: a bad file's status and problems have no English interface word`, async () => {
      const page = await open(`#lang=${lang}`);
      const words = englishWords(lang);
      const input = page.getByLabel(TABLES[lang].messages['toolbar.openGeoJson']);
      for (const [name, ru, ja] of files) {
        await input.setInputFiles(join('test', 'fixtures', 'open', name));
        await expect
          .poll(() => openMessages(page, name), { timeout: 15_000 })
          .toMatch(lang === 'ru' ? ru : ja);
        const seen = await openMessages(page, name);
        expect(englishFound(seen, words), `${lang} ${name}: ${seen}`).toEqual([]);
      }
    });
  }

  it('lang=ru: a data= link the browser would refuse is explained in Russian, by the worker', async () => {
    const url = 'http://127.0.0.1:1/places.geojson';
    const page = await open(`#lang=ru&data=${encodeURIComponent(url)}`);
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.innerText(), { timeout: 15_000 })
      .toMatch(/Не удалось загрузить .*: браузеры не подключаются к порту 1/);
    const seen = (await alert.innerText()).replace(url, '');
    expect(englishFound(seen, englishWords('ru'))).toEqual([]);
  });
});
