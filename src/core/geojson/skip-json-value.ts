/**
 * Moving through JSON text that is already known to be valid (JSON.parse accepted it).
 * Iterative, so deep nesting cannot overflow the stack. For text that may be broken, use
 * scanJson instead.
 */

/** The offset of the first character at or after `offset` that is not JSON whitespace. */
export function skipJsonWhitespace(text: string, offset: number): number {
  let i = offset;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i += 1;
  }
}

/** The offset just past the string whose opening quote is at `offset`. */
export function skipJsonString(text: string, offset: number): number {
  let i = offset + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    i += c === 0x5c ? 2 : 1;
  }
  return text.length;
}

/** The offset just past the value (object, array, string, number or literal) at `offset`. */
export function skipJsonValue(text: string, offset: number): number {
  const first = text.charCodeAt(offset);
  if (first === 0x22) return skipJsonString(text, offset);
  if (first !== 0x7b && first !== 0x5b) {
    let i = offset;
    while (i < text.length && !isDelimiter(text.charCodeAt(i))) i += 1;
    return i;
  }
  let depth = 0;
  let i = offset;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = skipJsonString(text, i);
      continue;
    }
    if (c === 0x7b || c === 0x5b) depth += 1;
    else if (c === 0x7d || c === 0x5d) {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
    i += 1;
  }
  return text.length;
}

/** The string value of the JSON string whose opening quote is at `offset`. */
export function readJsonString(text: string, offset: number): string {
  const end = skipJsonString(text, offset);
  const raw = text.slice(offset + 1, end - 1);
  // Most keys have no escapes; JSON.parse only for those that do.
  return raw.includes('\\') ? (JSON.parse(text.slice(offset, end)) as string) : raw;
}

function isDelimiter(c: number): boolean {
  return (
    c === 0x2c || c === 0x5d || c === 0x7d || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
  );
}
