/**
 * Conformance: how the validator treats a folder of known good and bad GeoJSON, in the
 * layout of mapbox's geojsonhint test data (see conformance/README.md beside the project).
 *
 *   npx tsx scripts/conformance.ts [dir]   (default: ../shared/conformance/geojsonhint)
 *
 * `<dir>/good/*.geojson` must each open with no error. `<dir>/bad/*.geojson` each have a
 * `.result` beside them: a JSON array of `{ message, line, level? }` as geojsonhint
 * reported them, `"level": "message"` marking a warning. A bad file with errors must be
 * refused or have them reported as errors; one with only warnings (or `[]`) must open
 * without error, with those warnings. "Reported" means a problem of that severity within
 * one line of the expected line, or inside the object or array that opens on that line
 * (geojsonhint names the enclosing object, we name the offending value). Messages are in
 * other words, so severity and place are what is compared. Prints one line per file and
 * `N passed, M failed`; exits 1 when any failed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lineColumnLookup } from '../src/core/geojson/line-column';
import { skipJsonString, skipJsonValue } from '../src/core/geojson/skip-json-value';
import { validateGeoJson, type ValidationResult } from '../src/core/geojson/validate';

/** One entry of a `.result` file. */
export interface HintEntry {
  message: string;
  line: number;
  level?: string;
}

/** What is expected of a file instead, where our validator rightly disagrees with geojsonhint. */
export interface Exception {
  /** Whether the file must open (`ok`) or be refused. */
  ok: boolean;
  /** Lines (±1) where an error must be reported. */
  errors?: number[];
  /** Lines (±1) where a warning must be reported. */
  warnings?: number[];
  /** Why, in a sentence. */
  why: string;
}

/**
 * Where we disagree with geojsonhint on its own test data, each for a reason. Keyed by
 * `good/…` or `bad/…` file name. Keep this list short: every entry is a deliberate choice.
 */
export const EXCEPTIONS: Record<string, Exception> = {
  // geojsonhint has no coordinate ranges; this "good" MultiPolygon has latitudes to −141
  // and longitudes to −259, which no map can place. We refuse it and say where.
  'good/issue82.geojson': {
    ok: false,
    errors: [8],
    why: 'latitudes beyond −90 (to −141): geojsonhint does not check ranges, we do',
  },
  // RFC 7946 §3.1.8: nested GeometryCollections and single-part ones SHOULD be avoided:
  // advice, not a rule, so a warning; geojsonhint makes both errors.
  'bad/geometrycollection_nested.geojson': {
    ok: true,
    warnings: [6],
    why: 'RFC 7946 §3.1.8 says "should avoid": a warning (at the inner collection), not an error',
  },
  'bad/geometrycollection_single.geojson': {
    ok: true,
    warnings: [2],
    why: 'RFC 7946 §3.1.8 says "should be avoided": a warning, not an error',
  },
};

export interface Outcome {
  /** `good/…` or `bad/…`. */
  file: string;
  pass: boolean;
  /** Why it passed or failed, in a few words. */
  reason: string;
}

/**
 * Judges one validation result against what is expected of the file. Pure: for tests and
 * for the folder run below.
 */
