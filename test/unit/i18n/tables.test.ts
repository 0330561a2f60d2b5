/**
 * The tables themselves: the same keys everywhere, the same placeholders as English,
 * every plural form each language needs, and no side's term for the disputed places.
 */
import { describe, expect, it } from 'vitest';
import { en, type Message } from '../../../src/core/i18n/messages-en';
import { loadedTable, loadTable } from '../../../src/core/i18n/load-table';
import { INTERFACE_LANGUAGES, LANGUAGE_NAMES, TABLES } from '../../../src/core/i18n/tables';

const englishKeys = Object.keys(en).sort();

function forms(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

describe.each(INTERFACE_LANGUAGES)('the %s table', (lang) => {
  const table = TABLES[lang];
  const messages = table.messages as Readonly<Record<string, Message>>;

  it('has every key of the English table and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(englishKeys);
  });

  it('fills the same placeholders as English in every form', () => {
    for (const key of englishKeys) {
      const english = placeholders(forms(en[key as keyof typeof en]).join(' '));
      for (const text of forms(messages[key]!)) {
        expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: english });
      }
    }
  });

  it('is plural exactly where English is, with every form its language needs', () => {
    const needed = new Intl.PluralRules(table.locale).resolvedOptions().pluralCategories;
    for (const key of englishKeys) {
      const message = messages[key]!;
      const plural = typeof en[key as keyof typeof en] !== 'string';
      expect({ key, plural: typeof message !== 'string' }).toEqual({ key, plural });
      if (typeof message !== 'string') {
        expect({ key, forms: Object.keys(message).sort() }).toEqual({
          key,
          forms: [...needed].sort(),
        });
        expect(message.other).toContain('{count}');
      }
    }
  });

  it('has no empty message and none with stray spaces or a leftover English placeholder name', () => {
    for (const key of englishKeys) {
      for (const text of forms(messages[key]!)) {
        expect(text.trim(), key).not.toBe('');
        expect(text, key).toBe(text.trim());
        expect(text, key).not.toMatch(/\{\s|\s\}/);
      }
    }
  });

  it('names no side in its words: neither side’s term for the disputed islands, no party', () => {
    // Place and party names come from the data, in whatever naming view is in force.
    const sideTerms =
      /kuril|northern territor|etorofu|iturup|kunashir|russia|japan|курил|северн\S* территор|росси|япони|итуруп|кунашир|北方|千島|クリル|ロシア|択捉|国後|日本(?!語)/i;
    for (const key of englishKeys) {
      for (const text of forms(messages[key]!)) expect(text, key).not.toMatch(sideTerms);
    }
  });

  it('keeps toolbar labels short enough for a phone’s toolbar (390 px)', () => {
    // Longer labels wrap to a second row; these are the ones that sit in the toolbar.
    const toolbar = englishKeys.filter((key) => /^(toolbar|names|tour)\./.test(key));
    for (const key of toolbar.filter(
      (k) => !['toolbar.label', 'tour.label', 'tour.count'].includes(k),
    )) {
      for (const text of forms(messages[key]!))
        expect(text.length, `${key}: ${text}`).toBeLessThanOrEqual(20);
    }
  });

  it('names its own language in itself', () => {
    expect(messages['language.name']).toBe({ en: 'English', ru: 'Русский', ja: '日本語' }[lang]);
  });
});

describe('Russian and Japanese text', () => {
  it('uses Cyrillic in the Russian table and Japanese script in the Japanese one', () => {
    // A message left in English would slip through the key checks; labels for controls must not.
    const controls = ['toolbar.copyLink', 'names.label', 'popup.administeredBy', 'tour.next'];
    for (const key of controls) {
      expect(TABLES.ru.messages[key as keyof typeof en]).toMatch(/[а-яё]/i);
      expect(TABLES.ja.messages[key as keyof typeof en]).toMatch(
        /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
      );
    }
  });
});

describe('the page’s tables, loaded one at a time', () => {
  it('names each language in the switch as its own table does', () => {
    for (const lang of INTERFACE_LANGUAGES) {
      expect(LANGUAGE_NAMES[lang]).toBe(TABLES[lang].messages['language.name']);
    }
  });

  it('has English at hand, and loads every other table once, the same as the whole set', async () => {
    expect(loadedTable('en')).toEqual(TABLES.en);
    for (const lang of INTERFACE_LANGUAGES.filter((l) => l !== 'en')) {
      expect(loadedTable(lang)).toBeUndefined();
      const [first, second] = await Promise.all([loadTable(lang), loadTable(lang)]);
      expect(first).toBe(second);
      expect(first).toEqual(TABLES[lang]);
      expect(loadedTable(lang)).toBe(first);
    }
  });
});
