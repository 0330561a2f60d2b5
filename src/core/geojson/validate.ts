/**
 * Validation of any GeoJSON text a person opens: what is usable, what is left out and why,
 * each problem pointing at its line and column.
 *
 * Pure, synchronous and safe on any input (it never throws), so it can run in a Web Worker
 * (src/workers/open-worker.ts, which the page uses). The order of work keeps bad input cheap and harmless:
 * size, emptiness and the format by its first bytes; then one iterative scan of the text
 * (syntax, nesting depth, overflowing numbers, where each feature is) before JSON.parse or
 * any recursive parser sees it; then check-geojson feature by feature; then the checks it
 * lacks (coordinate ranges, non-finite numbers, RFC 7946 warnings).
 *
 * Features are numbered from 1 in messages ("Feature 3" is `features[2]`) and from 0 in
 * `Problem.feature`. Values come from JSON.parse and are never copied member by member, so
 * `properties` arrive unchanged (a `__proto__` key stays an own property).
 */
import type { Feature, Geometry } from 'geojson';
import { phrase, type Phrase } from '../i18n/phrase';
import { formatBytes, utf8Length } from './byte-size';
import { checkCollections, findNestedCollections } from './check-collections';
import { checkCoordinates } from './check-coordinates';
import { NOT_ALLOWED_HERE, checkWithPlacemark, type PlacedIssue } from './check-with-placemark';
import { checkWinding } from './check-winding';
import { isPlainlyValid } from './fast-feature-check';
import { describeJsonRoot } from './describe-json-root';
import { lineColumnLookup } from './line-column';
import { locateJsonPath, type JsonPath } from './locate-json-path';
import {
  andMore,
  problemWords,
  type GeometryFinding,
  type Problem,
  type Severity,
} from './problem';
import { scanJson, type JsonScan, type JsonSpan } from './scan-json';
import { skipJsonValue, skipJsonWhitespace } from './skip-json-value';
import { readTextSequence } from './read-text-sequence';
import { guessJsonFormat, sniffFormat, type FileFormat } from './sniff-format';

export type { FileFormat } from './sniff-format';
export type { Problem, Severity } from './problem';
export { formatProblem } from './problem';

export interface ValidationResult {
  /** False when nothing is usable and the file is refused. */
  ok: boolean;
  /** The usable features, as parsed. A bare Feature or Geometry becomes the only one. */
  features: Feature[];
  /**
   * The collection's own members other than `type`, `features` and `bbox` (RFC 7946 §6.1
   * foreign members such as `article`), kept as parsed. `bbox` is left out because it may
   * no longer fit the features kept.
   */
  foreign: Record<string, unknown>;
  /** Every error and warning, in the order of the text (problems without a place first). */
  problems: Problem[];
  /** How many features were left out. */
  dropped: number;
  /** What the file is; `geojson` also when it is GeoJSON with errors. */
  format: FileFormat;
}

export interface ValidateProgress {
  stage: 'scanning' | 'parsing' | 'checking';
  /** Features checked so far (stage `checking`), else 0. */
  done: number;
  /** Features in all (stage `checking`), else 0. */
  total: number;
}

export interface ValidateOptions {
  /** Largest file accepted, in UTF-8 bytes. */
  maxBytes?: number;
  /** Deepest nesting of arrays and objects accepted. */
  maxDepth?: number;
  /** Largest single feature checked, in UTF-8 bytes of its text. */
  maxFeatureBytes?: number;
  /** Called as work goes on. A function cannot be posted to a worker: the worker adds its own. */
  onProgress?: (progress: ValidateProgress) => void;
  /**
   * Whether features proven plainly valid skip check-geojson (fast-feature-check.ts); true
   * unless set. The result is the same either way: false is for tests that show it.
   */
  fastPath?: boolean;
}

export const defaultValidateOptions = {
  // 50 MB: far above any article's places, below what a browser tab parses comfortably.
  maxBytes: 50_000_000,
  // GeoJSON needs about 10 levels (a MultiPolygon in a GeometryCollection in a collection);
  // 64 leaves room for nested properties and stays far from any parser's stack limit.
  maxDepth: 64,
  // check-geojson builds a syntax tree of some 150 bytes per byte of text: 5 MB of one
  // feature is about 750 MB of memory at once. Features are checked one at a time.
  maxFeatureBytes: 5_000_000,
} satisfies Required<Omit<ValidateOptions, 'onProgress' | 'fastPath'>>;

