/**
 * One pass over JSON text before it is parsed, fed chunk by chunk: the first syntax error with
 * its place and a plain description, nesting depth (stopping before it could overflow a
 * recursive parser), numbers too large for a double, and each member of the root object's
 * `features` array handed out as its own text as soon as it ends, so a file of any size is
 * never held whole. Iterative: a 100,000-deep `[[[…]]]` costs a loop, not a stack.
 *
 * Why the project's own scanner and not a streaming parser such as @streamparser/json: what
 * the checks need is the *text* of each feature with its line and column (check-geojson and
 * every located message work on text), the skeleton of the root without its features, the
 * first syntax error worded for people at its exact place, a depth limit that stops before
 * any recursion, and numbers that overflow a double found with their token and path (a parser
 * hands back ±Infinity and forgets the spelling). A token-level parser gives values, not
 * spans; rebuilding all of that on its events would cost as much as this state machine, and
 * would build every value twice (its tree, then JSON.parse of each feature for identical
 * values to today's, `__proto__` members included).
 *
 * A chunk may end anywhere: inside a string, an escape (`\u00e9`), a number, a literal or
 * white space; the state machine carries on in the next chunk. A chunk that ends with the
 * first half of a surrogate pair keeps it for the next one, so a character is never split.
 */
import { phrase, type Phrase } from '../i18n/phrase';
import type { JsonPath } from './locate-json-path';

/** A place in the text: offset in UTF-16 code units from 0, line and column from 1. */
export interface TextPosition {
  offset: number;
  line: number;
  column: number;
}