export function judge(
  kind: 'good' | 'bad',
  text: string,
  expected: readonly HintEntry[],
  result: ValidationResult,
  exception?: Exception,
): { pass: boolean; reason: string } {
  const errorLines = expected.filter((e) => e.level !== 'message').map((e) => e.line);
  const warningLines = expected.filter((e) => e.level === 'message').map((e) => e.line);
  const rule: Omit<Exception, 'why'> =
    exception ??
    (kind === 'good' || errorLines.length === 0
      ? { ok: true, warnings: warningLines }
      : { ok: false, errors: errorLines });

  const reported = (severity: 'error' | 'warning') =>
    result.problems.flatMap((p) => (p.severity === severity && p.line ? [p.line] : []));
  const reach = enclosedLines(text);
  const near = (lines: number[], line: number) =>
    lines.some((l) => Math.abs(l - line) <= 1 || (l >= line && l <= (reach.get(line) ?? line)));
  const errors = reported('error');
  const warnings = reported('warning');
  const summary = (severity: 'error' | 'warning') =>
    result.problems
      .filter((p) => p.severity === severity)
      .slice(0, 3)
      .map((p) => `line ${p.line ?? '?'}: ${p.message}`)
      .join(' | ');

  if (rule.ok) {
    if (!result.ok || errors.length > 0) {
      return { pass: false, reason: `should open without error, but: ${summary('error')}` };
    }
  } else if (result.ok && errors.length === 0) {
    return { pass: false, reason: `should be refused or get errors, but opened cleanly` };
  }
  const missingErrors = (rule.errors ?? []).filter((line) => !near(errors, line));
  if (missingErrors.length > 0) {
    const got = errors.length > 0 ? summary('error') : 'no errors';
    return {
      pass: false,
      reason: `no error reported near line ${unique(missingErrors).join(', ')} (got ${got})`,
    };
  }
  const missingWarnings = (rule.warnings ?? []).filter((line) => !near(warnings, line));
  if (missingWarnings.length > 0) {
    const got = warnings.length > 0 ? summary('warning') : 'no warnings';
    return {
      pass: false,
      reason: `no warning reported near line ${unique(missingWarnings).join(', ')} (got ${got})`,
    };
  }
  const how = result.ok
    ? `opens, ${result.features.length} feature(s), ${warnings.length} warning(s), ${errors.length} error(s)`
    : `refused, ${errors.length} error(s)`;
  return { pass: true, reason: exception ? `${how}; exception: ${exception.why}` : how };
}

/** Validates every file of `<dir>/good` and `<dir>/bad` and judges each. */
export function runConformance(
  dir: string,
  exceptions: Record<string, Exception> = EXCEPTIONS,
): { outcomes: Outcome[]; passed: number; failed: number } {
  const outcomes: Outcome[] = [];
  for (const kind of ['good', 'bad'] as const) {
    const folder = join(dir, kind);
    const files = readdirSync(folder)
      .filter((name) => name.endsWith('.geojson'))
      .sort();
    for (const name of files) {
      const file = `${kind}/${name}`;
      const resultPath = join(folder, name.replace(/\.geojson$/, '.result'));
      let expected: HintEntry[] = [];
      try {
        expected = JSON.parse(readFileSync(resultPath, 'utf8')) as HintEntry[];
      } catch {
        if (kind === 'bad') {
          outcomes.push({ file, pass: false, reason: `no readable ${resultPath}` });
          continue;
        }
      }
      const text = readFileSync(join(folder, name), 'utf8');
      const result = validateGeoJson(text);
      outcomes.push({ file, ...judge(kind, text, expected, result, exceptions[file]) });
    }
  }
  const passed = outcomes.filter((o) => o.pass).length;
  return { outcomes, passed, failed: outcomes.length - passed };
}

/**
 * For each line on which an object or array opens, the last line of the largest one that
 * opens there. Tolerates broken JSON (it only counts brackets outside strings).
 */
function enclosedLines(text: string): Map<number, number> {
  const where = lineColumnLookup(text);
  const reach = new Map<number, number>();
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (c === '"') i = skipJsonString(text, i) - 1;
    else if (c === '{' || c === '[') {
      const { line } = where(i);
      const last = where(skipJsonValue(text, i) - 1).line;
      reach.set(line, Math.max(reach.get(line) ?? line, last));
    }
  }
  return reach;
}

function unique(lines: number[]): number[] {
  return [...new Set(lines)];
}

/** geojsonhint's data beside the project, where conformance/README.md says it lives. */
const DEFAULT_DIR = join(import.meta.dirname, '..', '..', 'shared', 'conformance', 'geojsonhint');

function main(args: string[]): number {
  const dir = resolve(args[0] ?? DEFAULT_DIR);
  if (!existsSync(join(dir, 'good')) || !existsSync(join(dir, 'bad'))) {
    console.error(`usage: tsx scripts/conformance.ts [dir]  (no good/ and bad/ in ${dir})`);
    return 2;
  }
  const { outcomes, passed, failed } = runConformance(dir);
  for (const { file, pass, reason } of outcomes) {
    console.log(`${pass ? 'PASS' : 'FAIL'} ${file}: ${reason}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  process.exitCode = main(process.argv.slice(2));
}
