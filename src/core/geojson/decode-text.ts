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
  const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return {
    text: new TextDecoder('windows-1252').decode(bytes),
    encoding: 'Windows-1252',
    warning: {
      severity: 'warning',
      ...problemWords(phrase('problems.notUtf8', { byte })),
      line,
      column,
    },
  };
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