export interface JsonSpan {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

export interface NonFiniteNumber {
  offset: number;
  position: TextPosition;
  token: string;
  /** From the root value. */
  path: JsonPath;
}

/** One member of the root object's `features` array, as it ended. */
export interface ScannedElement {
  text: string;
  /** Its index in the array. */
  index: number;
  start: TextPosition;
  /** Numbers too large for a double within it (paths from the root). */
  nonFinite: readonly NonFiniteNumber[];
}

export interface StreamScanOptions {
  maxDepth: number;
  /**
   * When the root's `features` array is handed out member by member: `always`, or only when
   * the root's `type` member, before it, says FeatureCollection (`in-collection`); otherwise
   * it stays in the skeleton, and the caller scans the skeleton again once the type is known.
   */
  features: 'always' | 'in-collection';
  /** Each member of a `features` array handed out, when it ends. */
  onElement?: (element: ScannedElement) => void;
  /** A later `features` array begins: the members handed out before are superseded. */
  onArrayStart?: () => void;
}

export interface StreamScan {
  /** The first syntax error (RFC 8259), if any; scanning stops there. */
  syntaxError?: { position: TextPosition; phrase: Phrase };
  /** The first `[` or `{` nested deeper than allowed; scanning stops there. */
  tooDeep?: TextPosition;
  /** Numbers too large for a double outside the members handed out. */
  nonFinite: NonFiniteNumber[];
  /** The root value's text, with the members handed out cut from their array (`[]` left). */
  skeleton: string;
  /** Where each piece of the skeleton came from: `at` is its offset in the skeleton. */
  pieces: { at: number; position: TextPosition }[];
  /** The last `features` array handed out, from `[` to just past `]`. */
  featuresArray?: JsonSpan;
  /** Whether the root's last `features` member was handed out (then the skeleton holds `[]`). */
  lastFeaturesStreamed: boolean;
}

interface Frame {
  isObject: boolean;
  start: number;
  /** Index of the current element (arrays). */
  index: number;
  /** The current member's name (objects), once read. */
  key: string | undefined;
  /** Whether this is a `features` array whose members are handed out. */
  streamed: boolean;
}

// What the scanner expects next.
const VALUE = 0; // any value
const FIRST_VALUE = 1; // a value or `]`, just after `[`
const FIRST_KEY = 2; // a member name or `}`, just after `{`
const KEY = 3; // a member name, after a comma
const AFTER = 4; // `,` or the container's close, after a value
const COLON = 5; // the `:` after a member name
// Inside a token that a chunk may cut.
const STRING = 6;
const NUMBER = 7;
const LITERAL = 8;

// Where a number is (NUMBER's sub-state).
const N_SIGN = 0; // after `-`
const N_ZERO = 1; // a leading 0
const N_INT = 2;
const N_DOT = 3;
const N_FRAC = 4;
const N_E = 5;
const N_ESIGN = 6;
const N_EXP = 7;

/** The member names every feature has, or most do. */
const GEOJSON_NAMES = ['type', 'id', 'properties', 'geometry', 'coordinates', 'geometries'];

/** An element's numbers too large for a double when it has none: shared, never added to. */
const NO_NUMBERS: NonFiniteNumber[] = [];

/**
 * A text gathered across chunks from a start index in the current chunk. A recorder is
 * started for every number and member name: its list of parts is replaced only when it has
 * some, so a token within one chunk costs no allocation but its text.
 */
class Recorder {
  parts: string[] = [];
  /** Index in the current chunk where the unsaved part starts; -1 when not recording. */
  from = -1;
  start(i: number): void {
    if (this.parts.length > 0) this.parts = [];
    this.from = i;
  }
  /** Stops without making the text. */
  cancel(): void {
    if (this.parts.length > 0) this.parts = [];
    this.from = -1;
  }
  /** Keeps the unsaved part of the chunk that ends. */
  flush(chunk: string): void {
    if (this.from < 0) return;
    if (this.from < chunk.length) this.parts.push(chunk.slice(this.from));
    this.from = 0;
  }
  stop(chunk: string, i: number): string {
    const last = chunk.slice(this.from, i);
    if (this.parts.length === 0) {
      this.from = -1;
      return last;
    }
    const text = this.parts.join('') + last;
    this.parts = [];
    this.from = -1;
    return text;
  }
  pause(chunk: string, i: number): void {
    this.parts.push(chunk.slice(this.from, i));
    this.from = -1;
  }
  /** Resumes after `pause`; returns the length gathered so far. */
  resume(i: number): number {
    this.from = i;
    return this.parts.reduce((sum, part) => sum + part.length, 0);
  }
}

/**
 * The scan's state machine: `push` reads one token at a time and hands it to the method for
 * what is expected next (a value, a member name, or what follows a value). A method that
 * returns false has stopped the scan (an error, or nesting too deep).
 */
export class JsonStreamScanner {
  private readonly result: StreamScan = {
    nonFinite: [],
    skeleton: '',
    pieces: [],
    lastFeaturesStreamed: false,
  };
  private readonly stack: Frame[] = [];
  /** Frames closed, for the next to open; read only until then. */
  private readonly spareFrames: Frame[] = [];
  private state = VALUE;
  private stopped = false;
  private ended = false;
  // The current chunk and where the scan is in it.
  private s = '';
  private i = 0;
  private carry = '';
  /** Offset of the current chunk's first character. */
  private base = 0;
  private line = 1;
  /** Offset where the current line starts. */
  private lineStart = 0;
  private lastWasCr = false;
  // The token being read.
  private tokenStart = 0;
  private isKey = false;
  /** Whether the string's text is kept (member names, the root's `type`). */
  private keepString = false;
  private escape = 0; // 0 none, 1 after `\`, 2…5: hex digits of `\u` read + 2
  /** Whether the string being read has an escape (its text is then decoded by JSON.parse). */
  private escaped = false;
  private escapeAt = 0;
  private numberState = N_SIGN;
  private intDigits = 0;
  private hasExponent = false;
  private literal = '';
  private literalAt = 0;
  private readonly token = new Recorder();
  private readonly skeleton = new Recorder();
  private readonly element = new Recorder();
  private elementStart: TextPosition | undefined;
  /** NO_NUMBERS until one is found: most elements have none, and get the shared empty list. */
  private elementNonFinite: NonFiniteNumber[] = NO_NUMBERS;
  private rootType: string | undefined;

  constructor(private readonly options: StreamScanOptions) {}

  /** Reads the next piece of text. */
  push(chunk: string): void {
    if (this.stopped || this.ended) return;
    const [s, carry] = wholeCharacters(this.carry, chunk);
    this.carry = carry;
    this.run(s);
  }

  /** The text has ended: what the scan found. */
  end(): StreamScan {
    if (!this.ended && !this.stopped) {
      const carry = this.carry;
      this.carry = '';
      if (carry !== '') this.run(carry);
      this.ended = true;
      if (!this.stopped) this.finish();
    }
    this.ended = true;
    return this.result;
  }