/** A problem with its offset in the text, for sorting (-1: no place). */
interface Placed extends Problem {
  offset: number;
}

/** One feature to check: a member of `features`, or the top-level Feature or Geometry. */
interface Unit {
  index: number;
  /** The parsed feature, or the top-level geometry. */
  value: unknown;
  /** Where its text is. */
  span: JsonSpan;
  /** How messages name it: `Feature 3 (id "x")`, `The feature`, `The geometry`. */
  label: Phrase;
  id: string | number | undefined;
  /** Path from the unit to its geometry: `['geometry']`, or `[]` for a top-level geometry. */
  toGeometry: JsonPath;
}

/**
 * Validates `input`, the text of a file someone opened, as GeoJSON (RFC 7946). Never
 * throws. A leading byte-order mark is ignored. Features with errors are left out and
 * named in `problems`; the rest are returned as parsed. A single Feature or a bare
 * Geometry is read as a collection of one, and a GeoJSON text sequence (RFC 8142) as a
 * collection of its records. Does not repair anything (winding, precision,
 * antimeridian cuts): warnings say what RFC 7946 would have done differently.
 */
export function validateGeoJson(input: string, options: ValidateOptions = {}): ValidationResult {
  try {
    const sequence = typeof input === 'string' ? readTextSequence(input) : undefined;
    if (sequence === undefined) return validate(input, options);
    // Positions on the first line moved right by the collection's opening: move them back.
    const result = validate(sequence.text, options);
    const problems = result.problems.map((problem) =>
      problem.line === 1 && problem.column !== undefined
        ? { ...problem, column: Math.max(1, problem.column - sequence.shift) }
        : problem,
    );
    return { ...result, problems };
  } catch (error) {
    // Not expected; but a worker must always answer, and a bug must not look like success.
    const reason = error instanceof Error ? error.message : String(error);
    return refused('unknown', [
      {
        severity: 'error',
        ...problemWords(phrase('problems.uncheckable', { reason })),
        offset: -1,
      },
    ]);
  }
}

type Place = (problem: Omit<Placed, 'line' | 'column'>) => Placed;

/** The stages in order; each refuses the file or hands on what the next needs. */
function validate(input: string, options: ValidateOptions): ValidationResult {
  if (typeof input !== 'string') {
    return refused('unknown', [
      { severity: 'error', ...problemWords(phrase('problems.noText')), offset: -1 },
    ]);
  }
  const maxDepth = options.maxDepth ?? defaultValidateOptions.maxDepth;
  const maxFeatureBytes = options.maxFeatureBytes ?? defaultValidateOptions.maxFeatureBytes;
  const progress = options.onProgress ?? (() => undefined);
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const early = refuseUnread(input, text, options.maxBytes ?? defaultValidateOptions.maxBytes);
  if (early) return early;

  progress({ stage: 'scanning', done: 0, total: 0 });
  const where = lineColumnLookup(text);
  const place: Place = (problem) =>
    problem.offset < 0 ? problem : { ...problem, ...where(problem.offset) };
  const scan = scanJson(text, maxDepth);
  const badSyntax = refuseScan(text, scan, maxDepth, place);
  if (badSyntax) return badSyntax;

  progress({ stage: 'parsing', done: 0, total: 0 });
  const root: unknown = JSON.parse(text);
  const rootStart = skipJsonWhitespace(text, 0);
  const notGeoJson = describeJsonRoot(root);
  if (notGeoJson) {
    const offset = locateJsonPath(text, rootStart, notGeoJson.path) ?? rootStart;
    return refused(notGeoJson.format, [
      place({ severity: 'error', ...problemWords(notGeoJson.phrase), offset }),
    ]);
  }
  const rootObject = root as Record<string, unknown>;
  const collected = collectUnits(text, rootObject, rootStart, scan, maxFeatureBytes, place);
  if ('ok' in collected) return collected;
  const { units, problems, foreign } = collected;
  const limits = { maxFeatureBytes, fastPath: options.fastPath ?? true };
  const { features, kept } = checkUnits(text, units, limits, place, problems, progress);
  const inCollection = rootObject.type === 'FeatureCollection';
  problems.push(...overflowWarnings(scan.nonFinite, units, kept, inCollection).map(place));

  const isEmptyCollection = inCollection && units.length === 0;
  if (isEmptyCollection) {
    problems.push({
      severity: 'warning',
      ...problemWords(phrase('problems.noFeatures')),
      offset: -1,
    });
  }
  const ok = features.length > 0 || (isEmptyCollection && !problems.some(isError));
  return {
    ok,
    features,
    foreign,
    problems: sortProblems(problems),
    dropped: units.length - features.length,
    format: 'geojson',
  };
}

