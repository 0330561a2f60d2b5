/**
 * The toolbar's controls as the build writes them (core/views/): the words the app
 * shows, every party's choice, data kept as text however hostile, and the build's filling
 * of index.html's elements.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlaceCollection } from '../../../src/core/article/places';
import { pageControls } from '../../../src/core/views/page-controls';
import { tourMarkup, tourView } from '../../../src/core/views/tour-markup';
import { createTranslator } from '../../../src/core/i18n/create-translator';
import { ENGLISH } from '../../../src/core/i18n/languages';
import { TABLES } from '../../../src/core/i18n/tables';
import { textOf } from '../../../src/core/markup/markup';
import { renderHtml } from '../../../src/core/markup/render-html';
import { fillElements } from '../../../src/core/site/page-html';

const read = (slug: string) =>
  JSON.parse(readFileSync(`geodata/${slug}/places.geojson`, 'utf8')) as PlaceCollection;
const en = createTranslator(ENGLISH);
const texts = (markup: Parameters<typeof textOf>[0][]) => markup.map(textOf);

describe('pageControls', () => {
  it('gives the Kurils page its names switch, tour, share, image tools and languages', () => {
    const c = pageControls(en, read('kurils-2019'));
    expect(texts(c.names)).toEqual(['Both', 'Japanese usage', 'Russian usage']);
    expect(renderHtml(c.names)).toContain('value="both" checked />');
    expect(texts(c.tour)).toEqual(['‹ Previous', 'Tour: 8 places', 'Next ›']);
    expect(texts(c.share).slice(0, 2)).toEqual(['Copy link', 'Embed']);
    expect(texts(c['image-tools'])).toEqual(['Download image', 'SVG']);
    expect(texts(c.language)).toEqual(['English', '日本語', 'Русский']);
  });

  it('offers "All sides" and each party of a three-party article', () => {
    const c = pageControls(en, read('kashmir-2019'));
    expect(texts(c.names)[0]).toBe('All sides');
    expect(c.names).toHaveLength(1 + read('kashmir-2019').article.parties!.length);
  });

  it('writes every language’s words (the same descriptions the app draws in them)', () => {
    for (const table of Object.values(TABLES)) {
      const c = pageControls(createTranslator(table), read('kurils-2019'));
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
        const html = renderHtml(pageControls(en, collection as PlaceCollection).names);
        expect(html).not.toContain('<img');
        expect(html.match(/<[a-z]+/g)?.sort()).toEqual(
          Array(3).fill(['<input', '<label', '<span']).flat().sort(),
        );
      }),
      { numRuns: 200 },
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
    const c = pageControls(en, read('kurils-2019'));
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

  it('refuses an id the page lacks, or one that is not a plain id', () => {
    expect(() => fillElements(template, { nowhere: 'x' })).toThrow(/no element/);
    expect(() => fillElements(template, { 'a"b': 'x' })).toThrow(/not an element id/);
  });
});
