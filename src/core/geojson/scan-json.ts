/**
 * One pass over JSON text before it is parsed: the first syntax error with its offset and a
 * plain description, nesting depth (stopping before it could overflow a recursive parser),
 * numbers too large for a double, and where each feature of a FeatureCollection starts and
 * ends. Iterative: a 100,000-deep `[[[…]]]` costs a loop, not a stack.
 */
import type { JsonPath } from './locate-json-path';
import { readJsonString } from './skip-json-value';

export interface JsonSpan {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

export interface JsonScan {
  /** The first syntax error (RFC 8259), if any; scanning stops there. */
  syntaxError?: { offset: number; message: string };
  /** Offset of the first `[` or `{` nested deeper than allowed; scanning stops there. */
  tooDeep?: number;
  /** Number tokens too large for a double, which JSON.parse reads as ±Infinity. */
  nonFinite: { offset: number; token: string; path: JsonPath }[];
  /** Each element of the root object's `features` array (the last such member, as JSON.parse). */
  features: JsonSpan[];
  /** That array itself, from `[` to just past `]`. */
  featuresArray?: JsonSpan;
}

interface Frame {
  isObject: boolean;
  start: number;
  /** Index of the current element (arrays). */
  index: number;
  /** Offset of the current member's name (objects), -1 before the first. */
  keyAt: number;
  /** Whether this is the root object's `features` array. */
  isFeatures: boolean;
}

// What the scanner expects next.
const VALUE = 0; // any value
const FIRST_VALUE = 1; // a value or `]`, just after `[`
const FIRST_KEY = 2; // a member name or `}`, just after `{`
const KEY = 3; // a member name, after a comma
const AFTER = 4; // `,` or the container's close, after a value

/**
 * Scans `text` as JSON. Nesting deeper than `maxDepth` arrays and objects stops the scan at
 * the bracket that goes too deep. Accepts exactly what JSON.parse accepts; the offsets are
 * UTF-16 code units.
 */
export function scanJson(text: string, maxDepth: number): JsonScan {
  const scan: JsonScan = { nonFinite: [], features: [] };
  const stack: Frame[] = [];
  const n = text.length;
  let state = VALUE;
  let i = 0;
  let failure: { offset: number; message: string } | undefined;

  const fail = (offset: number, message: string): -1 => {
    failure = { offset, message };
    return -1;
  };

  const scanString = (start: number): number => {
    let j = start + 1;
    for (;;) {
      if (j >= n) return fail(start, 'a string is not closed (its closing " is missing)');
      const c = text.charCodeAt(j);
      if (c === 0x22) return j + 1;
      if (c === 0x5c) {
        const e = text.charAt(j + 1);
        if ('"\\/bfnrt'.includes(e) && e !== '') j += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) j += 6;
        else return fail(j, `a string holds an unknown escape \\${e}`);
      } else if (c < 0x20) {
        return fail(j, 'a string holds a raw line break, tab or other control character');
      } else j += 1;
    }
  };

  const scanNumber = (start: number): number => {
    let j = start;
    if (text.charCodeAt(j) === 0x2d) j += 1;
    const intStart = j;
    if (text.charCodeAt(j) === 0x30) {
      j += 1;
      if (isDigit(text.charCodeAt(j))) return fail(j, 'a number starts with 0 (leading zeros)');
    } else if (isDigit(text.charCodeAt(j))) {
      while (isDigit(text.charCodeAt(j))) j += 1;
    } else return fail(j, `'-' is not followed by a digit`);
    const intDigits = j - intStart;
    if (text.charCodeAt(j) === 0x2e) {
      j += 1;
      if (!isDigit(text.charCodeAt(j)))
        return fail(j, 'a decimal point is not followed by a digit');
      while (isDigit(text.charCodeAt(j))) j += 1;
    }
    let hasExponent = false;
    if ((text.charCodeAt(j) | 0x20) === 0x65) {
      hasExponent = true;
      j += 1;
      if (text.charCodeAt(j) === 0x2b || text.charCodeAt(j) === 0x2d) j += 1;
      if (!isDigit(text.charCodeAt(j))) return fail(j, 'an exponent (e) is not followed by digits');
      while (isDigit(text.charCodeAt(j))) j += 1;
    }
    // Only an exponent or more than 308 digits can overflow a double.
    if (hasExponent || intDigits > 308) {
      const token = text.slice(start, j);
      if (!Number.isFinite(Number(token))) {
        const path = stack.map((f) => (f.isObject ? readJsonString(text, f.keyAt) : f.index));
        scan.nonFinite.push({ offset: start, token, path });
      }
    }
    return j;
  };

