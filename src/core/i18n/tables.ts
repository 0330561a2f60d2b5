/**
 * The interface languages: a table of messages for each, and the locale its numbers,
 * dates and plural forms follow. These tags name interface languages only; a party's
 * language in the data is matched to them by `partyInterfaceLanguages`.
 */
import { en, type Messages } from './messages-en';
import { ja } from './messages-ja';
import { ru } from './messages-ru';

export const INTERFACE_LANGUAGES = ['en', 'ru', 'ja'] as const;

export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: InterfaceLanguage = 'en';

export interface Table {
  /** The BCP 47 tag for `<html lang>` and the address's `lang=`. */
  readonly lang: InterfaceLanguage;
  /** The locale for `Intl`: English follows British news style ("23 November 2019"). */
  readonly locale: string;
  readonly messages: Messages;
}

export const TABLES: Readonly<Record<InterfaceLanguage, Table>> = {
  en: { lang: 'en', locale: 'en-GB', messages: en },
  ru: { lang: 'ru', locale: 'ru', messages: ru },
  ja: { lang: 'ja', locale: 'ja', messages: ja },
};

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