/** Refusals before the text is read as JSON: too large, empty, or another format. */
function refuseUnread(input: string, text: string, maxBytes: number): ValidationResult | null {
  const size = utf8Length(input);
  if (size > maxBytes) {
    // Exact when rounded it would read as the limit itself ("50 MB, more than the 50 MB").
    const shown =
      formatBytes(size) === formatBytes(maxBytes)
        ? phrase('problems.exactBytes', { count: size })
        : { bytes: size };
    const said = phrase('problems.fileTooBig', { size: shown, limit: { bytes: maxBytes } });
    return refused(sniffFormat(text)?.format ?? guessJsonFormat(text), [
      { severity: 'error', ...problemWords(said), offset: -1 },
    ]);
  }
  if (!/\S/.test(text)) {
    return refused('empty', [
      { severity: 'error', ...problemWords(phrase('problems.fileEmpty')), offset: -1 },
    ]);
  }
  const sniffed = sniffFormat(text);
  if (sniffed) {
    return refused(sniffed.format, [
      { severity: 'error', ...problemWords(sniffed.phrase), offset: -1 },
    ]);
  }
  return null;
}

/** Refusals from the scan: nesting too deep, or not JSON at all. */
function refuseScan(
  text: string,
  scan: JsonScan,
  maxDepth: number,
  place: Place,
): ValidationResult | null {
  if (scan.tooDeep !== undefined) {
    return refused(guessJsonFormat(text), [
      place({
        severity: 'error',
        ...problemWords(phrase('problems.tooDeep', { depth: maxDepth })),
        offset: scan.tooDeep,
      }),
    ]);
  }
  if (!scan.syntaxError) return null;
  const { offset, phrase: reason } = scan.syntaxError;
  const format = guessJsonFormat(text);
  // Text that fails at its first character was never meant as JSON: say what it starts with.
  const firstLine = text.trimStart().split(/\r\n|\r|\n/, 1)[0] ?? '';
  const said =
    format === 'unknown' && offset === skipJsonWhitespace(text, 0)
      ? phrase('problems.notAnyJson', { start: JSON.stringify(clip(firstLine)) })
      : phrase('problems.invalidJson', { reason });
  return refused(format, [place({ severity: 'error', ...problemWords(said), offset })]);
}

interface Collected {
  units: Unit[];
  problems: Placed[];
  foreign: Record<string, unknown>;
}

/**
 * The features to check: a collection's members (after checking its own members), or the
 * top-level Feature or Geometry as the only one. A collection without a `features` array
 * is refused.
 */
function collectUnits(
  text: string,
  rootObject: Record<string, unknown>,
  rootStart: number,
  scan: JsonScan,
  maxFeatureBytes: number,
  place: Place,
): Collected | ValidationResult {
  if (rootObject.type !== 'FeatureCollection') {
    const span = { start: rootStart, end: skipJsonValue(text, rootStart) };
    const isFeature = rootObject.type === 'Feature';
    const id = isFeature ? featureId(rootObject) : undefined;
    const label = !isFeature
      ? phrase('problems.theGeometry')
      : id === undefined
        ? phrase('problems.theFeature')
        : phrase('problems.theFeatureWithId', { id: idText(id) });
    const toGeometry = isFeature ? ['geometry'] : [];
    return {
      units: [{ index: 0, value: rootObject, span, label, id, toGeometry }],
      problems: [],
      foreign: {},
    };
  }
  const problems = checkCollectionMembers(text, rootStart, scan, maxFeatureBytes)
    .map(rootProblem)
    .map(place);
  if (Object.hasOwn(rootObject, 'crs')) {
    const offset = locateJsonPath(text, rootStart, ['crs']) ?? rootStart;
    problems.push(place({ severity: 'warning', ...problemWords(CRS_OBSOLETE), offset }));
  }
  // Copied with Object.fromEntries (defines own properties), never by assignment, so a
  // `__proto__` member stays a member.
  const foreign = Object.fromEntries(
    Object.entries(rootObject).filter(([key]) => !['type', 'features', 'bbox'].includes(key)),
  );
  const members = rootObject.features;
  if (!Array.isArray(members)) {
    if (!problems.some(isError)) {
      const offset = locateJsonPath(text, rootStart, ['features']) ?? rootStart;
      const said = Object.hasOwn(rootObject, 'features')
        ? phrase('problems.featuresNotArray')
        : phrase('problems.featuresMissing');
      problems.push(place({ severity: 'error', ...problemWords(said), offset }));
    }
    return { ...refused('geojson', problems), foreign };
  }
  const units = members.map((value: unknown, index): Unit => {
    const id = isObject(value) ? featureId(value) : undefined;
    return {
      index,
      value,
      span: scan.features[index] ?? { start: rootStart, end: text.length },
      label: featureName(index, id),
      id,
      toGeometry: ['geometry'],
    };
  });
  return { units, problems, foreign };
}

