/**
 * Writing direction, for `dir` attributes: of a language tag (its script subtag, else
 * its language), and of a text (its first strong character, as `dir="auto"` and the
 * Unicode bidirectional algorithm's rules P2–P3 decide). Arabic, Hebrew, Persian, Urdu
 * and the other right-to-left scripts give `rtl`.
 */

export type Direction = 'ltr' | 'rtl';

/** Languages written right to left unless a script subtag says otherwise. */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ji',
  'ks',
  'mzn',
  'nqo',
  'pnb',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
  'prs',
  'glk',
  'lrc',
  'bal',
  'azb',
]);

/** Right-to-left scripts (ISO 15924). */
const RTL_SCRIPTS = new Set([
  'adlm',
  'arab',
  'aran',
  'armi',
  'avst',
  'chrs',
  'cprt',
  'elym',
  'hatr',
  'hebr',
  'hung',
  'khar',
  'lydi',
  'mand',
  'mani',
  'mend',
  'narb',
  'nbat',
  'nkoo',
  'orkh',
  'ougr',
  'palm',
  'phli',
  'phlp',
  'phnx',
  'prti',
  'rohg',
  'samr',
  'sarb',
  'sogd',
  'sogo',
  'syrc',
  'thaa',
  'yezi',
]);

/**
 * The direction of text in the language `tag` (BCP 47): `ur` → rtl, `az-Arab` → rtl,
 * `ku-Latn` → ltr, `en` → ltr. Anything unreadable is ltr.
 */
export function languageDirection(tag: string): Direction {
  const subtags = tag.trim().toLowerCase().split(/[-_]/);
  const script = subtags.find((s, i) => i > 0 && /^[a-z]{4}$/.test(s));
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(subtags[0] ?? '') ? 'rtl' : 'ltr';
}

// Letters of the right-to-left scripts in Unicode; digits (Arabic-Indic digits are weak)
// and marks are not letters, so they never decide.
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Mende_Kikakui}\p{Script=Yezidi}\p{Script=Old_South_Arabian}\p{Script=Nabataean}\p{Script=Palmyrene}\p{Script=Phoenician}\p{Script=Imperial_Aramaic}\p{Script=Kharoshthi}\p{Script=Avestan}]/u;
const LETTER = /\p{L}/u;
const RLM = '\u200f';
const ALM = '\u061c';
const LRM = '\u200e';

/**
 * The direction of `text` by its first strong character: `rtl` when that is a letter of a
 * right-to-left script (or an RLM/ALM mark), `ltr` for any other letter (or an LRM), and
 * `auto` when it has no letter at all ("42", "—"), for the surrounding text to decide.
 * A mixed string such as "Gilgit / گلگت" is `ltr`: it begins in Latin.
 */
export function textDirection(text: string): Direction | 'auto' {
  for (const char of text) {
    if (char === RLM || char === ALM) return 'rtl';
    if (char === LRM) return 'ltr';
    if (LETTER.test(char)) return RTL_LETTER.test(char) ? 'rtl' : 'ltr';
  }
  return 'auto';
}

/** Whether `text` holds any letter of a right-to-left script. */
export function hasRightToLeft(text: string): boolean {
  return RTL_LETTER.test(text);
}

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * `text` wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it holds
 * right-to-left letters, so that inside a sentence ("{label}, island, 3 of 8", a page
 * title, an aria-label) it keeps its own order and leaves the sentence's alone. Text
 * without right-to-left letters comes back unchanged. In the DOM, `<bdi>` or `dir` on
 * the element does the same.
 */
export function isolateBidi(text: string): string {
  return hasRightToLeft(text) ? `${FSI}${text}${PDI}` : text;
}
