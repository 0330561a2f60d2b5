/** Sizes of text in bytes, and sizes in words. */

/** Any character outside ASCII (one UTF-8 byte each). */
const NON_ASCII = /[\u0080-\uffff]/;

/** The length of `text` in UTF-8 bytes, counted without encoding it. */
export function utf8Length(text: string): number {
  // Every chunk of a file read is counted: the regular expression finds the first character
  // beyond ASCII several times faster than the loop, and most files have none, or few.
  const first = text.search(NON_ASCII);
  if (first < 0) return text.length;
  let bytes = first;
  for (let i = first; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** `812 bytes`, `3.4 KB`, `50.2 MB` (decimal units, as most file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const [value, unit] = bytes < 1e6 ? [bytes / 1e3, 'KB'] : [bytes / 1e6, 'MB'];
  // One decimal below 100, so 50.2 MB is not shown as the 50 MB limit it exceeds.
  const shown = value < 100 ? Math.floor(value * 10) / 10 : Math.floor(value);
  return `${shown} ${unit}`;
}