/** Checks each unit, adding its problems to `problems`; keeps those without errors. */
function checkUnits(
  text: string,
  units: Unit[],
  limits: UnitLimits,
  place: Place,
  problems: Placed[],
  progress: (progress: ValidateProgress) => void,
): { features: Feature[]; kept: Set<Unit> } {
  const features: Feature[] = [];
  const kept = new Set<Unit>();
  const every = Math.max(1, Math.floor(units.length / 50));
  for (const unit of units) {
    if (unit.index % every === 0) {
      progress({ stage: 'checking', done: unit.index, total: units.length });
    }
    const found = checkUnitSafely(text, unit, limits);
    problems.push(...found.map(place));
    if (found.some(isError)) continue;
    kept.add(unit);
    features.push(
      unit.toGeometry.length === 0
        ? { type: 'Feature', properties: null, geometry: unit.value as Geometry }
        : (unit.value as Feature),
    );
  }
  progress({ stage: 'checking', done: units.length, total: units.length });
  return { features, kept };
}

/**
 * Numbers too large for a double outside coordinates (in properties, foreign members) are
 * kept, as ±Infinity, with one warning per feature (and one for the collection) naming the
 * first. In coordinates they are errors, reported with the feature's other problems.
 */
function overflowWarnings(
  nonFinite: JsonScan['nonFinite'],
  units: Unit[],
  kept: Set<Unit>,
  inCollection: boolean,
): Placed[] {
  const groups = new Map<Unit | undefined, { offset: number; said: Phrase; count: number }>();
  for (const { offset, token, path } of nonFinite) {
    const index = path[0] === 'features' ? path[1] : undefined;
    const unit = !inCollection ? units[0] : typeof index === 'number' ? units[index] : undefined;
    const within = unit !== undefined && inCollection ? path.slice(2) : path;
    if (unit !== undefined && (!kept.has(unit) || isCoordinatePath(within))) continue;
    const group = groups.get(unit);
    if (group) group.count += 1;
    else {
      const said = phrase('problems.overflow', { token, path: formatPath(within) });
      groups.set(unit, { offset, said, count: 1 });
    }
  }
  return [...groups].map(([unit, { offset, said, count }]) => {
    const words = andMore(said, count);
    return unit === undefined
      ? { severity: 'warning', ...problemWords(words), offset }
      : { ...unitProblem(unit, 'warning', words), offset };
  });
}

/**
 * The collection's own members, checked by check-geojson with the features cut out (they
 * are checked one by one). Unchecked, with a warning, when they alone exceed the size a
 * feature may have.
 */
function checkCollectionMembers(
  text: string,
  rootStart: number,
  scan: JsonScan,
  maxFeatureBytes: number,
): PlacedIssue[] {
  const rootEnd = skipJsonValue(text, rootStart);
  const array = scan.featuresArray;
  // Cut the features out; offsets after the cut shift back by its length.
  const cut = array
    ? { start: array.start + 1, end: array.end - 1 }
    : { start: rootEnd, end: rootEnd };
  const skeleton = text.slice(rootStart, cut.start) + text.slice(cut.end, rootEnd);
  if (skeleton.length * 3 > maxFeatureBytes && utf8Length(skeleton) > maxFeatureBytes) {
    const said = phrase('problems.membersTooBig', { size: { bytes: utf8Length(skeleton) } });
    return [{ severity: 'warning', phrase: said, offset: rootStart, original: '' }];
  }
  return checkWithPlacemark(skeleton, 0, skeleton).map((issue) => {
    const local = issue.offset + rootStart;
    return { ...issue, offset: local >= cut.start ? local + (cut.end - cut.start) : local };
  });
}

