/**
 * A property's value as a reader reads it, not as raw JSON: text and numbers as they are,
 * a list of plain values as "a, b, c", an object as key–value pairs, a list of objects as
 * a list; two levels deep, then compact JSON. Long lists are cut with a count of the
 * rest. The popup (ui/generic-popup.ts) renders the tree as DOM text nodes. Pure.
 */

export type ReadableValue =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: ReadableValue[]; more: number }
  | { kind: 'pairs'; pairs: [string, ReadableValue][]; more: number };

export interface ReadableOptions {
  /** Levels of nesting shown as lists and pairs; deeper values are compact JSON. Default 2. */
  depth?: number;
  /** Items or pairs shown per level; the rest are counted. Default 20. */
  maxItems?: number;
}

function scalar(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function json(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value); // A cycle or a BigInt: cannot happen in parsed JSON, but never throw.
  }
}

/** The readable form of `value` (see the module comment). Never throws. */
export function readableValue(value: unknown, options: ReadableOptions = {}): ReadableValue {
  const { depth = 2, maxItems = 20 } = options;
  const plain = scalar(value);
  if (plain !== undefined) return { kind: 'text', text: plain };
  if (typeof value !== 'object' || depth <= 0) return { kind: 'text', text: json(value) };
  const deeper = { depth: depth - 1, maxItems };
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: 'text', text: '(none)' };
    const shown = value.slice(0, maxItems);
    const more = value.length - shown.length;
    // A list of plain values reads best on one line.
    const texts = shown.map(scalar);
    if (texts.every((t) => t !== undefined)) {
      const tail = more > 0 ? `, … (${more} more)` : '';
      return { kind: 'text', text: texts.join(', ') + tail };
    }
    return { kind: 'list', items: shown.map((item) => readableValue(item, deeper)), more };
  }
  // Own keys only, as parsed (a "__proto__" key is data here, not a prototype).
  const keys = Object.keys(value as object);
  if (keys.length === 0) return { kind: 'text', text: '(empty)' };
  const record = value as Record<string, unknown>;
  return {
    kind: 'pairs',
    pairs: keys.slice(0, maxItems).map((key) => [key, readableValue(record[key], deeper)]),
    more: Math.max(0, keys.length - maxItems),
  };
}
