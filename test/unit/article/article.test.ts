import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findMentions,
  locatePassage,
  splitParagraphs,
  splitSentences,
  type Mention,
} from '../../../src/core/article/article';

const texts = (paragraph: string): string[] => splitSentences(paragraph).map((s) => s.text);

describe('splitParagraphs', () => {
  it('splits on blank lines, trims, and drops empty blocks', () => {
    expect(splitParagraphs('\n\n One\nstill one \n\n\nTwo\r\n \r\nThree\n\n')).toEqual([
      'One\nstill one',
      'Two',
      'Three',
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\n \t\n')).toEqual([]);
  });

  it('gives back paragraphs joined by blank lines', () => {
    const paragraph = fc
      .array(fc.constantFrom('a', 'B', '7', ' ', '.', '"', '—', '\n'), { minLength: 1 })
      .map((chars) => chars.join('').trim())
      .filter((p) => p.length > 0 && !/\n\s*\n/.test(p));
    fc.assert(
      fc.property(
        fc.array(paragraph),
        fc.constantFrom('\n\n', '\n \n', '\r\n\r\n', '\n\n\n'),
        (ps, sep) => {
          expect(splitParagraphs(ps.join(sep))).toEqual(ps);
        },
      ),
    );
  });
});

describe('splitSentences', () => {
  it('keeps the dateline, G20 and World War II inside one sentence', () => {
    const dateline =
      'NAGOYA (Pakistan Point News / Sputnik - 23rd November, 2019) Moscow wants to increase high technology cooperation with Tokyo, Russian Foreign Minister Sergey Lavrov said on Saturday.';
    expect(texts(dateline)).toEqual([dateline]);
    expect(texts('They met at the G20 summit. Talks went on after World War II ended.')).toEqual([
      'They met at the G20 summit.',
      'Talks went on after World War II ended.',
    ]);
  });

  it('treats a paragraph with no final period as one sentence', () => {
    const p =
      'Moscow wants to increase high technology cooperation with Tokyo, Lavrov said on Saturday';
    expect(splitSentences(p)).toEqual([{ text: p, start: 0, end: p.length }]);
  });

  it('lets a sentence begin with a quote and end with a period and a quote', () => {
    expect(texts('"We would like more. There is progress." Lavrov spoke. "Yes," he said.')).toEqual(
      ['"We would like more.', 'There is progress."', 'Lavrov spoke.', '"Yes," he said.'],
    );
  });

  it('runs a quotation ending in a comma on to the next period', () => {
    expect(
      texts('"We discussed this as well," Lavrov told a press conference. Then he left.'),
    ).toEqual(['"We discussed this as well," Lavrov told a press conference.', 'Then he left.']);
  });

  it('splits on ! and ? and not inside numbers, abbreviations or initials', () => {
    expect(
      texts('Is it 2.5 km? Yes! Mr. Abe met V. Putin in the U.S. Army base. I agree.'),
    ).toEqual(['Is it 2.5 km?', 'Yes!', 'Mr. Abe met V. Putin in the U.S. Army base.', 'I agree.']);
  });

  it('does not split before a lowercase word', () => {
    expect(texts('It rose to approx. ten percent. Then it fell.')).toEqual([
      'It rose to approx. ten percent.',
      'Then it fell.',
    ]);
  });

  it('returns offsets of the trimmed sentences', () => {
    const p = '  First one.   Second one.  ';
    expect(splitSentences(p)).toEqual([
      { text: 'First one.', start: 2, end: 12 },
      { text: 'Second one.', start: 15, end: 26 },
    ]);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n ')).toEqual([]);
  });

  it('reproduces any paragraph from its sentences and the whitespace between them', () => {
    const char = fc.constantFrom(
      'a',
      'Z',
      'é',
      'Ж',
      '1',
      ' ',
      '\n',
      '.',
      '!',
      '?',
      '"',
      '“',
      '”',
      ',',
      'I',
      'Mr',
    );
    fc.assert(
      fc.property(
        fc.array(char).map((cs) => cs.join('')),
        (paragraph) => {
          const sentences = splitSentences(paragraph);
          let at = 0;
          let rebuilt = '';
          for (const s of sentences) {
            expect(s.text).toBe(paragraph.slice(s.start, s.end));
            expect(s.text.length).toBeGreaterThan(0);
            expect(s.text).toBe(s.text.trim());
            const gap = paragraph.slice(at, s.start);
            expect(gap).toMatch(/^\s*$/);
            rebuilt += gap + s.text;
            at = s.end;
          }
          expect(paragraph.slice(at)).toMatch(/^\s*$/);
          expect(rebuilt + paragraph.slice(at)).toBe(paragraph);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds back generated sentences joined by spaces', () => {
    const word = fc.constantFrom(
      'islands',
      'moscow',
      'talks',
      'g20',
      'war',
      'ii',
      'treaty',
      'kurils',
    );
    const sentence = fc
      .tuple(
        fc.constantFrom('The', 'Russia', 'Japan', 'Lavrov', 'NAGOYA', '"We'),
        fc.array(word, { maxLength: 6 }),
        fc.constantFrom('.', '!', '?', '."', '?"'),
      )
      .map(([first, words, end]) => [first, ...words].join(' ') + ' agreed' + end);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (sentences) => {
        expect(texts(sentences.join(' '))).toEqual(sentences);
      }),
    );
  });
});

describe('findMentions', () => {
  it('finds terms case-insensitively, on word boundaries, with 1-based paragraphs', () => {
    const text = 'Title\n\nNAGOYA (Sputnik) The Japanese city of Nagoya hosts Japan.';
    expect(findMentions(text, ['Nagoya', 'Japan'])).toEqual([
      { paragraph: 2, start: 0, end: 6, term: 'Nagoya' },
      { paragraph: 2, start: 38, end: 44, term: 'Nagoya' },
      { paragraph: 2, start: 51, end: 56, term: 'Japan' },
    ]);
  });

  it('prefers the longest term where terms overlap', () => {
    const text = 'Trips to the Southern Kuril Islands and the Kuril Islands.';
    expect(findMentions(text, ['Kuril Islands', 'Southern Kuril Islands', 'Islands'])).toEqual([
      { paragraph: 1, start: 13, end: 35, term: 'Southern Kuril Islands' },
      { paragraph: 1, start: 44, end: 57, term: 'Kuril Islands' },
    ]);
  });

  it('does not match inside longer words', () => {
    expect(findMentions('Kunashiri, Kunashir_x and Kunashir2 but Kunashir.', ['Kunashir'])).toEqual(
      [{ paragraph: 1, start: 40, end: 48, term: 'Kunashir' }],
    );
  });

  it('ignores blank terms and escapes regular-expression characters', () => {
    expect(findMentions('a (b) c', ['', '  ', '(b)'])).toEqual([
      { paragraph: 1, start: 2, end: 5, term: '(b)' },
    ]);
  });

  it('returns mentions that match their term, never overlap, and cover every longer-first occurrence', () => {
    const words = ['kuril', 'Kurils', 'southern', 'islands', 'Japan', 'japanese', 'the'];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ', ', '\n\n', '-', '.')), {
        maxLength: 40,
      })
      .map((parts) => parts.join(''));
    const terms = fc.uniqueArray(
      fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(text, terms, (t, ts) => {
        const paragraphs = splitParagraphs(t);
        const mentions = findMentions(t, ts);
        const byParagraph = new Map<number, Mention[]>();
        for (const m of mentions) {
          const paragraph = paragraphs[m.paragraph - 1] ?? '';
          expect(paragraph.slice(m.start, m.end).toLowerCase()).toBe(m.term.toLowerCase());
          const list = byParagraph.get(m.paragraph) ?? [];
          for (const other of list) expect(m.start >= other.end || other.start >= m.end).toBe(true);
          byParagraph.set(m.paragraph, [...list, m]);
        }
        // Any occurrence left out must overlap a chosen mention at least as long.
        paragraphs.forEach((paragraph, i) => {
          for (const term of ts) {
            for (const occurrence of findMentions(paragraph, [term])) {
              const chosen = byParagraph.get(i + 1) ?? [];
              const covered = chosen.some(
                (m) =>
                  m.start < occurrence.end &&
                  occurrence.start < m.end &&
                  m.end - m.start >= occurrence.end - occurrence.start,
              );
              expect(covered).toBe(true);
            }
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('locatePassage', () => {
  const paragraphs = ['First paragraph.', 'Second one. With two sentences.'];

  it('finds an exact substring of the named paragraph', () => {
    expect(locatePassage(paragraphs, { paragraph: 2, text: 'With two sentences.' })).toEqual({
      paragraph: 2,
      start: 12,
      end: 31,
    });
  });

  it('returns null for another paragraph, other case, empty text or no such paragraph', () => {
    expect(locatePassage(paragraphs, { paragraph: 1, text: 'Second one.' })).toBeNull();
    expect(locatePassage(paragraphs, { paragraph: 2, text: 'second one.' })).toBeNull();
    expect(locatePassage(paragraphs, { paragraph: 2, text: '' })).toBeNull();
    expect(locatePassage(paragraphs, { paragraph: 0, text: 'First' })).toBeNull();
    expect(locatePassage(paragraphs, { paragraph: 3, text: 'First' })).toBeNull();
  });
});

describe('findMentions against a plain reference', () => {
  /** The rule as the module comment states it, term by term and paragraph by paragraph. */
  function reference(text: string, terms: readonly string[]) {
    const word = /[\p{L}\p{M}\p{N}_]/u;
    const sorted = [...new Set(terms)]
      .filter((t) => t.trim().length > 0)
      .sort((a, b) => b.length - a.length);
    return splitParagraphs(text).flatMap((paragraph, index) => {
      const taken: { paragraph: number; start: number; end: number; term: string }[] = [];
      const lower = paragraph.toLowerCase();
      for (const term of sorted) {
        const t = term.toLowerCase();
        for (let at = lower.indexOf(t); at >= 0; at = lower.indexOf(t, at + 1)) {
          const end = at + t.length;
          if (word.test(paragraph[at - 1] ?? '') || word.test(paragraph[end] ?? '')) continue;
          if (taken.some((m) => at < m.end && m.start < end)) continue;
          taken.push({ paragraph: index + 1, start: at, end, term });
        }
      }
      return taken.sort((a, b) => a.start - b.start);
    });
  }

  it('finds what the rule finds, for random texts and terms', () => {
    const word = fc.constantFrom('isle', 'Isle', 'group', 'land', 'Landish', 'south', 'sea');
    const text = fc
      .array(fc.oneof(word, fc.constantFrom(' ', ' ', ', ', '\n\n', '.')), { maxLength: 30 })
      .map((parts) => parts.join(''));
    const term = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(text, fc.array(term, { maxLength: 6 }), (t, terms) => {
        expect(findMentions(t, terms)).toEqual(reference(t, terms));
      }),
      { numRuns: 300 },
    );
  });
});