  private run(s: string): void {
    this.s = s;
    this.i = 0;
    const n = s.length;
    while (!this.stopped) {
      const { state } = this;
      if (state === STRING) {
        if (!this.readString()) break;
        continue;
      }
      if (state === NUMBER) {
        if (!this.readNumber()) break;
        continue;
      }
      if (state === LITERAL) {
        if (!this.readLiteral()) break;
        continue;
      }
      this.skipWhitespace();
      if (this.i >= n) break;
      const c = s.charCodeAt(this.i);
      if ((state === FIRST_VALUE && c === 0x5d) || (state === FIRST_KEY && c === 0x7d)) {
        this.close();
      } else if (state === VALUE || state === FIRST_VALUE) this.value(c);
      else if (state === FIRST_KEY || state === KEY) this.memberName(c);
      else if (state === COLON) this.colon(c);
      else this.afterValue(c);
    }
    for (const recorder of [this.token, this.skeleton, this.element]) recorder.flush(s);
    this.base += n;
    this.s = '';
    this.i = 0;
  }

  private finish(): void {
    const at = this.position(this.i);
    const { state } = this;
    if (state === STRING) {
      if (this.escape === 0) this.fail(this.tokenStart, phrase('json.stringNotClosed'));
      else this.failEscape('');
      return;
    }
    if (state === NUMBER) {
      if (!this.numberEnds()) return;
    } else if (state === LITERAL) {
      this.failLiteral();
      return;
    } else if (state === COLON) {
      this.failAt(at, phrase('json.expectedColon', { found: phrase('json.endOfFile') }));
      return;
    }
    if (!(this.state === AFTER && this.stack.length === 0)) {
      this.failAt(at, endMessage(this.state, this.stack.length));
    }
  }

  /** The position of index `i` of the current chunk, on the current line. */
  private position(i: number): TextPosition {
    const offset = this.base + i;
    return { offset, line: this.line, column: offset - this.lineStart + 1 };
  }