/** How units are checked: their largest size; whether plainly valid ones skip check-geojson. */
interface UnitLimits {
  maxFeatureBytes: number;
  fastPath: boolean;
}

/** checkUnit, with a bug in a check costing one feature rather than the whole file. */
function checkUnitSafely(text: string, unit: Unit, limits: UnitLimits): Placed[] {
  try {
    return checkUnit(text, unit, limits);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        ...unitProblem(unit, 'error', phrase('problems.featureUncheckable', { reason })),
        offset: unit.span.start,
      },
    ];
  }
}

type ProblemAt = (severity: Severity, said: Phrase, offset: number) => Placed;

/**
 * For a member of `features`: its problems when it is not a Feature object (its geometry
 * still checked, so one reading shows all that is wrong with it), else null.
 */
function checkFeatureObject(text: string, unit: Unit, problem: ProblemAt): Placed[] | null {
  const { value, span } = unit;
  if (unit.toGeometry.length === 0) return null;
  if (!isObject(value)) {
    const found = describeValue(value);
    return [problem('error', phrase('problems.expectedFeature', { found }), span.start)];
  }
  if (value.type === 'Feature') return null;
  const typeAt = locateJsonPath(text, span.start, ['type']) ?? span.start;
  const said =
    typeof value.type === 'string'
      ? phrase('problems.typeNotFeature', { type: clip(value.type) })
      : phrase('problems.expectedTypeFeature');
  const geometryAt = isObject(value.geometry)
    ? locateJsonPath(text, span.start, ['geometry'])
    : undefined;
  const more =
    geometryAt === undefined
      ? []
      : checkWithPlacemark(
          text,
          geometryAt,
          text.slice(geometryAt, skipJsonValue(text, geometryAt)),
        );
  return [
    problem('error', said, typeAt),
    ...more.map((issue) => problem(issue.severity, issue.phrase, issue.offset)),
  ];
}

/** All problems of one feature (or top-level Feature or Geometry). */
function checkUnit(text: string, unit: Unit, { maxFeatureBytes, fastPath }: UnitLimits): Placed[] {
  const { value, span } = unit;
  const problem: ProblemAt = (severity, said, offset) => ({
    ...unitProblem(unit, severity, said),
    offset,
  });

  const notFeature = checkFeatureObject(text, unit, problem);
  if (notFeature) return notFeature;
  const partText = text.slice(span.start, span.end);
  // A UTF-16 unit is 1 to 3 bytes of UTF-8: count only when the length leaves it open.
  if ((span.end - span.start) * 3 > maxFeatureBytes) {
    const bytes = utf8Length(partText);
    if (bytes > maxFeatureBytes) {
      return [
        problem(
          'error',
          phrase('problems.featureTooBig', {
            size: { bytes },
            limit: { bytes: maxFeatureBytes },
          }),
          span.start,
        ),
      ];
    }
  }

  const geometry =
    unit.toGeometry.length === 0 ? value : (value as Record<string, unknown>).geometry;
  // check-geojson is most of the time a large file takes; a feature proven plainly valid has
  // nothing for it (or for the nested-collection checks in checkStructure) to report.
  const plain = fastPath && isPlainlyValid(text, span, value, unit.toGeometry);
  const issues = plain ? [] : checkStructure(text, span, partText, geometry, unit.toGeometry);
  const found = issues.map((issue) => problem(issue.severity, issue.phrase, issue.offset));
  if (issues.some((issue) => issue.severity === 'error')) return found;

  // Structurally valid from here on: the checks check-geojson lacks.
  const valid = geometry as Geometry | null;
  const locate = (path: JsonPath) =>
    locateJsonPath(text, span.start, [...unit.toGeometry, ...path]) ?? span.start;
  const spell = (number: number, path: JsonPath) => {
    const offset = locate(path);
    const token = text.slice(offset, skipJsonValue(text, offset));
    return /^-?\d/.test(token) ? token : String(number);
  };
  const findings: GeometryFinding[] = [];
  if (valid !== null) {
    findings.push(...checkCoordinates(valid, spell));
    const winding = checkWinding(valid);
    if (winding) findings.push(winding);
    findings.push(...checkCollections(valid));
    if (Object.hasOwn(valid, 'crs')) {
      findings.push({ severity: 'warning', phrase: CRS_OBSOLETE, path: ['crs'] });
    }
  }
  if (unit.toGeometry.length > 0 && Object.hasOwn(value as object, 'crs')) {
    found.push(
      problem('warning', CRS_OBSOLETE, locateJsonPath(text, span.start, ['crs']) ?? span.start),
    );
  }
  for (const finding of findings) {
    found.push(problem(finding.severity, finding.phrase, locate(finding.path)));
  }
  return found;
}

