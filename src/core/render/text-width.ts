/**
 * Fonts of the map image, and an estimate of how wide a text is set in them. The
 * browser measures exactly (a canvas's measureText with fontShorthand()); Node has no
 * fonts to measure, so the command line and the tests use this estimate, made from
 * Noto Sans / Noto Serif's widths (the first fonts of the lists below), which is exact
 * for ASCII in those fonts. Pure.
 */

/** A font, generically: the painter names families by role, with fallback lists. */
export interface TextFont {
  family: 'sans' | 'serif';
  /** Size in px. */
  size: number;
  /** CSS weight; 600 and above is set bold. */
  weight: number;
  italic?: boolean;
}

/** Measures the width in px of `text` set in `font`. */
export type MeasureText = (text: string, font: TextFont) => number;

/** Family lists: a named font where it is installed, then common ones, then the generic family. */
export const FONT_FAMILIES: Record<TextFont['family'], string> = {
  sans: "'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif",
  serif: "'Noto Serif', Georgia, 'Times New Roman', 'Liberation Serif', serif",
};

/** The CSS `font` shorthand for a canvas: "italic 600 12px 'Noto Sans', …". */
export function fontShorthand(font: TextFont): string {
  return `${font.italic ? 'italic ' : ''}${font.weight} ${font.size}px ${FONT_FAMILIES[font.family]}`;
}

// Advance widths of U+0020–U+007E in hundredths of an em, measured in Chromium.
const TABLES = {
  sansRegular:
    '26,27,41,65,57,83,73,22,30,30,55,57,27,32,27,37,57,57,57,57,57,57,57,57,57,57,27,27,57,57,57,43,90,64,65,63,73,56,52,73,74,34,27,62,52,91,76,78,60,78,62,55,56,73,60,93,59,57,57,33,37,33,57,44,28,56,61,48,61,56,34,61,62,26,26,53,26,93,62,60,61,61,41,48,36,62,51,79,53,51,47,38,55,38,57',
  sansBold:
    '26,29,47,65,57,90,75,27,34,34,54,57,28,32,28,41,57,57,57,57,57,57,57,57,57,57,28,28,57,57,57,48,90,69,67,64,74,56,55,72,76,39,33,66,56,94,81,80,63,80,66,55,58,76,65,97,67,62,58,33,41,33,57,41,36,60,63,51,63,59,39,63,66,30,30,62,30,98,66,62,63,63,45,50,43,66,57,86,58,57,49,39,55,39,57',
  sansBoldItalic:
    '26,29,45,65,55,86,71,25,34,34,54,57,28,32,28,42,55,55,55,55,55,55,55,55,55,55,28,28,57,57,57,46,86,63,62,61,68,54,53,69,70,38,33,61,52,88,75,73,61,73,61,53,53,69,59,89,61,56,54,33,42,33,55,40,32,59,59,48,59,56,37,59,60,30,30,57,30,90,60,58,59,59,42,47,41,60,51,79,53,52,45,35,55,35,57',
  serifBold:
    '26,38,51,56,56,91,80,29,40,40,50,56,29,31,29,29,56,56,56,56,56,56,56,56,56,56,30,30,56,56,56,55,92,75,67,67,77,65,62,77,82,40,40,73,65,95,79,79,64,79,71,59,65,75,70,107,73,69,67,41,29,41,56,46,33,60,65,53,65,57,41,56,67,35,34,64,35,99,67,61,64,65,52,49,40,67,61,86,65,58,53,44,56,44,56',
};
const WIDTHS = Object.fromEntries(
  Object.entries(TABLES).map(([key, list]) => [key, list.split(',').map((n) => Number(n) / 100)]),
) as Record<keyof typeof TABLES, number[]>;

/** Wide (full-width) scripts: CJK, kana, Hangul, full-width forms. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

/** The estimated width in px of `text` in `font` (see the module comment). */
export const estimateTextWidth: MeasureText = (text, font) => {
  const bold = font.weight >= 600;
  const table =
    font.family === 'serif'
      ? WIDTHS.serifBold
      : bold && font.italic
        ? WIDTHS.sansBoldItalic
        : bold
          ? WIDTHS.sansBold
          : WIDTHS.sansRegular;
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x20 && code <= 0x7e) em += table[code - 0x20] ?? 0.6;
    else if (isWide(code)) em += 1;
    // Combining marks take no room.
    else if (code >= 0x300 && code <= 0x36f) em += 0;
    else em += 0.62;
  }
  return em * font.size;
};
