/**
 * Bytes of an opened file → text, saying so when they are not UTF-8 (RFC 8259 §8.1 asks
 * for UTF-8). Text that is not valid UTF-8 (Latin-1 bytes, overlong forms) is read as
 * Windows-1252, the usual encoding of such files, with a warning that names the encoding
 * and the first byte that is not UTF-8, so replacement characters never go unnoticed into
 * an export. A UTF-16 byte-order mark is honoured, with a warning. Pure.
 */
import { phrase } from '../i18n/phrase';
import { problemWords, type Problem } from './problem';

export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Said to the person when the text was not UTF-8. */
  warning?: Problem;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'UTF-16BE');
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'UTF-8' };
  const { line, column } = lineColumnOfByte(bytes, bad);
  return {
    text: new TextDecoder('windows-1252').decode(bytes),
    encoding: 'Windows-1252',
    warning: notUtf8Warning(bytes[bad] ?? 0, line, column),
  };
}

function notUtf8Warning(byte: number, line: number, column: number): Problem {
  const hex = byte.toString(16).toUpperCase().padStart(2, '0');
  return {
    severity: 'warning',
    ...problemWords(phrase('problems.notUtf8', { byte: hex })),
    line,
    column,
  };
}

/** decodeText for bytes that come in chunks: the text of each chunk as it comes. */
export interface TextStreamDecoder {
  /** The text of the next bytes; a character cut by the chunk's end comes with the next. */
  push(bytes: Uint8Array): string;
  /** The bytes have ended: the rest of the text. */
  end(): string;
  readonly encoding: TextEncodingName;
  readonly warning: Problem | undefined;
  /**
   * A byte showed the text is not UTF-8 after letters beyond ASCII had been decoded as UTF-8:
   * the text so far differs from what decodeText gives (all Windows-1252). Reading the bytes
   * again with `restartAs` this decoder's warning gives the same text.
   */
  readonly mixed: boolean;
}

/**
 * A decoder that decides as decodeText does, from the first bytes (a UTF-16 byte-order mark)
 * and from the first byte that is not UTF-8, which may come late: what came before was ASCII
 * (the same in both encodings) or is `mixed`. `restartAs`: read as Windows-1252 from the start,
 * with the warning the first reading gave.
 */
export function createTextStreamDecoder(restartAs?: Problem): TextStreamDecoder {
  return new StreamDecoder(restartAs);
}

class StreamDecoder implements TextStreamDecoder {
  encoding: TextEncodingName = 'UTF-8';
  warning: Problem | undefined;
  mixed = false;
  private decoder: TextDecoder | undefined;
  /** Bytes not decoded yet: the first one (a byte-order mark needs two), or a cut character. */
  private pending: Uint8Array = new Uint8Array(0);
  /** Bytes before `pending`. */
  private before = 0;
  private lines = 1;
  /** Offset of the byte after the last line feed. */
  private lineStart = 0;
  private beyondAscii = false;

  constructor(restartAs: Problem | undefined) {
    if (restartAs) {
      this.encoding = 'Windows-1252';
      this.warning = restartAs;
      this.decoder = new TextDecoder('windows-1252');
    }
  }

  push(chunk: Uint8Array): string {
    const bytes = joinBytes(this.pending, chunk);
    this.pending = new Uint8Array(0);
    if (this.decoder === undefined) {
      if (bytes.length < 2) {
        this.pending = bytes;
        return '';
      }
      if (bytes[0] === 0xff && bytes[1] === 0xfe) this.startUtf16('UTF-16LE');
      else if (bytes[0] === 0xfe && bytes[1] === 0xff) this.startUtf16('UTF-16BE');
      else this.decoder = new TextDecoder('utf-8');
    }
    if (this.encoding !== 'UTF-8') return this.decodeOther(bytes);
    const whole = wholeCharacters(bytes);
    const text = this.utf8(bytes.subarray(0, whole), false);
    const cut = bytes.slice(whole);
    if (this.encoding === 'UTF-8') {
      this.pending = cut;
      return text;
    }
    // No longer UTF-8: the cut character's bytes are Windows-1252 characters now.
    return text + this.decodeOther(cut);
  }