/**
 * check-geojson's issues for one feature, with RFC 7946's "avoid nested GeometryCollections"
 * graded as the warning it is: check-geojson rejects the inner collection without looking
 * inside, so each one found is checked on its own.
 */
function checkStructure(
  text: string,
  span: JsonSpan,
  partText: string,
  geometry: unknown,
  toGeometry: JsonPath,
): PlacedIssue[] {
  const issues = checkWithPlacemark(text, span.start, partText);
  const nested = new Set<number>();
  for (const path of findNestedCollections(geometry)) {
    const offset = locateJsonPath(text, span.start, [...toGeometry, ...path]);
    if (offset === undefined) continue;
    nested.add(offset);
    const end = skipJsonValue(text, offset);
    issues.push(...checkWithPlacemark(text, offset, text.slice(offset, end)));
  }
  return issues.filter(
    (issue) => !(issue.original === NOT_ALLOWED_HERE && nested.has(issue.offset)),
  );
}

const CRS_OBSOLETE = phrase('problems.crs');

function unitFields(unit: Unit): Pick<Problem, 'feature' | 'featureId'> {
  return unit.id === undefined
    ? { feature: unit.index }
    : { feature: unit.index, featureId: unit.id };
}

function unitProblem(unit: Unit, severity: Severity, said: Phrase): Omit<Placed, 'offset'> {
  const words = problemWords(phrase('problems.inFeature', { feature: unit.label, message: said }));
  return { severity, ...words, ...unitFields(unit) };
}

function rootProblem(issue: PlacedIssue): Placed {
  return { severity: issue.severity, ...problemWords(issue.phrase), offset: issue.offset };
}

function refused(format: FileFormat, problems: Placed[]): ValidationResult {
  return {
    ok: false,
    features: [],
    foreign: {},
    problems: sortProblems(problems),
    dropped: 0,
    format,
  };
}

/** In the order of the text (a stable sort), without the offsets. */
function sortProblems(problems: Placed[]): Problem[] {
  return [...problems].sort((a, b) => a.offset - b.offset).map(withoutOffset);
}

function withoutOffset({ offset, ...problem }: Placed): Problem {
  void offset;
  return problem;
}

function isError(problem: Problem): boolean {
  return problem.severity === 'error';
}

/** Whether a path within a feature (or top-level geometry) leads into coordinates. */
function isCoordinatePath(path: JsonPath): boolean {
  const coordinates = path.indexOf('coordinates');
  const properties = path.indexOf('properties');
  return coordinates >= 0 && (properties < 0 || properties > coordinates);
}

function featureId(feature: Record<string, unknown>): string | number | undefined {
  const id = feature.id;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}

/** An id as messages show it: a number as it is, a string quoted (`(id "x")`). */
function idText(id: string | number): string {
  return typeof id === 'number' ? String(id) : JSON.stringify(clip(id));
}

/** `Feature 3`, or `Feature 3 (id "x")`: numbered from 1, and written without grouping. */
function featureName(index: number, id: string | number | undefined): Phrase {
  const n = String(index + 1);
  return id === undefined
    ? phrase('generic.feature', { n })
    : phrase('problems.featureWithId', { n, id: idText(id) });
}

const VALUE_KINDS = {
  string: phrase('value.string'),
  number: phrase('value.number'),
  boolean: phrase('value.boolean'),
  object: phrase('value.object'),
} as const;

/** What a JSON value is: null, an array, an object, a string, a number, a boolean. */
function describeValue(value: unknown): Phrase {
  if (value === null) return phrase('value.null');
  if (Array.isArray(value)) return phrase('value.array');
  return VALUE_KINDS[typeof value as keyof typeof VALUE_KINDS] ?? VALUE_KINDS.object;
}

function formatPath(path: JsonPath): string {
  return path
    .map((step, i) => (typeof step === 'number' ? `[${step}]` : `${i === 0 ? '' : '.'}${step}`))
    .join('');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
