/**
 * The interface languages: a table of messages for each, and the locale its numbers,
 * dates and plural forms follow. These tags name interface languages only; a party's
 * language in the data is matched to them by `partyInterfaceLanguages`.
 */
import { en, type Messages } from './messages-en';
import { ja } from './messages-ja';
import { ru } from './messages-ru';

// Keyed by tag, unquoted: the tags live once, here. Locale defaults to the tag itself.
const SOURCES = {
  en: { messages: en, locale: 'en-GB' },
  ru: { messages: ru },
  ja: { messages: ja },
} satisfies Record<string, { messages: Messages; locale?: string }>;

export type InterfaceLanguage = keyof typeof SOURCES;

/** The interface languages, English first. */
export const INTERFACE_LANGUAGES = Object.keys(SOURCES) as readonly InterfaceLanguage[];

export const DEFAULT_LANGUAGE: InterfaceLanguage = 'en';

export interface Table {
  /** The BCP 47 tag for `<html lang>` and the address's `lang=`. */
  readonly lang: InterfaceLanguage;
  /** The locale for `Intl`: English follows British news style ("23 November 2019"). */
  readonly locale: string;
  readonly messages: Messages;
}

export const TABLES = Object.fromEntries(
  INTERFACE_LANGUAGES.map((lang) => {
    const source: { messages: Messages; locale?: string } = SOURCES[lang];
    return [lang, { lang, locale: source.locale ?? lang, messages: source.messages }];
  }),
) as Readonly<Record<InterfaceLanguage, Table>>;

/** Whether `value` names a table (own keys only: `toString` and `__proto__` do not). */
export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return typeof value === 'string' && Object.hasOwn(TABLES, value);
}

/**
 * A table with some messages replaced, as MapLibre lets a page override its locale. The
 * overrides must have the same shape (a plural stays plural); the rest is kept.
 */
export function overrideTable(table: Table, overrides: Partial<Messages>): Table {
  return { ...table, messages: { ...table.messages, ...overrides } };
}
