/**
 * JSON text in one fixed layout, for files that people diff and tools read back.
 *
 * Pure. Writes exactly what `JSON.stringify(value, null, 2)` writes (or, compact,
 * `JSON.stringify(value)`), with two differences:
 * -0 is written as `-0` (JSON.stringify writes `0`, losing a sign that JSON.parse keeps), and a
 * `JsonMembers` value is written as an object whose members come in the order given.
 */

/**
 * An object to be written with its members in this order. A plain object cannot always hold an
 * order: JavaScript lists integer-like keys ("0", "12") first whatever the insertion order.
 * The names must be distinct.
 */
export class JsonMembers {
  constructor(readonly members: readonly (readonly [string, unknown])[]) {}
}

const INDENT = '  ';

export interface FormatJsonOptions {
  /** No spaces or line breaks: `JSON.stringify(value)`'s layout (default false: indented by two). */
  compact?: boolean;
}

/**
 * `value` as JSON text, indented by two spaces, without a final newline. Follows
 * JSON.stringify's rules for everything else: `toJSON` is called, members whose value is
 * undefined, a function or a symbol are left out (written as null in arrays), NaN and
 * ±Infinity are written as null, a BigInt or a cycle throws a TypeError.
 */
export function formatJson(value: unknown, options: FormatJsonOptions = {}): string {
  const text = write('', value, options.compact ? undefined : '', new Set());
  if (text === undefined) throw new TypeError('The value has no JSON form.');
  return text;
}

function write(
  key: string,
  input: unknown,
  /** The current indentation; undefined for compact text. */
  indent: string | undefined,
  ancestors: Set<object>,
): string | undefined {
  let value = input;
  if (typeof value === 'object' && value !== null && 'toJSON' in value) {
    const { toJSON } = value;
    if (typeof toJSON === 'function') value = (toJSON as (key: string) => unknown).call(value, key);
  }
  if (value instanceof Number) value = Number(value);
  else if (value instanceof String) value = String(value);
  else if (value instanceof Boolean) value = value.valueOf();

  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) return 'null';
      return Object.is(value, -0) ? '-0' : String(value);
    case 'boolean':
      return String(value);
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt.');
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'object':
      if (value === null) return 'null';
      return writeContainer(value, indent, ancestors);
  }
}

function writeContainer(value: object, indent: string | undefined, ancestors: Set<object>): string {
  if (ancestors.has(value)) throw new TypeError('Converting circular structure to JSON.');
  ancestors.add(value);
  const inner = indent === undefined ? undefined : indent + INDENT;
  // Between items, and around the items of a non-empty container.
  const [open, between, close, colon] =
    inner === undefined ? ['', ',', '', ':'] : [`\n${inner}`, `,\n${inner}`, `\n${indent}`, ': '];
  let text: string;
  if (Array.isArray(value)) {
    // Array.from visits holes too; JSON.stringify writes them as null.
    const items = Array.from(value as unknown[], (item, i) => {
      return write(String(i), item, inner, ancestors) ?? 'null';
    });
    text = items.length === 0 ? '[]' : `[${open}${items.join(between)}${close}]`;
  } else {
    const members = value instanceof JsonMembers ? value.members : Object.entries(value);
    const written: string[] = [];
    for (const [name, member] of members) {
      const memberText = write(name, member, inner, ancestors);
      if (memberText !== undefined) written.push(`${JSON.stringify(name)}${colon}${memberText}`);
    }
    text = written.length === 0 ? '{}' : `{${open}${written.join(between)}${close}}`;
  }
  ancestors.delete(value);
  return text;
}