  end(): string {
    if (this.decoder === undefined) {
      // Fewer than two bytes in all.
      const decoded = decodeText(this.pending);
      this.encoding = decoded.encoding;
      this.warning = decoded.warning;
      return decoded.text;
    }
    if (this.encoding !== 'UTF-8')
      return this.encoding === 'Windows-1252' ? '' : this.decoder.decode();
    const rest = this.pending;
    this.pending = new Uint8Array(0);
    return this.utf8(rest, true);
  }

  private startUtf16(encoding: 'UTF-16LE' | 'UTF-16BE'): void {
    this.encoding = encoding;
    this.decoder = new TextDecoder(encoding.toLowerCase());
    this.warning = utf16(new Uint8Array(0), encoding).warning;
  }

  /** Whole UTF-8 characters (or, when `last`, whatever is left). */
  private utf8(bytes: Uint8Array, last: boolean): string {
    const decoder = this.decoder as TextDecoder;
    const bad = firstInvalidUtf8(bytes);
    const valid = bad < 0 ? bytes : bytes.subarray(0, bad);
    const text = decoder.decode(valid, { stream: !last && bad < 0 });
    this.beyondAscii ||= /[^\0-\x7f]/.test(text);
    if (bad < 0) {
      this.count(bytes);
      return text;
    }
    this.count(valid);
    const at = this.before;
    this.warning = notUtf8Warning(bytes[bad] ?? 0, this.lines, at - this.lineStart + 1);
    this.mixed = this.beyondAscii;
    this.encoding = 'Windows-1252';
    this.decoder = new TextDecoder('windows-1252');
    const rest = bytes.subarray(bad);
    this.count(rest);
    return text + this.decodeOther(rest);
  }

  /**
   * UTF-16 as a stream (a chunk may cut a code unit); Windows-1252 byte by byte, needing no
   * stream (and Node decodes it the same way only without one).
   */
  private decodeOther(bytes: Uint8Array): string {
    const decoder = this.decoder as TextDecoder;
    return this.encoding === 'Windows-1252'
      ? decoder.decode(bytes)
      : decoder.decode(bytes, { stream: true });
  }

  /** Lines and bytes passed, for the place of the first byte that is not UTF-8. */
  private count(bytes: Uint8Array): void {
    let at = bytes.indexOf(0x0a);
    while (at >= 0) {
      this.lines += 1;
      this.lineStart = this.before + at + 1;
      at = bytes.indexOf(0x0a, at + 1);
    }
    this.before += bytes.length;
  }
}

function joinBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** How many of `bytes` end before a UTF-8 character cut by their end (at most 3 bytes). */
function wholeCharacters(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = 1; k <= Math.min(3, n); k += 1) {
    const b = bytes[n - k] as number;
    if (b < 0x80) return n;
    if (b >= 0xc0) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return k < length ? n - k : n;
    }
  }
  return n;
}

function utf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE'): DecodedText {
  return {
    text: new TextDecoder(encoding.toLowerCase()).decode(bytes),
    encoding,
    warning: {
      severity: 'warning',
      ...problemWords(phrase('problems.utf16', { encoding })),
    },
  };
}

/**
 * The offset of the first byte that does not belong to well-formed UTF-8 (Unicode's table
 * 3-7: no overlong forms, no surrogates, nothing past U+10FFFF), or -1.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k += 1) {
      const c = bytes[i + k];
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (c === undefined || c < min || c > max) return i;
    }
    i += length;
  }
  return -1;
}

/** Line and column (from 1, counting bytes) of byte `offset`. */
function lineColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i += 1) {
    if (bytes[i] === 0x0a) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
