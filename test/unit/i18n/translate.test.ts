import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/core/i18n/create-translator';
import { overrideTable, TABLES } from '../../../src/core/i18n/tables';
import { translate, translateParts } from '../../../src/core/i18n/translate';

const en = createTranslator(TABLES.en);
const ru = createTranslator(TABLES.ru);
const ja = createTranslator(TABLES.ja);

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate(TABLES.en, 'tour.position', { n: 3, total: 8 })).toBe('3 of 8');
    expect(translate(TABLES.ru, 'tour.position', { n: 3, total: 8 })).toBe('3 из 8');
    expect(translate(TABLES.ja, 'tour.position', { n: 3, total: 8 })).toBe('8か所中3か所目');
    expect(en.t('names.party', { party: 'Japan' })).toBe('Japan usage');
    expect(ja.t('names.party', { party: '日本' })).toBe('日本の呼称');
  });

  it('gives a message without placeholders as it is', () => {
    expect(en.t('popup.administeredBy')).toBe('Administered by');
    expect(ru.t('popup.administeredBy')).toBe('Управление');
    expect(ja.t('toolbar.copyLink')).toBe('リンクをコピー');
  });

  it('leaves a placeholder without a value visible, and a value fills every occurrence', () => {
    const values = { n: 1 } as unknown as { n: number; total: number };
    expect(translate(TABLES.en, 'tour.position', values)).toBe('1 of {total}');
    expect(translate(TABLES.en, 'page.title', { article: '{place}' })).toBe(
      '{place} — article-map',
    );
  });

  it('formats numbers in the table’s locale', () => {
    expect(en.t('places.more', { count: 12345 })).toBe('and 12,345 more');
    expect(ru.t('places.more', { count: 12345 })).toBe('и ещё 12\u00a0345');
    expect(ja.t('places.more', { count: 12345 })).toBe('ほか12,345件');
    expect(ru.number(1234.5)).toBe('1\u00a0234,5');
  });

  it('inserts strings as they are, never reading their braces as placeholders', () => {
    expect(en.t('open.reading', { name: '{count}.geojson' })).toBe('Reading {count}.geojson…');
  });

  it('runs: the {title} of the popup’s source line is its own part', () => {
    const parts = translateParts(TABLES.en, 'popup.source', {
      title: 'Lavrov on Japan',
      source: 'Sputnik',
      date: en.date('2019-11-23'),
    });
    expect(parts).toEqual([
      { text: 'From ' },
      { text: 'Lavrov on Japan', param: 'title' },
      { text: ', ' },
      { text: 'Sputnik', param: 'source' },
      { text: ', ' },
      { text: '23 November 2019', param: 'date' },
      { text: '.' },
    ]);
    expect(
      ja.parts('popup.source', { title: 'T', source: 'S', date: 'D' }).map((p) => p.text),
    ).toEqual(['出典：', 'T', '、', 'S', '、', 'D', '。']);
  });

  it('takes overrides, as MapLibre’s locale does, and keeps the rest', () => {
    const table = overrideTable(TABLES.en, { 'toolbar.copyLink': 'Share' });
    const t = createTranslator(table);
    expect(t.t('toolbar.copyLink')).toBe('Share');
    expect(t.t('toolbar.embed')).toBe('Embed');
    expect(TABLES.en.messages['toolbar.copyLink']).toBe('Copy link');
  });
});

