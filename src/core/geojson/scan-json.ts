/**
 * One pass over JSON text before it is parsed: the first syntax error with its offset and a
 * plain description, nesting depth (stopping before it could overflow a recursive parser),
 * numbers too large for a double, and where each feature of a FeatureCollection starts and
 * ends. Iterative: a 100,000-deep `[[[…]]]` costs a loop, not a stack.
 */
import { phrase, type Phrase } from '../i18n/phrase';
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
  syntaxError?: { offset: number; phrase: Phrase };
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
  return new Scanner(text, maxDepth).run();
}

/**
 * The scan's state machine: `run` reads one token at a time and hands it to the method for
 * what is expected next (a value, a member name, or what follows a value). A method that
 * returns false has stopped the scan (an error, or nesting too deep).
 */
class Scanner {
  private readonly scan: JsonScan = { nonFinite: [], features: [] };
  private readonly stack: Frame[] = [];
  private readonly n: number;
  private state = VALUE;
  private i = 0;
  private failure: { offset: number; phrase: Phrase } | undefined;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {
    this.n = text.length;
  }

  run(): JsonScan {
    const { text, n } = this;
    for (;;) {
      while (this.i < n && isWhitespace(text.charCodeAt(this.i))) this.i += 1;
      if (this.i >= n) {
        if (!(this.state === AFTER && this.stack.length === 0)) {
          this.fail(n, endMessage(this.state, this.stack.length));
        }
        return this.done();
      }
      const c = text.charCodeAt(this.i);
      const { state } = this;
      let going: boolean;
      if ((state === FIRST_VALUE && c === 0x5d) || (state === FIRST_KEY && c === 0x7d)) {
        this.close();
        going = true;
      } else if (state === VALUE || state === FIRST_VALUE) going = this.value(c);
      else if (state === FIRST_KEY || state === KEY) going = this.memberName(c);
      else going = this.afterValue(c);
      if (!going) return this.done();
    }
  }

  private done(): JsonScan {
    if (this.failure) this.scan.syntaxError = this.failure;
    return this.scan;
  }

  private fail(offset: number, said: Phrase): -1 {
    this.failure = { offset, phrase: said };
    return -1;
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** A value starts at `i` (first character `c`). */
  private value(c: number): boolean {
    const i = this.i;
    if (c === 0x7b || c === 0x5b) return this.open(c);
    let end: number;
    if (c === 0x22) end = this.scanString(i);
    else if (c === 0x2d || isDigit(c)) end = this.scanNumber(i);
    else if (c === 0x5d && this.state === VALUE && this.top()?.isObject === false) {
      end = this.fail(i, phrase('json.trailingCommaArray'));
    } else end = this.scanLiteral(i);
    if (end < 0) return false;
    this.valueEnded(i, end);
    this.i = end;
    this.state = AFTER;
    return true;
  }

  /** `[` or `{` at `i`. */
  private open(c: number): boolean {
    const { stack, text } = this;
    if (stack.length >= this.maxDepth) {
      this.scan.tooDeep = this.i;
      return false;
    }
    const root = stack.length === 1 ? stack[0] : undefined;
    const isFeatures =
      c === 0x5b && root !== undefined && root.isObject && isFeaturesKey(text, root.keyAt);
    if (isFeatures) this.scan.features = [];
    stack.push({ isObject: c === 0x7b, start: this.i, index: 0, keyAt: -1, isFeatures });
    this.state = c === 0x7b ? FIRST_KEY : FIRST_VALUE;
    this.i += 1;
    return true;
  }

  /** A member name and its colon, at `i`. */
  private memberName(c: number): boolean {
    const { text, n } = this;
    if (c !== 0x22) {
      this.fail(
        this.i,
        c === 0x7d
          ? phrase('json.trailingCommaObject')
          : phrase('json.expectedName', { found: describe(text, this.i) }),
      );
      return false;
    }
    const end = this.scanString(this.i);
    if (end < 0) return false;
    const top = this.top();
    if (top) top.keyAt = this.i;
    let i = end;
    while (i < n && isWhitespace(text.charCodeAt(i))) i += 1;
    if (text.charCodeAt(i) !== 0x3a) {
      this.fail(i, phrase('json.expectedColon', { found: describe(text, i) }));
      return false;
    }
    this.i = i + 1;
    this.state = VALUE;
    return true;
  }

  /** After a value: a comma or the container's close. */
  private afterValue(c: number): boolean {
    const top = this.top();
    const { text, i } = this;
    if (top === undefined) {
      this.fail(i, phrase('json.afterEnd', { found: describe(text, i) }));
      return false;
    }
    if (c === 0x2c) {
      this.i += 1;
      if (top.isObject) this.state = KEY;
      else {
        top.index += 1;
        this.state = VALUE;
      }
    } else if (c === (top.isObject ? 0x7d : 0x5d)) {
      this.close();
    } else {
      this.fail(
        i,
        top.isObject
          ? phrase('json.expectedCommaObject', { found: describe(text, i) })
          : phrase('json.expectedCommaArray', { found: describe(text, i) }),
      );
      return false;
    }
    return true;
  }

  private valueEnded(start: number, end: number): void {
    if (this.top()?.isFeatures) this.scan.features.push({ start, end });
  }

  private close(): void {
    const frame = this.stack.pop();
    this.i += 1;
    if (frame === undefined) return;
    if (frame.isFeatures) this.scan.featuresArray = { start: frame.start, end: this.i };
    this.valueEnded(frame.start, this.i);
    this.state = AFTER;
  }

  private scanString(start: number): number {
    const { text, n } = this;
    let j = start + 1;
    for (;;) {
      if (j >= n) return this.fail(start, phrase('json.stringNotClosed'));
      const c = text.charCodeAt(j);
      if (c === 0x22) return j + 1;
      if (c === 0x5c) {
        const e = text.charAt(j + 1);
        if ('"\\/bfnrt'.includes(e) && e !== '') j += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) j += 6;
        else return this.fail(j, phrase('json.unknownEscape', { escape: e }));
      } else if (c < 0x20) {
        return this.fail(j, phrase('json.controlInString'));
      } else j += 1;
    }
  }

