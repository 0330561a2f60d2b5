/**
 * A translator for one interface language: its messages, and its numbers, dates, sizes,
 * lists and language names through `Intl`. Pure: the caller chooses the language
 * (`negotiateLanguage`) and keeps the translator.
 */
import { formatDate } from '../article/format-date';
import type { MessageKey } from './messages-en';
import type { InterfaceLanguage, Table } from './languages';
import { languageDirection, type Direction } from './text-direction';
import { formatPhrase, type Phrase } from './phrase';
import {
  formatNumber,
  formatSize,
  translate,
  translateParts,
  type MessagePart,
  type ParamsArg,
} from './translate';

export interface Translator {
  readonly lang: InterfaceLanguage;
  /** For `<html dir>`: the interface's own direction (all three tables are ltr). */
  readonly dir: Direction;
  readonly table: Table;
  /** A message with its placeholders filled in (see `translate`). */
  t: <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => string;
  /** The same as runs, for DOM that wraps a value in an element (see `translateParts`). */
  parts: <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => MessagePart[];
  /** A phrase from the core (a problem, a worker's failure) in this language. */
  phrase: (said: Phrase) => string;
  /** "12,345" / "12 345" / "12,345". */
  number: (n: number) => string;
  /** An ISO date (YYYY-MM-DD): "23 November 2019" / "23 ноября 2019 г." / "2019年11月23日". */
  date: (iso: string) => string;
  /** A size in decimal units, never rounded up past a limit: "50.2 MB" / "50,2 МБ". */
  bytes: (n: number) => string;
  /** "A, B and C" / "A, B и C" / "A、B、C". */
  list: (items: readonly string[]) => string;
  /** A language from the data, named in the interface language: a tag named through Intl.DisplayNames. */
  languageName: (tag: string) => string;
}

/**
 * The translator for a table: one of `TABLES` (Node), one the page loaded (load-table.ts),
 * or a table of one's own (`overrideTable`).
 */
export function createTranslator(table: Table): Translator {
  const { locale } = table;
  // Made when first used: an Intl formatter costs milliseconds (its locale data) to make.
  let lists: Intl.ListFormat | null = null;
  let names: Intl.DisplayNames | null = null;
  return {
    lang: table.lang,
    dir: languageDirection(table.lang),
    table,
    t: (key, ...params) => translate(table, key, ...params),
    parts: (key, ...params) => translateParts(table, key, ...params),
    phrase: (said) => formatPhrase(table, said),
    number: (n) => formatNumber(locale, n),
    date: (iso) => formatDate(iso, locale),
    bytes: (n) => formatSize(locale, n),
    list: (items) => (lists ??= new Intl.ListFormat(locale, { type: 'conjunction' })).format(items),
    languageName(tag) {
      try {
        names ??= new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' });
        return names.of(tag) ?? tag;
      } catch {
        // Not a well-formed tag: show it as the data has it.
        return tag;
      }
    },
  };
}
