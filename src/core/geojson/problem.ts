/**
 * What validation says about a file: problems, each pointing at a place in it. Each says
 * what is wrong as a phrase (core/i18n/phrase), which the page puts into the interface
 * language, and in English, for scripts, logs and tests.
 */
import { capitalize, formatPhrase, inEnglish, phrase, type Phrase } from '../i18n/phrase';
import { ENGLISH, type Table } from '../i18n/languages';
import type { JsonPath } from './locate-json-path';

/** An error leaves something out (a feature, or the whole file); a warning leaves all in. */
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** In English, naming the feature: `Feature 3 (id "x"): latitude 95 is outside −90…90`. */
  message: string;
  /** The same as a phrase, to be said in the interface language. */
  phrase: Phrase;
  /** 1-based line in the text as opened (a leading byte-order mark is not counted), where known. */
  line?: number;
  /** 1-based column, in UTF-16 code units, where known. */
  column?: number;
  /** 0-based index of the feature it applies to (its message says `Feature ${feature + 1}`). */
  feature?: number;
  /** That feature's id, when it has one. */
  featureId?: string | number;
}

/** A problem found inside one geometry, before it is placed in the file. */
export interface GeometryFinding {
  severity: Severity;
  /** What is wrong, without the feature's name. */
  phrase: Phrase;
  /** Where, from the geometry object: `['coordinates', 0, 3, 1]`. */
  path: JsonPath;
}

/** A problem's words: `phrase`, and its English (capitalized, as it starts a line). */
export function problemWords(said: Phrase): Pick<Problem, 'message' | 'phrase'> {
  return { message: capitalize(inEnglish(said)), phrase: said };
}

/** `said` of the first of `count` alike: "… (and 2 more)" when there are others. */
export function andMore(said: Phrase, count: number): Phrase {
  return count > 1 ? phrase('problems.andMore', { message: said, count: count - 1 }) : said;
}

/**
 * One line for a person, in the words of `table` (English by default): `Line 12, column 5:
 * Feature 3 (id "x"): latitude 95 is outside −90…90`, or just the message when it has no
 * place. Warnings say so.
 */
export function formatProblem(problem: Problem, table: Table = ENGLISH): string {
  const message = capitalize(formatPhrase(table, problem.phrase), table.locale);
  const line = problem.line === undefined ? undefined : String(problem.line);
  const where =
    line === undefined
      ? message
      : problem.column === undefined
        ? formatPhrase(table, phrase('problems.atLine', { line, message }))
        : formatPhrase(
            table,
            phrase('problems.atLineColumn', { line, column: String(problem.column), message }),
          );
  return problem.severity === 'warning'
    ? formatPhrase(table, phrase('problems.warning', { message: where }))
    : where;
}