  private scanNumber(start: number): number {
    const { text } = this;
    let j = start;
    if (text.charCodeAt(j) === 0x2d) j += 1;
    const intStart = j;
    if (text.charCodeAt(j) === 0x30) {
      j += 1;
      if (isDigit(text.charCodeAt(j))) return this.fail(j, phrase('json.leadingZero'));
    } else if (isDigit(text.charCodeAt(j))) {
      while (isDigit(text.charCodeAt(j))) j += 1;
    } else return this.fail(j, phrase('json.minus'));
    const intDigits = j - intStart;
    if (text.charCodeAt(j) === 0x2e) {
      j += 1;
      if (!isDigit(text.charCodeAt(j))) return this.fail(j, phrase('json.decimalPoint'));
      while (isDigit(text.charCodeAt(j))) j += 1;
    }
    let hasExponent = false;
    if ((text.charCodeAt(j) | 0x20) === 0x65) {
      hasExponent = true;
      j += 1;
      if (text.charCodeAt(j) === 0x2b || text.charCodeAt(j) === 0x2d) j += 1;
      if (!isDigit(text.charCodeAt(j))) return this.fail(j, phrase('json.exponent'));
      while (isDigit(text.charCodeAt(j))) j += 1;
    }
    // Only an exponent or more than 308 digits can overflow a double.
    if (hasExponent || intDigits > 308) this.checkFinite(start, j);
    return j;
  }

  private checkFinite(start: number, end: number): void {
    const token = this.text.slice(start, end);
    if (Number.isFinite(Number(token))) return;
    const path = this.stack.map((f) => (f.isObject ? readJsonString(this.text, f.keyAt) : f.index));
    this.scan.nonFinite.push({ offset: start, token, path });
  }

  private scanLiteral(start: number): number {
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, start)) return start + word.length;
    }
    return this.fail(start, phrase('json.expectedValue', { found: describe(this.text, start) }));
  }
}

function isFeaturesKey(text: string, keyAt: number): boolean {
  return keyAt >= 0 && readJsonString(text, keyAt) === 'features';
}

function endMessage(state: number, depth: number): Phrase {
  if (depth === 0 && state === VALUE) return phrase('json.noValue');
  return phrase('json.unclosed', { count: depth });
}

/** What stands at `offset`: a character in quotes, or a name for one that does not show. */
function describe(text: string, offset: number): Phrase | string {
  if (offset >= text.length) return phrase('json.endOfFile');
  const code = text.codePointAt(offset) ?? 0;
  if (code < 0x20 || code === 0x7f) return phrase('json.controlChar', { code: hex(code) });
  if (code === 0xfeff) return phrase('json.byteOrderMark');
  if (/\s/u.test(String.fromCodePoint(code))) {
    return phrase('json.spaceChar', { code: hex(code) });
  }
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
