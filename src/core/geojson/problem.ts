/** What validation says about a file: problems, each pointing at a place in it. */
import type { JsonPath } from './locate-json-path';

/** An error leaves something out (a feature, or the whole file); a warning leaves all in. */
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Plain words, naming the feature: `Feature 3 (id "x"): latitude 95 is outside −90…90`. */
  message: string;
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
  /** Plain words, without the feature's name. */
  message: string;
  /** Where, from the geometry object: `['coordinates', 0, 3, 1]`. */
  path: JsonPath;
}

/**
 * One line for a person: `Line 12, column 5: Feature 3 (id "x"): latitude 95 is outside
 * −90…90`, or just the message when it has no place. Warnings say so.
 */
export function formatProblem(problem: Problem): string {
  const where =
    problem.line === undefined
      ? ''
      : problem.column === undefined
        ? `Line ${problem.line}: `
        : `Line ${problem.line}, column ${problem.column}: `;
  const kind = problem.severity === 'warning' ? 'Warning: ' : '';
  return `${kind}${where}${problem.message}`;
}