  private skipWhitespace(): void {
    const { s } = this;
    const n = s.length;
    let i = this.i;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 0x20 || c === 0x09) this.lastWasCr = false;
      else if (c === 0x0a) {
        if (!this.lastWasCr) this.line += 1;
        this.lineStart = this.base + i + 1;
        this.lastWasCr = false;
      } else if (c === 0x0d) {
        this.line += 1;
        this.lineStart = this.base + i + 1;
        this.lastWasCr = true;
      } else break;
      i += 1;
    }
    if (i < n) this.lastWasCr = false;
    this.i = i;
  }

  private fail(offset: number, said: Phrase): false {
    return this.failAt(this.position(offset - this.base), said);
  }

  private failAt(position: TextPosition, said: Phrase): false {
    this.result.syntaxError = { position, phrase: said };
    this.stopped = true;
    return false;
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** A value starts at `i` (first character `c`). */
  private value(c: number): void {
    const { i } = this;
    if (this.stack.length === 0) {
      this.skeleton.start(i);
      this.result.pieces.push({ at: 0, position: this.position(i) });
    } else if (this.top()?.streamed) {
      this.element.start(i);
      this.elementStart = this.position(i);
      this.elementNonFinite = NO_NUMBERS;
    }
    if (c === 0x7b || c === 0x5b) {
      this.open(c);
      return;
    }
    this.tokenStart = this.base + i;
    if (c === 0x22) {
      const top = this.top();
      this.beginString(
        false,
        this.stack.length === 1 && top?.isObject === true && top.key === 'type',
      );
    } else if (c === 0x2d || isDigit(c)) {
      this.state = NUMBER;
      this.numberState = c === 0x2d ? N_SIGN : c === 0x30 ? N_ZERO : N_INT;
      this.intDigits = c === 0x2d ? 0 : 1;
      this.hasExponent = false;
      this.token.start(i);
      this.i = i + 1;
    } else if (c === 0x5d && this.state === VALUE && this.top()?.isObject === false) {
      this.fail(this.base + i, phrase('json.trailingCommaArray'));
    } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
      this.state = LITERAL;
      this.literal = c === 0x74 ? 'true' : c === 0x66 ? 'false' : 'null';
      this.literalAt = 1;
      this.i = i + 1;
    } else {
      this.fail(this.base + i, phrase('json.expectedValue', { found: describe(this.s, i) }));
    }
  }

  private beginString(isKey: boolean, keep: boolean): void {
    this.state = STRING;
    this.isKey = isKey;
    this.keepString = keep;
    this.escape = 0;
    this.escaped = false;
    if (keep) this.token.start(this.i);
    this.i += 1;
  }

  /** `[` or `{` at `i`. */
  private open(c: number): void {
    const { stack } = this;
    if (stack.length >= this.options.maxDepth) {
      this.result.tooDeep = this.position(this.i);
      this.stopped = true;
      return;
    }
    const root = stack.length === 1 ? stack[0] : undefined;
    const streamed =
      c === 0x5b &&
      root?.isObject === true &&
      root.key === 'features' &&
      (this.options.features === 'always' || this.rootType === 'FeatureCollection');
    if (streamed) {
      this.result.lastFeaturesStreamed = true;
      this.skeleton.pause(this.s, this.i + 1);
      this.options.onArrayStart?.();
    }
    // Frames are reused (a large file opens and closes millions of objects and arrays).
    const frame = this.spareFrames.pop();
    if (frame === undefined) {
      stack.push({
        isObject: c === 0x7b,
        start: this.base + this.i,
        index: 0,
        key: undefined,
        streamed,
      });
    } else {
      frame.isObject = c === 0x7b;
      frame.start = this.base + this.i;
      frame.index = 0;
      frame.key = undefined;
      frame.streamed = streamed;
      stack.push(frame);
    }
    this.state = c === 0x7b ? FIRST_KEY : FIRST_VALUE;
    this.i += 1;
  }

  /** A member name at `i`. */
  private memberName(c: number): void {
    if (c !== 0x22) {
      this.fail(
        this.base + this.i,
        c === 0x7d
          ? phrase('json.trailingCommaObject')
          : phrase('json.expectedName', { found: describe(this.s, this.i) }),
      );
      return;
    }
    this.tokenStart = this.base + this.i;
    this.beginString(true, true);
  }

  private colon(c: number): void {
    if (c !== 0x3a) {
      this.fail(
        this.base + this.i,
        phrase('json.expectedColon', { found: describe(this.s, this.i) }),
      );
      return;
    }
    this.i += 1;
    this.state = VALUE;
  }

  /** After a value: a comma or the container's close. */
  private afterValue(c: number): void {
    const top = this.top();
    const { s, i } = this;
    if (top === undefined) {
      this.fail(this.base + i, phrase('json.afterEnd', { found: describe(s, i) }));
      return;
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
        this.base + i,
        top.isObject
          ? phrase('json.expectedCommaObject', { found: describe(s, i) })
          : phrase('json.expectedCommaArray', { found: describe(s, i) }),
      );
    }
  }

  /** A value ended just before index `end` of the current chunk. */
  private valueEnded(end: number): void {
    this.state = AFTER;
    const top = this.top();
    if (top === undefined) {
      this.result.skeleton = this.skeleton.stop(this.s, end);
      return;
    }
    if (!top.streamed) return;
    const text = this.element.stop(this.s, end);
    const start = this.elementStart as TextPosition;
    this.options.onElement?.({ text, index: top.index, start, nonFinite: this.elementNonFinite });
    this.elementNonFinite = NO_NUMBERS;
  }

  private close(): void {
    const frame = this.stack.pop();
    const { i } = this;
    if (frame?.streamed) {
      this.result.featuresArray = { start: frame.start, end: this.base + i + 1 };
      const at = this.skeleton.resume(i);
      this.result.pieces.push({ at, position: this.position(i) });
    }
    if (frame !== undefined) {
      // A long name may be a slice of its chunk: a spare frame must not keep the chunk.
      frame.key = undefined;
      this.spareFrames.push(frame);
    }
    this.i = i + 1;
    this.valueEnded(this.i);
  }

  /** Reads on in a string; false when the chunk ended (or the scan stopped). */
  private readString(): boolean {
    const { s } = this;
    const n = s.length;
    let i = this.i;
    let { escape } = this;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (escape === 0) {
        if (c === 0x22) {
          this.escape = 0;
          this.i = i + 1;
          this.stringEnded();
          return true;
        }
        if (c === 0x5c) {
          escape = 1;
          this.escaped = true;
          this.escapeAt = this.base + i;
        } else if (c < 0x20) {
          return this.fail(this.base + i, phrase('json.controlInString'));
        }
      } else if (escape === 1) {
        if (c === 0x75) escape = 2;
        else if (isSimpleEscape(c)) escape = 0;
        else {
          this.escape = escape;
          return this.failEscape(String.fromCharCode(c));
        }
      } else if (isHex(c)) {
        escape = escape === 5 ? 0 : escape + 1;
      } else {
        this.escape = escape;
        return this.failEscape('u');
      }
      i += 1;
    }
    this.escape = escape;
    this.i = i;
    return false;
  }

  private failEscape(found: string): false {
    // After `\u`, whatever follows is reported as the escape `u`, as JSON.parse would.
    const escape = this.escape >= 2 ? 'u' : found;
    return this.fail(this.escapeAt, phrase('json.unknownEscape', { escape }));
  }

  private stringEnded(): void {
    if (this.keepString) {
      const value = this.stringValue();
      if (this.isKey) {
        const top = this.top() as Frame;
        top.key = value;
        if (this.stack.length === 1 && value === 'features') {
          this.result.lastFeaturesStreamed = false;
        }
      } else this.rootType = value;
    } else if (this.isKey) {
      (this.top() as Frame).key = undefined;
    }
    if (this.isKey) this.state = COLON;
    else this.valueEnded(this.i);
  }

  /**
   * The kept string that just ended, its escapes decoded. A name within one chunk and
   * without escapes (nearly every one) is cut from the chunk once, quotes left out.
   */
  private stringValue(): string {
    const { token } = this;
    if (!this.escaped && token.parts.length === 0) {
      const { s } = this;
      const from = token.from + 1;
      const length = this.i - 1 - from;
      token.cancel();
      // GeoJSON's own names are most of a file's names: the constant, not a new string.
      for (const name of GEOJSON_NAMES) {
        if (name.length === length && s.startsWith(name, from)) return name;
      }
      return s.slice(from, from + length);
    }
    const raw = token.stop(this.s, this.i);
    return this.escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  }

  /** Reads on in a number; false when the chunk ended (or the scan stopped). */
  private readNumber(): boolean {
    const { s } = this;
    const n = s.length;
    let i = this.i;
    let state = this.numberState;
    for (; i < n; i += 1) {
      const c = s.charCodeAt(i);
      const digit = isDigit(c);
      if (state === N_INT) {
        if (digit) {
          this.intDigits += 1;
          continue;
        }
      } else if (state === N_FRAC || state === N_EXP) {
        if (digit) continue;
        if (state === N_EXP) break;
      } else if (state === N_SIGN) {
        if (!digit) return this.fail(this.base + i, phrase('json.minus'));
        state = c === 0x30 ? N_ZERO : N_INT;
        this.intDigits = 1;
        continue;
      } else if (state === N_ZERO) {
        if (digit) return this.fail(this.base + i, phrase('json.leadingZero'));
      } else if (state === N_DOT) {
        if (!digit) return this.fail(this.base + i, phrase('json.decimalPoint'));
        state = N_FRAC;
        continue;
      } else {
        // N_E or N_ESIGN
        if (state === N_E && (c === 0x2b || c === 0x2d)) state = N_ESIGN;
        else if (digit) state = N_EXP;
        else return this.fail(this.base + i, phrase('json.exponent'));
        continue;
      }
      // In N_ZERO, N_INT or N_FRAC, at a character that is not a digit.
      if (c === 0x2e && state !== N_FRAC) state = N_DOT;
      else if ((c | 0x20) === 0x65) {
        state = N_E;
        this.hasExponent = true;
      } else break;
    }
    this.numberState = state;
    this.i = i;
    if (i >= n) return false;
    return this.numberEnds();
  }

  /** The number ends at `i`: an error if it cannot end there. */
  private numberEnds(): boolean {
    const at = this.base + this.i;
    switch (this.numberState) {
      case N_SIGN:
        return this.fail(at, phrase('json.minus'));
      case N_DOT:
        return this.fail(at, phrase('json.decimalPoint'));
      case N_E:
      case N_ESIGN:
        return this.fail(at, phrase('json.exponent'));
    }
    const token = this.token;
    // Only an exponent or more than 308 digits can overflow a double.
    if (this.hasExponent || this.intDigits > 308) {
      this.checkFinite(token.stop(this.s, this.i));
    } else token.cancel();
    this.valueEnded(this.i);
    return true;
  }

  private checkFinite(token: string): void {
    if (Number.isFinite(Number(token))) return;
    const offset = this.tokenStart;
    const path = this.stack.map((f) => (f.isObject ? (f.key ?? '') : f.index));
    const found = { offset, position: this.position(offset - this.base), token, path };
    if (this.elementStart !== undefined && this.stack.some((f) => f.streamed)) {
      if (this.elementNonFinite === NO_NUMBERS) this.elementNonFinite = [];
      this.elementNonFinite.push(found);
    } else this.result.nonFinite.push(found);
  }

  /** Reads on in `true`, `false` or `null`; false when the chunk ended (or the scan stopped). */
  private readLiteral(): boolean {
    const { s, literal } = this;
    const n = s.length;
    let i = this.i;
    let at = this.literalAt;
    while (at < literal.length && i < n) {
      if (s.charCodeAt(i) !== literal.charCodeAt(at)) return this.failLiteral();
      at += 1;
      i += 1;
    }
    this.literalAt = at;
    this.i = i;
    if (at < literal.length) return false;
    this.valueEnded(i);
    return true;
  }

  private failLiteral(): false {
    const found = `'${this.literal.charAt(0)}'`;
    return this.fail(this.tokenStart, phrase('json.expectedValue', { found }));
  }
}

