import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseState } from '../../../src/core/address/url-state';
import { matchLanguage, negotiateLanguage } from '../../../src/core/i18n/negotiate-language';
import { partyInterfaceLanguages } from '../../../src/core/i18n/party-languages';
import { languageChoices } from '../../../src/core/i18n/language-choices';
import { INTERFACE_LANGUAGES, isInterfaceLanguage, TABLES } from '../../../src/core/i18n/tables';

describe('matchLanguage', () => {
  it('matches a tag to a table by its primary language', () => {
    expect(matchLanguage('ru')).toBe('ru');
    expect(matchLanguage('ru-RU')).toBe('ru');
    expect(matchLanguage('ja-JP')).toBe('ja');
    expect(matchLanguage('JA')).toBe('ja');
    expect(matchLanguage('en-GB')).toBe('en');
    expect(matchLanguage('ja_JP')).toBe('ja');
    expect(matchLanguage(' ru ')).toBe('ru');
  });

  it('has no table for other languages, nor for what is not a tag', () => {
    for (const tag of [
      'de',
      'zh-Hans',
      'fr-CA',
      '',
      'r',
      'russian',
      'ru--RU',
      'ru-',
      '__proto__',
      'toString',
      'constructor',
    ])
      expect(matchLanguage(tag), tag).toBeNull();
    for (const value of [null, undefined, 42, {}, ['ru']]) expect(matchLanguage(value)).toBeNull();
  });
});

describe('negotiateLanguage', () => {
  it('takes lang= from the address when it names a table', () => {
    expect(negotiateLanguage('ru', ['ja-JP', 'en'])).toBe('ru');
    expect(negotiateLanguage('ja', [])).toBe('ja');
    expect(negotiateLanguage('en', ['ru-RU'])).toBe('en');
  });

  it('else the first of the browser’s languages that has a table', () => {
    expect(negotiateLanguage(null, ['ru-RU', 'ru', 'en-US'])).toBe('ru');
    expect(negotiateLanguage(undefined, ['ja-JP'])).toBe('ja');
    expect(negotiateLanguage('de', ['de-DE', 'fr', 'ja-JP', 'ru'])).toBe('ja');
    expect(negotiateLanguage('', ['en-US', 'ru'])).toBe('en');
  });

  it('else English', () => {
    expect(negotiateLanguage(null, [])).toBe('en');
    expect(negotiateLanguage('xx', ['de-DE', 'zh-Hans'])).toBe('en');
    expect(negotiateLanguage(undefined)).toBe('en');
    expect(negotiateLanguage(null, null)).toBe('en');
  });

  it('never throws on any string, and always returns a table that exists', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string(), { nil: undefined }),
        fc.array(fc.oneof(fc.string(), fc.constantFrom('ru-RU', 'ja-JP', 'en', '__proto__'))),
        (requested, languages) => {
          const lang = negotiateLanguage(requested, languages);
          expect(isInterfaceLanguage(lang)).toBe(true);
          expect(TABLES[lang].lang).toBe(lang);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('survives what a page might pass in by mistake', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (requested, languages) => {
        const lang = negotiateLanguage(requested as string, languages as string[]);
        expect(INTERFACE_LANGUAGES).toContain(lang);
      }),
      { numRuns: 500 },
    );
  });
});

describe('partyInterfaceLanguages', () => {
  it('offers the parties’ languages that have a table, once each, in order', () => {
    expect(partyInterfaceLanguages([{ lang: 'ru' }, { lang: 'ja' }])).toEqual(['ru', 'ja']);
    expect(partyInterfaceLanguages([{ lang: 'ja' }, { lang: 'ja-Latn' }, { lang: 'ru' }])).toEqual([
      'ja',
      'ru',
    ]);
  });

  it('offers none for languages without a table, or a party without a language', () => {
    expect(partyInterfaceLanguages([{ lang: 'zh-Hans' }, { lang: 'zh-Hant' }, {}])).toEqual([]);
    expect(partyInterfaceLanguages([{ lang: 42 }, { lang: 'ar' }, { lang: 'en' }])).toEqual(['en']);
    expect(partyInterfaceLanguages([])).toEqual([]);
  });
});

describe('languageChoices', () => {
  it('names each language in itself', () => {
    expect(languageChoices()).toEqual([
      { lang: 'en', label: 'English' },
      { lang: 'ru', label: 'Русский' },
      { lang: 'ja', label: '日本語' },
    ]);
  });
});

describe('the language a link opens in', () => {
  it("is the address's lang= when it names a table, else the browser's", () => {
    const fromLink = (hash: string, browser: string[]) =>
      negotiateLanguage(parseState(hash).lang, browser);
    expect(fromLink('#map=5/45/147&place=iturup&lang=ja', ['ru-RU', 'en'])).toBe('ja');
    expect(fromLink('#lang=de&names=ja', ['de-DE', 'ru', 'ja'])).toBe('ru');
    expect(fromLink('#place=iturup', ['fr-FR', 'de'])).toBe('en');
    expect(fromLink('', ['ja-JP'])).toBe('ja');
  });
});
