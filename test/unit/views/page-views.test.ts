/**
 * The page's views as the build writes them (core/views/): the toolbar's words as the app
 * shows them, every party's choice, the Places list and table, the Article with its
 * mentions, data kept as text however hostile, and the build's filling of index.html.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlaceCollection } from '../../../src/core/article/places';
import { pageViews } from '../../../src/core/views/page-views';
import { tourMarkup, tourView } from '../../../src/core/views/tour-markup';
import { createTranslator } from '../../../src/core/i18n/create-translator';
import { ENGLISH } from '../../../src/core/i18n/languages';
import { TABLES } from '../../../src/core/i18n/tables';
import { textOf } from '../../../src/core/markup/markup';
import { renderHtml } from '../../../src/core/markup/render-html';
import { fillElements, showLegendItems } from '../../../src/core/site/page-html';
import { indexArticle } from '../../../src/core/article/article-index';
import { legendKeys } from '../../../src/core/views/legend-keys';

const read = (slug: string) =>
  JSON.parse(readFileSync(`geodata/${slug}/places.geojson`, 'utf8')) as PlaceCollection;
const en = createTranslator(ENGLISH);
const texts = (markup: Parameters<typeof textOf>[0][]) => markup.map(textOf);

describe('pageViews', () => {
  it('gives the Kurils page its names switch, tour, share, image tools and languages', () => {
    const c = pageViews(en, read('kurils-2019'), null);
    expect(texts(c.names)).toEqual(['Both', 'Japanese usage', 'Russian usage']);
    expect(renderHtml(c.names)).toContain('value="both" checked />');
    expect(texts(c.tour)).toEqual(['‹ Previous', 'Tour: 8 places', 'Next ›']);
    expect(texts(c.share).slice(0, 2)).toEqual(['Copy link', 'Embed']);
    expect(texts(c['image-tools'])).toEqual(['Download image', 'SVG']);
    expect(texts(c.language)).toEqual(['English', '日本語', 'Русский']);
  });

  it('offers "All sides" and each party of a three-party article', () => {
    const c = pageViews(en, read('kashmir-2019'), null);
    expect(texts(c.names)[0]).toBe('All sides');
    expect(c.names).toHaveLength(1 + read('kashmir-2019').article.parties!.length);
  });

  it('writes every language’s words (the same descriptions the app draws in them)', () => {
    for (const table of Object.values(TABLES)) {
      const c = pageViews(createTranslator(table), read('kurils-2019'), null);
      expect(renderHtml(c.share)).toContain(table.messages['toolbar.copyLink']);
    }
  });

  it('keeps party names and usage words from data as text, whatever they hold', () => {
    const base = read('kurils-2019');
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, usage) => {
        const hostile = `<img src=x onerror=alert(1)>${name}`;
        const parties = [
          { id: 'ru', name: hostile, lang: 'ru', usage: `"'>${usage}` },
          { id: 'ja', name: 'Japan', lang: 'ja' },
        ];
        const collection = { ...base, article: { ...base.article, parties } };
        const html = renderHtml(pageViews(en, collection as PlaceCollection, null).names);
        expect(html).not.toContain('<img');
        expect(html.match(/<[a-z]+/g)?.sort()).toEqual(
          Array(3).fill(['<input', '<label', '<span']).flat().sort(),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('writes the Places list and table, and the Article with every mention a button', () => {
    const kurils = read('kurils-2019');
    const text = readFileSync(`geodata/kurils-2019/${kurils.article.text}`, 'utf8');
    const views = pageViews(en, kurils, text);
    const index = indexArticle(text, kurils.features);
    expect(views.places.map(textOf)).toContain('Iturup / Etorofu');
    expect(views.places).toHaveLength(kurils.features.length);
    const table = renderHtml(views['places-table']);
    expect(table.match(/<tr>/g)).toHaveLength(kurils.features.length + 1);
    expect(table).toContain('aria-label="Show on map: Iturup / Etorofu"');
    const article = renderHtml(views.article ?? []);
    expect(article.match(/<p id="paragraph-/g)).toHaveLength(index.paragraphs.length);
    expect(article.match(/class="mention"/g)).toHaveLength(index.mentions.length);
    // The paragraphs' text is the article's, word for word (numbers before each).
    const shown = (views.article ?? []).slice(1, 1 + index.paragraphs.length).map(textOf);
    expect(shown).toEqual(index.paragraphs.map((p, i) => `${i + 1}${p}`));
    expect(views['borders-caption']).toEqual([
      'Borders: every side’s claim, dashed and labelled (Natural Earth disputed boundaries).',
    ]);
  });

  it('keeps place names and passages from data as text in the list, table and article', () => {
    const base = read('kurils-2019');
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const evil = `<img src=x onerror=alert(1)>${junk}"'`;
        const features = base.features.map((f) => ({
          ...f,
          properties: { ...f.properties, name: evil, passages: [{ paragraph: 1, text: evil }] },
        }));
        const views = pageViews(en, { ...base, features } as PlaceCollection, `${evil}\n`);
        const html = renderHtml(Object.values(views).flat());
        expect(html).not.toContain('<img');
      }),
      { numRuns: 50 },
    );
  });

  it('shows the tour’s position strong, and says where the ends are', () => {
    const view = tourView(en, 7, 8, 'Iturup / Etorofu');
    expect(view).toMatchObject({ atStart: false, atEnd: true, title: '8 of 8 · Iturup / Etorofu' });
    expect(renderHtml(tourMarkup(view))).toContain('<strong>8 of 8</strong>');
  });
});

describe('fillElements', () => {
  const template = readFileSync('index.html', 'utf8');

  it('fills index.html’s elements for every control, the names label kept first', () => {
    const c = pageViews(en, read('kurils-2019'), null);
    const fills = Object.fromEntries(Object.entries(c).map(([id, m]) => [id, renderHtml(m)]));
    const page = fillElements(template, fills);
    expect(page).toMatch(/data-i18n="names.label">Names<\/span><label class="choice">/);
    expect(page).toContain('<select id="language"><option value="en" lang="en">English</option>');
    expect(page).toMatch(/<p class="tour-status" title="Tour: 8 places">Tour: 8 places<\/p>/);
    // Nothing else changes: without what was put in, the page is the template.
    const removed = Object.values(fills).reduce((rest, html) => rest.replace(html, ''), page);
    expect(removed).toBe(template);
    expect(fillElements(template, {})).toBe(template);
  });

  it('shows the key’s items for what the map draws, and no other', () => {
    const keys = legendKeys(read('kurils-2019'));
    expect([...keys].sort()).toEqual(['city', 'disputed', 'island']);
    const page = showLegendItems(template, new Set([...keys, 'claim']));
    expect(page).toContain('<li data-legend="city">');
    expect(page).toContain('<li data-legend="claim">');
    expect(page).toContain('<li data-legend="sea" hidden>');
  });

  it('refuses an id the page lacks, or one that is not a plain id', () => {
    expect(() => fillElements(template, { nowhere: 'x' })).toThrow(/no element/);
    expect(() => fillElements(template, { 'a"b': 'x' })).toThrow(/not an element id/);
  });
});
