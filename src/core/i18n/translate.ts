/**
 * Messages → text: picks a plural form by `{count}` through `Intl.PluralRules`, fills
 * `{name}` placeholders, formats numbers with `Intl.NumberFormat`, and isolates values
 * in right-to-left scripts so that a name in Arabic inside an English sentence does not
 * reorder the sentence's punctuation and numbers around it.
 */
import { en, type Message, type MessageKey, type PluralForms } from './messages-en';
import type { Table } from './languages';
import { isolateBidi } from './text-direction';

/** The names of `{…}` placeholders in a literal string type. */
export type Placeholders<S> = S extends `${string}{${infer P}}${infer R}`
  ? P | Placeholders<R>
  : never;

type Texts<M> = M extends string ? M : M extends Readonly<Record<string, infer S>> ? S : never;

/** The placeholders of a key, as its English message has them. */
export type ParamName<K extends MessageKey> = Placeholders<Texts<(typeof en)[K]>>;

export type ParamValue = string | number;

/** The values a key needs: exactly its placeholders (a plural key's include `count`). */
export type Params<K extends MessageKey> = { readonly [P in ParamName<K>]: ParamValue };

/** The rest arguments of `translate`: none for a key without placeholders. */
export type ParamsArg<K extends MessageKey> = [ParamName<K>] extends [never]
  ? []
  : [params: Params<K>];

/** A run of a translated message: plain text, or a filled-in placeholder. */
export interface MessagePart {
  text: string;
  /** The placeholder this text filled in, if any (e.g. `title`, to wrap it in `<cite>`). */
  param?: string;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let value = cache.get(locale);
  if (value === undefined) {
    value = make();
    cache.set(locale, value);
  }
  return value;
}

/** The plural form for `count` in `locale`; `other` when the form or the count is missing. */
export function pickPlural(locale: string, forms: PluralForms, count: unknown): string {
  const n = typeof count === 'number' ? count : Number(count);
  if (!Number.isFinite(n)) return forms.other;
  const rules = cached(pluralRules, locale, () => new Intl.PluralRules(locale));
  return forms[rules.select(n)] ?? forms.other;
}

/** A number in `locale`'s digits and separators ("12,345", "12 345", "12,345"). */
export function formatNumber(locale: string, n: number): string {
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(n);
}

/** Bytes as the reader's file manager would show them, in `locale`'s words. */
export function formatSize(locale: string, bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1000) {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'byte',
      unitDisplay: 'long',
    }).format(bytes);
  }
  const [value, unit] = bytes < 1e6 ? [bytes / 1e3, 'kilobyte'] : [bytes / 1e6, 'megabyte'];
  // Floored, one decimal below 100: 50.04 MB must not read as the 50 MB limit it exceeds.
  const shown = value < 100 ? Math.floor(value * 10) / 10 : Math.floor(value);
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(shown);
}

function messageText(table: Table, key: MessageKey, values: Readonly<Record<string, unknown>>) {
  // A table built at run time (overrides) may lack a key the types promise: say it in English.
  const message: Message | undefined = table.messages[key] ?? en[key];
  if (message === undefined) return key;
  return typeof message === 'string' ? message : pickPlural(table.locale, message, values.count);
}

const PLACEHOLDER = /\{(\w+)\}/g;

function show(locale: string, value: unknown): string {
  if (typeof value === 'number') return formatNumber(locale, value);
  return isolateBidi(String(value));
}

function splitMessage(
  table: Table,
  key: MessageKey,
  params: Readonly<Record<string, unknown>> | undefined,
): MessagePart[] {
  const values = params ?? {};
  const text = messageText(table, key, values);
  const parts: MessagePart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    // A placeholder with no value stays visible, so a missing value shows rather than hides.
    if (!Object.hasOwn(values, name)) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: show(table.locale, values[name]), param: name });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/**
 * The message `key` of `table`, with `params` filled in: `translate(TABLES.ru,
 * 'tour.position', { n: 3, total: 8 })` → "3 из 8". Numbers are formatted for the
 * table's locale; strings are inserted as they are (isolated when right-to-left).
 */
export function translate<K extends MessageKey>(
  table: Table,
  key: K,
  ...[params]: ParamsArg<K>
): string {
  return splitMessage(table, key, params)
    .map((part) => part.text)
    .join('');
}

/**
 * The same message as runs, for DOM that wraps a value in an element: `popup.source`
 * gives its `{title}` run marked `param: 'title'` for a `<cite>`.
 */
export function translateParts<K extends MessageKey>(
  table: Table,
  key: K,
  ...[params]: ParamsArg<K>
): MessagePart[] {
  return splitMessage(table, key, params);
}
