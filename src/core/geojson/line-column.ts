/** Offsets in a text → 1-based line and column, for messages that point at a place. */

export interface LineColumn {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (as `String.length` and most editors count). */
  column: number;
}

/**
 * Returns a function that maps an offset into `text` (0-based, UTF-16 code units) to its
 * line and column. Lines end at `\n`, `\r\n` or a lone `\r`. The table of line starts is
 * built on the first call, then each lookup is a binary search, so a file with thousands
 * of problems stays fast. Offsets outside the text are clamped to it.
 */
export function lineColumnLookup(text: string): (offset: number) => LineColumn {
  let starts: number[] | undefined;
  return (offset) => {
    starts ??= lineStarts(text);
    const at = Math.max(0, Math.min(Math.floor(offset), text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - (starts[low] ?? 0) + 1 };
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i += 1;
      starts.push(i + 1);
    }
  }
  return starts;
}