  const scanLiteral = (start: number): number => {
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, start)) return start + word.length;
    }
    return fail(start, `expected a value, found ${describe(text, start)}`);
  };

  const valueEnded = (start: number, end: number) => {
    if (stack[stack.length - 1]?.isFeatures) scan.features.push({ start, end });
  };

  const close = (): void => {
    const frame = stack.pop();
    i += 1;
    if (frame === undefined) return;
    if (frame.isFeatures) scan.featuresArray = { start: frame.start, end: i };
    valueEnded(frame.start, i);
    state = AFTER;
  };

  const done = (): JsonScan => {
    if (failure) scan.syntaxError = failure;
    return scan;
  };

  for (;;) {
    while (i < n && isWhitespace(text.charCodeAt(i))) i += 1;
    if (i >= n) {
      if (state === AFTER && stack.length === 0) return done();
      fail(n, endMessage(state, stack.length));
      return done();
    }
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (state === FIRST_VALUE && c === 0x5d) {
      close();
      continue;
    }
    if (state === FIRST_KEY && c === 0x7d) {
      close();
      continue;
    }
    if (state === VALUE || state === FIRST_VALUE) {
      if (c === 0x7b || c === 0x5b) {
        if (stack.length >= maxDepth) {
          scan.tooDeep = i;
          return done();
        }
        const root = stack.length === 1 ? stack[0] : undefined;
        const isFeatures =
          c === 0x5b && root !== undefined && root.isObject && isFeaturesKey(text, root.keyAt);
        if (isFeatures) scan.features = [];
        stack.push({ isObject: c === 0x7b, start: i, index: 0, keyAt: -1, isFeatures });
        state = c === 0x7b ? FIRST_KEY : FIRST_VALUE;
        i += 1;
        continue;
      }
      let end: number;
      if (c === 0x22) end = scanString(i);
      else if (c === 0x2d || isDigit(c)) end = scanNumber(i);
      else if (c === 0x5d && state === VALUE && top?.isObject === false) {
        end = fail(i, `a comma before ']' has nothing after it (trailing comma)`);
      } else end = scanLiteral(i);
      if (end < 0) return done();
      valueEnded(i, end);
      i = end;
      state = AFTER;
      continue;
    }
    if (state === FIRST_KEY || state === KEY) {
      if (c !== 0x22) {
        fail(
          i,
          c === 0x7d
            ? `a comma before '}' has nothing after it (trailing comma)`
            : `expected a member name in double quotes, found ${describe(text, i)}`,
        );
        return done();
      }
      const end = scanString(i);
      if (end < 0) return done();
      if (top) top.keyAt = i;
      i = end;
      while (i < n && isWhitespace(text.charCodeAt(i))) i += 1;
      if (text.charCodeAt(i) !== 0x3a) {
        fail(i, `expected ':' after a member name, found ${describe(text, i)}`);
        return done();
      }
      i += 1;
      state = VALUE;
      continue;
    }
    // state === AFTER
    if (top === undefined) {
      fail(i, `found ${describe(text, i)} after the end of the JSON value`);
      return done();
    }
    if (c === 0x2c) {
      i += 1;
      if (top.isObject) state = KEY;
      else {
        top.index += 1;
        state = VALUE;
      }
    } else if (c === (top.isObject ? 0x7d : 0x5d)) {
      close();
    } else {
      fail(
        i,
        top.isObject
          ? `expected ',' or '}' after a member's value, found ${describe(text, i)}`
          : `expected ',' or ']' after an array element, found ${describe(text, i)}`,
      );
      return done();
    }
  }
}

function isFeaturesKey(text: string, keyAt: number): boolean {
  return keyAt >= 0 && readJsonString(text, keyAt) === 'features';
}

function endMessage(state: number, depth: number): string {
  if (depth === 0 && state === VALUE) return 'the file holds no JSON value';
  const brackets = depth === 1 ? '1 bracket' : `${depth} brackets`;
  return `the file ends before the JSON is complete (${brackets} still open)`;
}

function describe(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  const code = text.codePointAt(offset) ?? 0;
  if (code < 0x20 || code === 0x7f) return `the control character U+${hex(code)}`;
  if (code === 0xfeff) return 'a byte-order mark (U+FEFF)';
  if (/\s/u.test(String.fromCodePoint(code))) return `the space character U+${hex(code)}`;
  return `'${String.fromCodePoint(code)}'`;
}

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