/**
 * Scans `text` as JSON, in one chunk, finding the members of the root object's `features`
 * array wherever its `type` stands. Nesting deeper than `maxDepth` arrays and objects stops
 * the scan at the bracket that goes too deep. Accepts exactly what JSON.parse accepts; the
 * offsets are UTF-16 code units.
 */
export function scanJson(
  text: string,
  maxDepth: number,
): {
  syntaxError?: { offset: number; phrase: Phrase };
  tooDeep?: number;
  nonFinite: { offset: number; token: string; path: JsonPath }[];
  features: JsonSpan[];
  featuresArray?: JsonSpan;
} {
  let features: JsonSpan[] = [];
  const inFeatures: NonFiniteNumber[] = [];
  const scanner = new JsonStreamScanner({
    maxDepth,
    features: 'always',
    onArrayStart: () => {
      features = [];
    },
    onElement: (element) => {
      const start = element.start.offset;
      features.push({ start, end: start + element.text.length });
      inFeatures.push(...element.nonFinite);
    },
  });
  scanner.push(text);
  const scan = scanner.end();
  const nonFinite = [...scan.nonFinite, ...inFeatures]
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset, token, path }) => ({ offset, token, path }));
  return {
    ...(scan.syntaxError
      ? {
          syntaxError: {
            offset: scan.syntaxError.position.offset,
            phrase: scan.syntaxError.phrase,
          },
        }
      : {}),
    ...(scan.tooDeep ? { tooDeep: scan.tooDeep.offset } : {}),
    nonFinite,
    features,
    ...(scan.featuresArray ? { featuresArray: scan.featuresArray } : {}),
  };
}

/**
 * `carry` (held from the piece before) and `piece` as whole characters, and the half of a
 * surrogate pair that ends them, held for the next piece.
 */
export function wholeCharacters(carry: string, piece: string): [string, string] {
  const text = carry + piece;
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? [text.slice(0, -1), text.slice(-1)] : [text, ''];
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

function isHex(c: number): boolean {
  return isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
}

/** `"`, `\`, `/`, `b`, `f`, `n`, `r`, `t`. */
function isSimpleEscape(c: number): boolean {
  return (
    c === 0x22 ||
    c === 0x5c ||
    c === 0x2f ||
    c === 0x62 ||
    c === 0x66 ||
    c === 0x6e ||
    c === 0x72 ||
    c === 0x74
  );
}