describe('plurals through Intl.PluralRules', () => {
  it('English: one and other', () => {
    expect(en.t('tour.count', { count: 1 })).toBe('Tour: 1 place');
    expect(en.t('tour.count', { count: 8 })).toBe('Tour: 8 places');
    expect(en.t('tour.count', { count: 0 })).toBe('Tour: 0 places');
    expect(en.t('kindCount.city', { count: 4 })).toBe('4 cities');
  });

  it('Russian: one, few, many and other (fractions)', () => {
    const tour = (count: number): string => ru.t('tour.count', { count });
    expect(tour(1)).toBe('Обзор: 1 место');
    expect(tour(21)).toBe('Обзор: 21 место');
    expect(tour(2)).toBe('Обзор: 2 места');
    expect(tour(24)).toBe('Обзор: 24 места');
    expect(tour(5)).toBe('Обзор: 5 мест');
    expect(tour(8)).toBe('Обзор: 8 мест');
    expect(tour(11)).toBe('Обзор: 11 мест');
    expect(tour(12)).toBe('Обзор: 12 мест');
    expect(tour(0)).toBe('Обзор: 0 мест');
    expect(tour(1.5)).toBe('Обзор: 1,5 места');
    expect(ru.t('kindCount.island', { count: 3 })).toBe('3 острова');
    expect(ru.t('kindCount.islandGroup', { count: 1 })).toBe('1 группа островов');
    expect(ru.t('open.checking', { name: 'a.json', done: 3, count: 21 })).toBe(
      'Проверка a.json: 3 из 21 объекта…',
    );
    expect(ru.t('open.checking', { name: 'a.json', done: 3, count: 10 })).toBe(
      'Проверка a.json: 3 из 10 объектов…',
    );
  });

  it('Japanese: one form', () => {
    expect(ja.t('tour.count', { count: 1 })).toBe('順にたどる：全1か所');
    expect(ja.t('tour.count', { count: 8 })).toBe('順にたどる：全8か所');
    expect(ja.t('kindCount.country', { count: 2 })).toBe('2か国');
  });

  it('falls back to other for a count that is not a number', () => {
    const values = { count: 'many' } as unknown as { count: number };
    expect(translate(TABLES.ru, 'tour.count', values)).toBe('Обзор: many места');
  });
});

describe('dates, sizes, lists and language names through Intl', () => {
  it('the article’s date in each language', () => {
    expect(en.date('2019-11-23')).toBe('23 November 2019');
    expect(ru.date('2019-11-23')).toBe('23 ноября 2019 г.');
    expect(ja.date('2019-11-23')).toBe('2019年11月23日');
  });

  it('leaves a date that is not YYYY-MM-DD as written', () => {
    for (const t of [en, ru, ja]) {
      expect(t.date('November 2019')).toBe('November 2019');
      expect(t.date('2019-02-30')).toBe('2019-02-30');
    }
  });

  it('sizes, floored so that a file over a limit never shows as the limit', () => {
    expect(en.bytes(812)).toBe('812 bytes');
    expect(en.bytes(50_040_000)).toBe('50 MB');
    expect(en.bytes(50_100_000)).toBe('50.1 MB');
    expect(en.bytes(3_456)).toBe('3.4 kB');
    expect(ru.bytes(50_100_000)).toBe('50,1 МБ');
    expect(ja.bytes(50_100_000)).toBe('50.1 MB');
    expect(en.bytes(123_456_789)).toBe('123 MB');
  });

  it('lists in each language’s way', () => {
    expect(en.list(['Russia', 'Japan', 'China'])).toBe('Russia, Japan and China');
    expect(ru.list(['A', 'B', 'C'])).toBe('A, B и C');
    expect(ja.list(['A', 'B', 'C'])).toBe('A、B、C');
  });

  it('names a data language in the interface language', () => {
    expect(en.languageName('ja')).toBe('Japanese');
    expect(ru.languageName('ja')).toBe('японский');
    expect(ja.languageName('ru')).toBe('ロシア語');
    expect(en.languageName('zh-Hant')).toMatch(/Chinese/);
    expect(en.languageName('not a tag!')).toBe('not a tag!');
  });

  it('tells the interface’s own language and direction', () => {
    expect([en.lang, ru.lang, ja.lang]).toEqual(['en', 'ru', 'ja']);
    expect([en.dir, ru.dir, ja.dir]).toEqual(['ltr', 'ltr', 'ltr']);
  });
});

describe('punctuation around dates', () => {
  it('never doubles the full stop after a Russian date («2019 г.»)', () => {
    const t = createTranslator(TABLES.ru);
    const date = t.date('2019-11-23');
    expect(date).toMatch(/г\.$/);
    for (const text of [
      t.t('article.meta', { source: 'S', date }),
      t.t('popup.source', { title: 'T', source: 'S', date }),
      t.t('article.byline', { source: 'S', date }),
    ]) {
      expect(text).not.toContain('..');
    }
  });
});
