/**
 * A message not yet put into words: a key of the tables and its values. The pure core
 * (validation, the worker's reading and fetching) says what happened as a `Phrase`; the
 * page puts it into the interface language in force (`Translator.phrase`), so a problem
 * found in a worker reads in the reader's language. Phrases are plain data: they cross
 * `postMessage` unchanged.
 *
 * A value may itself be a phrase (`Feature 3: {message}` holds the problem's own phrase),
 * or a size in bytes, formatted for the language (`{ bytes: 1400 }` → "1.4 kB", "1,4 кБ").
 */
import type { MessageKey } from './messages-en';
import { ENGLISH, type Table } from './languages';
import { formatSize, translate, type ParamName, type ParamValue } from './translate';

/** A size in bytes, shown in the language's units. */
export interface Bytes {
  readonly bytes: number;
}

export type PhraseValue = ParamValue | Bytes | Phrase;

export interface Phrase {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, PhraseValue>>;
}

/** The values a key's phrase needs: its placeholders, each a value, a size or a phrase. */
export type PhraseArgs<K extends MessageKey> = [ParamName<K>] extends [never]
  ? []
  : [params: { readonly [P in ParamName<K>]: PhraseValue }];

/** A phrase for `key`, checked like `translate`: exactly the key's placeholders. */
export function phrase<K extends MessageKey>(key: K, ...[params]: PhraseArgs<K>): Phrase {
  return params === undefined ? { key } : { key, params };
}

/** Whether `value` is a phrase (as it arrives from a worker, say). */
export function isPhrase(value: unknown): value is Phrase {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { key?: unknown }).key === 'string'
  );
}

function isBytes(value: PhraseValue): value is Bytes {
  return typeof value === 'object' && 'bytes' in value;
}

/** `phrase` in the words of `table`, nested phrases and sizes included. */
export function formatPhrase(table: Table, said: Phrase): string {
  const values: Record<string, ParamValue> = {};
  for (const [name, value] of Object.entries(said.params ?? {})) {
    if (typeof value !== 'object') values[name] = value;
    else if (isBytes(value)) values[name] = formatSize(table.locale, value.bytes);
    else values[name] = formatPhrase(table, value);
  }
  // The key comes from our own code, the values from it or from a file: translate
  // checks neither at run time, and shows a key it does not know as the key.
  return (translate as (t: Table, k: MessageKey, v: object) => string)(table, said.key, values);
}

/** The phrase in English: for logs, scripts and the messages of thrown errors. */
export function inEnglish(said: Phrase): string {
  return formatPhrase(ENGLISH, said);
}

/** The first letter in upper case, as a sentence starts ("the file…" → "The file…"). */
export function capitalize(text: string, locale = 'en'): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const letter = String.fromCodePoint(first);
  return letter.toLocaleUpperCase(locale) + text.slice(letter.length);
}

/** An error whose message is a phrase, so that the page can say it in its own language. */
export class PhrasedError extends Error {
  constructor(readonly phrase: Phrase) {
    super(inEnglish(phrase));
  }
}
