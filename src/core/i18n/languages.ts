/**
 * The interface languages, without their tables: which there are, what each is called in
 * itself, and English, the one table always at hand. The page loads another table only
 * when a reader needs it (load-table.ts), so an English reader's first view carries no
 * other language's words; Node code (scripts, tests) has them all in tables.ts.
 */
import { en, type Messages } from './messages-en';

/** The interface languages, English first. */
export const INTERFACE_LANGUAGES = ['en', 'ru', 'ja'] as const;

export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: InterfaceLanguage = 'en';

/**
 * Each language's name in itself, for the language switch, which lists every language
 * before its table is loaded. The same as each table's `language.name` (a test checks).
 */
export const LANGUAGE_NAMES: Readonly<Record<InterfaceLanguage, string>> = {
  en: 'English',
  ru: 'Русский',
  ja: '日本語',
};

/** The locale for `Intl` when it is not the tag itself. */
const LOCALES: Partial<Record<InterfaceLanguage, string>> = {
  // English follows British news style ("23 November 2019").
  en: 'en-GB',
};

export interface Table {
  /** The BCP 47 tag for `<html lang>` and the address's `lang=`. */
  readonly lang: InterfaceLanguage;
  /** The locale for `Intl`: English follows British news style ("23 November 2019"). */
  readonly locale: string;
  readonly messages: Messages;
}

/** The table of `lang` with its messages. */
export function makeTable(lang: InterfaceLanguage, messages: Messages): Table {
  return { lang, locale: LOCALES[lang] ?? lang, messages };
}

/** English: the default, the words of logs and scripts, and the page's first words. */
export const ENGLISH: Table = makeTable('en', en);

/** Whether `value` names a table (own keys only: `toString` and `__proto__` do not). */
export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return typeof value === 'string' && Object.hasOwn(LANGUAGE_NAMES, value);
}

/**
 * A table with some messages replaced, as MapLibre lets a page override its locale. The
 * overrides must have the same shape (a plural stays plural); the rest is kept.
 */
export function overrideTable(table: Table, overrides: Partial<Messages>): Table {
  return { ...table, messages: { ...table.messages, ...overrides } };
}
