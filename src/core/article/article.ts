/**
 * The article as text: paragraphs, sentences, place mentions and passage lookup.
 *
 * Pure: no DOM. Offsets are UTF-16 code-unit indices into the (trimmed) paragraph, as
 * `String.prototype.slice` takes them, so `paragraph.slice(start, end)` is the matched text.
 */
import type { Passage } from './places';

/** One sentence of a paragraph: `text === paragraph.slice(start, end)`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** One occurrence of a term: `paragraph` is 1-based, offsets are within that paragraph. */
export interface Mention {
  paragraph: number;
  start: number;
  end: number;
  /** The term as given to `findMentions` (its case, not the text's). */
  term: string;
}

/** Where a passage sits: `paragraph` is 1-based, offsets are within that paragraph. */
export interface PassageLocation {
  paragraph: number;
  start: number;
  end: number;
}

/**
 * Splits an article into paragraphs: blocks separated by one or more blank (or
 * whitespace-only) lines, each trimmed, empty ones dropped. Accepts `\n` and `\r\n`.
 * Does not number them: index 0 is paragraph 1 for callers that count from 1.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t\f\v\u00a0]*(?:\r?\n[ \t\f\v\u00a0]*)+/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

// Words after which a full stop does not end a sentence ("Mr. Abe", "U.S. officials").
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'gen',
  'col',
  'lt',
  'sgt',
  'rep',
  'sen',
  'gov',
  'jr',
  'sr',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * A terminator (`.`, `!`, `?`, `…`, possibly repeated), then any closing quotes or
 * brackets, then whitespace, then something a sentence can start with: an uppercase
 * letter, a digit or an opening quote/bracket. The lookahead keeps the next sentence's
 * first character out of the match.
 */
const BOUNDARY = /[.!?\u2026]+["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018([]*[\p{Lu}\p{N}])/gu;

/**
 * Splits a paragraph into sentences, each with its offsets in the paragraph.
 *
 * A sentence ends at `.`, `!` or `?` (plus any closing quote, as in `well,"` or `centers."`)
 * followed by whitespace and an uppercase letter, digit or opening quote. So `G20`,
 * `World War II` and a dateline such as `NAGOYA (Agency - 23rd November, 2019) Moscow ...`
 * stay inside their sentence, and text with no final period is still one sentence.
 * A full stop after a known abbreviation (`Mr.`, `U.S.`) or a single capital initial
 * (`V. Putin`) does not end a sentence.
 *
 * Sentences are trimmed and never empty; the text between two sentences (and before the
 * first, after the last) is whitespace only, so together they reproduce the paragraph.
 * Does not try to parse nested quotations or dialogue: a quoted sentence that ends
 * without a period (`"... as well," Lavrov said.`) runs on to the next period.
 */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipWhitespace(paragraph, 0);
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (end <= start || endsWithAbbreviation(paragraph, start, match.index)) continue;
    sentences.push({ text: paragraph.slice(start, end), start, end });
    start = skipWhitespace(paragraph, end);
  }
  const end = trimmedEnd(paragraph);
  if (start < end) sentences.push({ text: paragraph.slice(start, end), start, end });
  return sentences;
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text.charAt(i))) i += 1;
  return i;
}

function trimmedEnd(text: string): number {
  let i = text.length;
  while (i > 0 && /\s/.test(text.charAt(i - 1))) i -= 1;
  return i;
}

/** Whether the word just before the terminator at `dot` is an abbreviation or an initial. */
function endsWithAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  if (text.charAt(dot) !== '.') return false;
  const before = text.slice(sentenceStart, dot);
  const word = /[\p{L}.]+$/u.exec(before)?.[0] ?? '';
  if (word.length === 0) return false;
  // A lone capital is an initial ("V. Putin"), except the pronoun "I".
  if (/^\p{Lu}$/u.test(word)) return word !== 'I';
  return ABBREVIATIONS.has(word.toLowerCase());
}

// A letter, digit or underscore on either side means the match is inside a longer word.
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;

/**
 * Finds every occurrence of any of `terms` in the article `text`, paragraph by
 * paragraph (paragraphs as `splitParagraphs` makes them, numbered from 1).
 *
 * Matching is case-insensitive and on word boundaries (`Land` does not match inside
 * `Landish`, `Isle` not inside `Isles`). Where matches overlap, the longest term
 * wins (`Southern Isle Group` over `Isle Group`), then the earlier one in the
 * text; so mentions never overlap. Blank terms are ignored. Results are ordered by
 * paragraph, then start. Does not match across paragraphs or fold accents.
 */
export function findMentions(text: string, terms: readonly string[]): Mention[] {
  const patterns = [...new Set(terms)]
    .filter((term) => term.trim().length > 0)
    // Stable sort: among equally long terms, the caller's order decides.
    .sort((a, b) => b.length - a.length)
    .map((term) => ({
      term,
      regex: new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(term)}(?!${WORD_CHAR})`, 'giu'),
    }));

  const paragraphs = splitParagraphs(text);
  // Most terms (a name in another script, an alias) are not in the article at all: one look
  // over the whole text rules each out, rather than one per paragraph. Joined by a line
  // break, which is no word character, so a term matches here when it matches a paragraph.
  const whole = paragraphs.join('\n');
  // The bare term, without the word-boundary look-behind that the engine would try at every
  // position: a text without it has no bounded match either.
  const present = patterns.filter(({ term }) => new RegExp(escapeRegExp(term), 'iu').test(whole));
  const mentions: Mention[] = [];
  paragraphs.forEach((paragraph, index) => {
    const taken: Mention[] = [];
    for (const { term, regex } of present) {
      for (const match of paragraph.matchAll(regex)) {
        const start = match.index;
        const end = start + match[0].length;
        if (taken.some((m) => start < m.end && m.start < end)) continue;
        taken.push({ paragraph: index + 1, start, end, term });
      }
    }
    mentions.push(...taken.sort((a, b) => a.start - b.start));
  });
  return mentions;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds a passage in the article's paragraphs (as `splitParagraphs` returns them):
 * the first exact, case-sensitive occurrence of `passage.text` in paragraph
 * `passage.paragraph` (1-based). Returns `null` if the paragraph does not exist or does
 * not contain the text; does not look in other paragraphs.
 */
export function locatePassage(
  paragraphs: readonly string[],
  passage: Passage,
): PassageLocation | null {
  const paragraph = paragraphs[passage.paragraph - 1];
  if (paragraph === undefined || passage.text.length === 0) return null;
  const start = paragraph.indexOf(passage.text);
  if (start < 0) return null;
  return { paragraph: passage.paragraph, start, end: start + passage.text.length };
}
