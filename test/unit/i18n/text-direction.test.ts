import { describe, expect, it } from 'vitest';
import {
  hasRightToLeft,
  isolateBidi,
  languageDirection,
  textDirection,
} from '../../../src/core/i18n/text-direction';
import { announcePlace } from '../../../src/core/i18n/describe-map';
import { createTranslator } from '../../../src/core/i18n/create-translator';
import { TABLES } from '../../../src/core/i18n/tables';

// Real names, as an article about Kashmir or Western Sahara would carry them.
const ARABIC = 'العيون'; // Laayoune
const URDU = 'گلگت بلتستان'; // Gilgit-Baltistan
const PERSIAN = 'تهران';
const HEBREW = 'ירושלים';

describe('languageDirection', () => {
  it('is rtl for Arabic, Hebrew, Persian, Urdu and other right-to-left languages', () => {
    for (const tag of ['ar', 'ar-MA', 'he', 'iw', 'fa', 'fa-IR', 'ur', 'ur-PK', 'ps', 'yi', 'dv'])
      expect(languageDirection(tag), tag).toBe('rtl');
  });

  it('follows a script subtag over the language', () => {
    expect(languageDirection('az-Arab')).toBe('rtl');
    expect(languageDirection('pa-Arab')).toBe('rtl');
    expect(languageDirection('ku-Latn')).toBe('ltr');
    expect(languageDirection('ar-Latn')).toBe('ltr');
    expect(languageDirection('ur_Arab_PK')).toBe('rtl');
  });

  it('is ltr for the interface languages and anything unreadable', () => {
    for (const tag of ['en', 'ru', 'ja', 'ru-Latn', 'ja-Latn', 'zh-Hant', '', '  ', '-', 'x'])
      expect(languageDirection(tag), tag).toBe('ltr');
  });
});

describe('textDirection', () => {
  it('is rtl for a name in Arabic, Urdu, Persian or Hebrew script', () => {
    expect(textDirection(ARABIC)).toBe('rtl');
    expect(textDirection(URDU)).toBe('rtl');
    expect(textDirection(PERSIAN)).toBe('rtl');
    expect(textDirection(HEBREW)).toBe('rtl');
  });

  it('is ltr for Latin, Cyrillic and Japanese', () => {
    expect(textDirection('Iturup / Etorofu')).toBe('ltr');
    expect(textDirection('Итуруп')).toBe('ltr');
    expect(textDirection('択捉島')).toBe('ltr');
  });

  it('follows the first letter in a mixed string, as dir="auto" does', () => {
    expect(textDirection(`Gilgit-Baltistan / ${URDU}`)).toBe('ltr');
    expect(textDirection(`${URDU} / Gilgit-Baltistan`)).toBe('rtl');
    expect(textDirection(`«${ARABIC}» (Laayoune)`)).toBe('rtl');
    expect(textDirection(`1975: ${ARABIC}`)).toBe('rtl');
  });

  it('is auto when no letter decides: digits (Arabic-Indic too), punctuation, nothing', () => {
    expect(textDirection('')).toBe('auto');
    expect(textDirection('42 — 7')).toBe('auto');
    expect(textDirection('٣٤')).toBe('auto');
  });

  it('obeys directional marks', () => {
    expect(textDirection('\u200f(1)')).toBe('rtl');
    expect(textDirection('\u200e' + ARABIC)).toBe('ltr');
  });
});

describe('isolateBidi', () => {
  it('isolates text with right-to-left letters and leaves the rest alone', () => {
    expect(isolateBidi(URDU)).toBe(`\u2068${URDU}\u2069`);
    expect(isolateBidi(`Gilgit / ${URDU}`)).toBe(`\u2068Gilgit / ${URDU}\u2069`);
    expect(isolateBidi('Iturup / Etorofu')).toBe('Iturup / Etorofu');
    expect(hasRightToLeft('Итуруп 択捉島')).toBe(false);
  });

  it('keeps a right-to-left label from reordering the live region’s sentence', () => {
    const text = announcePlace(createTranslator(TABLES.en), {
      label: ARABIC,
      kind: 'city',
      n: 3,
      total: 8,
    });
    expect(text).toBe(`\u2068${ARABIC}\u2069, city, 3 of 8`);
    const mixed = announcePlace(createTranslator(TABLES.ru), {
      label: `Laayoune / ${ARABIC}`,
      kind: 'city',
      n: 1,
      total: 2,
    });
    expect(mixed).toBe(`\u2068Laayoune / ${ARABIC}\u2069, город, 1 из 2`);
  });
});
