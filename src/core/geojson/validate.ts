/**
 * Validation of any GeoJSON text a person opens: what is usable, what is left out and why,
 * each problem pointing at its line and column.
 *
 * Pure, synchronous and safe on any input (it never throws), so it can run in a Web Worker
 * (src/workers/open-worker.ts, which the page uses), fed the text as it is read. The order of
 * work keeps bad input cheap and harmless: one iterative scan of the text (syntax, nesting
 * depth, overflowing numbers) hands out each feature's text as it ends, before JSON.parse or
 * any recursive parser sees it; check-geojson and the checks it lacks (coordinate ranges,
 * non-finite numbers, RFC 7946 warnings) then check it, and only the parsed feature is kept.
 * At the end, refusals by size, emptiness and the format by the first bytes come first, then
 * the scan's, then the collection's own members.
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
import {
  JsonStreamScanner,
  type JsonSpan,
  type NonFiniteNumber,
  type ScannedElement,
  type StreamScan,
  type TextPosition,
  wholeCharacters,
} from './scan-json';
import { skipJsonValue, skipJsonWhitespace } from './skip-json-value';
import { readTextSequence, type TextSequence } from './read-text-sequence';
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
  /** Features in all (stage `checking`) once the text has ended; 0 while it is still read. */
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
  /**
   * How messages name it: `The feature`, `The geometry`; when absent, `Feature 3 (id "x")`
   * from `index` and `id`, made only for a problem (most features of a large file have none).
   */
  label?: Phrase;
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
 *
 * The whole text is the stream's one chunk: one pipeline for a string and a file read in pieces.
 */
export function validateGeoJson(input: string, options: ValidateOptions = {}): ValidationResult {
  if (typeof input !== 'string') {
    return refused('unknown', [
      { severity: 'error', ...problemWords(phrase('problems.noText')), offset: -1 },
    ]);
  }
  const validator = createGeoJsonValidator(options);
  validator.push(input);
  return validator.end();
}

/** Validation of a text that comes in pieces (validateGeoJson's, fed as it is read). */
export interface GeoJsonValidator {
  /** The next piece of text; a piece may end anywhere, even inside a character's escape. */
  push(text: string): void;
  /** The text has ended: the result, as validateGeoJson gives it for the whole text. */
  end(): ValidationResult;
  /** Features checked so far. */
  readonly checked: number;
}

/**
 * A validator fed the text piece by piece. The text is never held whole: each member of the
 * collection's `features` is parsed and checked as soon as its text has ended, then only the
 * parsed feature is kept. What is gathered whole, because it is small by nature or cannot be
 * told apart before its end: a bare Feature or Geometry (all of it is one unit anyway), the
 * collection's own members (its "skeleton"), a `features` array that comes before the
 * collection's `type` (then the skeleton is scanned again once the type is known), and a
 * GeoJSON text sequence (RFC 8142, record-separated: read as the collection it stands for).
 */
export function createGeoJsonValidator(options: ValidateOptions = {}): GeoJsonValidator {
  return new StreamValidation(options);
}

type Place = (problem: Omit<Placed, 'line' | 'column'>) => Placed;

/** Turns an offset in a piece of text (a feature's, the skeleton's) into its place in the file. */
type Locate = (offset: number) => TextPosition;

/** Offsets in `text`, which starts at `start` in the file, as places in the file. */
function locateFrom(text: string, start: TextPosition): Locate {
  const within = lineColumnLookup(text);
  return (offset) => {
    const { line, column } = within(offset);
    return {
      offset: start.offset + offset,
      line: start.line + line - 1,
      column: line === 1 ? start.column + column - 1 : column,
    };
  };
}

/** Offsets in the skeleton as places in the file: each piece knows where it came from. */
function locateSkeleton(
  skeleton: string,
  pieces: StreamScan['pieces'],
  toFile: (position: TextPosition) => TextPosition,
): Locate {
  const located = pieces.map((piece, i) => ({
    at: piece.at,
    locate: locateFrom(skeleton.slice(piece.at, pieces[i + 1]?.at), toFile(piece.position)),
  }));
  return (offset) => {
    let piece = located[0];
    for (const next of located) if (next.at <= offset) piece = next;
    return piece ? piece.locate(offset - piece.at) : { offset, line: 1, column: offset + 1 };
  };
}

/** A problem placed by `locate` (or left without a place, offset -1). */
function placeWith(locate: Locate): Place {
  return (problem) => (problem.offset < 0 ? problem : { ...problem, ...locate(problem.offset) });
}

const FILE_POSITION = (position: TextPosition): TextPosition => position;

/**
 * The members of `features` as they come: each parsed, checked and, without errors, kept.
 * Only the parsed features and the problems stay; the texts go.
 */
class FeatureChecks {
  features: Feature[] = [];
  problems: Placed[] = [];
  count = 0;

  constructor(
    private readonly limits: UnitLimits,
    private readonly toFile: (position: TextPosition) => TextPosition,
    private readonly progress: (progress: ValidateProgress) => void,
  ) {}

  /** A later `features` array supersedes what came before, as in JSON.parse. */
  reset(): void {
    this.features = [];
    this.problems = [];
    this.count = 0;
  }

  check(element: ScannedElement): void {
    const { text, index } = element;
    // The scanner found the text complete and not too deep: JSON.parse accepts it.
    const value: unknown = JSON.parse(text);
    const id = isObject(value) ? featureId(value) : undefined;
    const unit: Unit = {
      index,
      value,
      span: { start: 0, end: text.length },
      id,
      toGeometry: FEATURE_TO_GEOMETRY,
    };
    const found = checkUnitSafely(text, unit, this.limits);
    // Most features have no problem: nothing is placed or copied for them.
    if (found.length > 0) {
      const place = placeWith(locateFrom(text, this.toFile(element.start)));
      for (const problem of found) this.problems.push(place(problem));
    }
    const kept = !found.some(isError);
    if (kept) this.features.push(value as Feature);
    if (element.nonFinite.length > 0) {
      this.problems.push(
        ...overflowWarning(element.nonFinite, unit, { kept, inCollection: true }, this.toFile),
      );
    }
    this.count += 1;
    if (this.count % PROGRESS_EVERY === 0) {
      this.progress({ stage: 'checking', done: this.count, total: 0 });
    }
  }
}

/** A member of `features`'s path to its geometry; shared, never changed. */
const FEATURE_TO_GEOMETRY: JsonPath = ['geometry'];

/** Features between two progress reports. */
const PROGRESS_EVERY = 1000;
const RS = '\u001e';

/** The stages in order; each refuses the file or hands on what the next needs. */
class StreamValidation implements GeoJsonValidator {
  private readonly maxBytes: number;
  private readonly maxDepth: number;
  private readonly maxFeatureBytes: number;
  private readonly limits: UnitLimits;
  private readonly progress: (progress: ValidateProgress) => void;
  /** Before the first character that is not white space: how to read the text is not known. */
  private mode: 'lead' | 'stream' | 'sequence' = 'lead';
  private waiting: string[] = [];
  private carry = '';
  private size = 0;
  private started = false;
  /** The start of the text, for the sniffers (they read only this much). */
  private head = '';
  private nonSpace = false;
  private readonly checks: FeatureChecks;
  private readonly scanner: JsonStreamScanner;
  private failure: unknown;

  constructor(private readonly options: ValidateOptions) {
    this.maxBytes = options.maxBytes ?? defaultValidateOptions.maxBytes;
    this.maxDepth = options.maxDepth ?? defaultValidateOptions.maxDepth;
    this.maxFeatureBytes = options.maxFeatureBytes ?? defaultValidateOptions.maxFeatureBytes;
    this.progress = options.onProgress ?? (() => undefined);
    this.limits = { maxFeatureBytes: this.maxFeatureBytes, fastPath: options.fastPath ?? true };
    this.checks = new FeatureChecks(this.limits, FILE_POSITION, this.progress);
    this.scanner = new JsonStreamScanner({
      maxDepth: this.maxDepth,
      features: 'in-collection',
      onElement: (element) => this.checks.check(element),
      onArrayStart: () => this.checks.reset(),
    });
  }

  get checked(): number {
    return this.checks.count;
  }

  push(piece: string): void {
    if (this.failure !== undefined) return;
    try {
      this.take(piece);
    } catch (error) {
      this.failure = error;
    }
  }

  end(): ValidationResult {
    try {
      if (this.failure === undefined) return this.finish();
    } catch (error) {
      this.failure = error;
    }
    // Not expected; but a worker must always answer, and a bug must not look like success.
    const error = this.failure;
    const reason = error instanceof Error ? error.message : String(error);
    return refused('unknown', [
      {
        severity: 'error',
        ...problemWords(phrase('problems.uncheckable', { reason })),
        offset: -1,
      },
    ]);
  }

  private take(piece: string): void {
    // Half a surrogate pair waits for its other half: sizes and characters stay whole.
    const [text, carry] = wholeCharacters(this.carry, piece);
    this.carry = carry;
    if (text === '') return;
    if (this.mode === 'sequence') {
      this.waiting.push(text);
      return;
    }
    if (this.mode === 'lead') {
      const at = text.search(/\S/);
      this.waiting.push(text);
      if (at < 0) return;
      this.mode = text.charAt(at) === RS ? 'sequence' : 'stream';
      if (this.mode === 'sequence') return;
      const waiting = this.waiting;
      this.waiting = [];
      for (const part of waiting) this.feed(part);
      return;
    }
    this.feed(text);
  }

  /** Text read as JSON. */
  private feed(input: string): void {
    this.size += utf8Length(input);
    let text = input;
    if (!this.started) {
      this.started = true;
      this.progress({ stage: 'scanning', done: 0, total: 0 });
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.head.length < HEAD) this.head += text.slice(0, HEAD - this.head.length);
    if (!this.nonSpace) this.nonSpace = /\S/.test(text);
    if (this.size > this.maxBytes) {
      // Refused at the end; nothing more is checked, and what was is let go.
      this.checks.reset();
      return;
    }
    this.scanner.push(text);
  }

  private finish(): ValidationResult {
    const carry = this.carry;
    this.carry = '';
    if (this.mode === 'lead') {
      this.mode = 'stream';
      for (const part of this.waiting) this.feed(part);
      this.waiting = [];
    }
    if (carry !== '') {
      if (this.mode === 'sequence') this.waiting.push(carry);
      else this.feed(carry);
    }
    if (this.mode === 'sequence') return this.finishSequence();
    const early = this.refuseUnread();
    if (early) return early;
    const scan = this.scanner.end();
    const badSyntax = this.refuseScan(scan);
    if (badSyntax) return badSyntax;
    this.progress({ stage: 'parsing', done: 0, total: 0 });
    const result = this.collect(scan, this.checks, FILE_POSITION, false);
    this.progress({ stage: 'checking', done: this.checked, total: this.checked });
    return result;
  }

  /** A GeoJSON text sequence, gathered whole and read as the collection it stands for. */
  private finishSequence(): ValidationResult {
    const sequence = readTextSequence(this.waiting.join('')) as TextSequence;
    this.waiting = [];
    const inner = new StreamValidation(this.options);
    inner.push(sequence.text);
    const result = inner.end();
    // Positions on the first line moved right by the collection's opening: move them back.
    const problems = result.problems.map((problem) =>
      problem.line === 1 && problem.column !== undefined
        ? { ...problem, column: Math.max(1, problem.column - sequence.shift) }
        : problem,
    );
    return { ...result, problems };
  }

  /** Refusals that need no parsing: too large, empty, or another format. */
  private refuseUnread(): ValidationResult | null {
    const { size, maxBytes, head } = this;
    if (size > maxBytes) {
      // Exact when rounded it would read as the limit itself ("50 MB, more than the 50 MB").
      const shown =
        formatBytes(size) === formatBytes(maxBytes)
          ? phrase('problems.exactBytes', { count: size })
          : { bytes: size };
      const said = phrase('problems.fileTooBig', { size: shown, limit: { bytes: maxBytes } });
      return refused(sniffFormat(head)?.format ?? guessJsonFormat(head), [
        { severity: 'error', ...problemWords(said), offset: -1 },
      ]);
    }
    if (!this.nonSpace) {
      return refused('empty', [
        { severity: 'error', ...problemWords(phrase('problems.fileEmpty')), offset: -1 },
      ]);
    }
    const sniffed = sniffFormat(head);
    if (sniffed) {
      return refused(sniffed.format, [
        { severity: 'error', ...problemWords(sniffed.phrase), offset: -1 },
      ]);
    }
    return null;
  }

  /** Refusals from the scan: nesting too deep, or not JSON at all. */
  private refuseScan(scan: StreamScan): ValidationResult | null {
    const { head } = this;
    const at = (position: TextPosition): TextPosition => position;
    if (scan.tooDeep !== undefined) {
      return refused(guessJsonFormat(head), [
        {
          severity: 'error',
          ...problemWords(phrase('problems.tooDeep', { depth: this.maxDepth })),
          ...at(scan.tooDeep),
        },
      ]);
    }
    if (!scan.syntaxError) return null;
    const { position, phrase: reason } = scan.syntaxError;
    const format = guessJsonFormat(head);
    const firstAt = scan.pieces[0]?.position.offset ?? skipJsonWhitespace(head, 0);
    // Text that fails at its first character was never meant as JSON: say what it starts with.
    const firstLine = head.trimStart().split(/\r\n|\r|\n/, 1)[0] ?? '';
    const said =
      format === 'unknown' && position.offset === firstAt
        ? phrase('problems.notAnyJson', { start: JSON.stringify(clip(firstLine)) })
        : phrase('problems.invalidJson', { reason });
    return refused(format, [{ severity: 'error', ...problemWords(said), ...position }]);
  }

  /**
   * The features to check: a collection's members (after checking its own members), or the
   * top-level Feature or Geometry as the only one. A collection without a `features` array
   * is refused.
   */
  private collect(
    scan: StreamScan,
    checks: FeatureChecks,
    toFile: (position: TextPosition) => TextPosition,
    rescanned: boolean,
  ): ValidationResult {
    const { skeleton } = scan;
    const root: unknown = JSON.parse(skeleton);
    const locate = locateSkeleton(skeleton, scan.pieces, toFile);
    const place = placeWith(locate);
    const notGeoJson = describeJsonRoot(root);
    if (notGeoJson) {
      const offset = locateJsonPath(skeleton, 0, notGeoJson.path) ?? 0;
      return refused(notGeoJson.format, [
        place({ severity: 'error', ...problemWords(notGeoJson.phrase), offset }),
      ]);
    }
    const rootObject = root as Record<string, unknown>;
    if (rootObject.type !== 'FeatureCollection') {
      return this.checkSingle(rootObject, skeleton, scan.nonFinite, locate, toFile);
    }
    if (!scan.lastFeaturesStreamed && Array.isArray(rootObject.features) && !rescanned) {
      // The features came before the collection's `type`: read them from the skeleton now.
      const again = new FeatureChecks(this.limits, (p) => locate(p.offset), this.progress);
      const scanner = new JsonStreamScanner({
        maxDepth: this.maxDepth,
        features: 'always',
        onElement: (element) => again.check(element),
        onArrayStart: () => again.reset(),
      });
      scanner.push(skeleton);
      this.checks.reset();
      return this.collect(scanner.end(), again, (p) => locate(p.offset), true);
    }
    const problems = checkCollectionMembers(skeleton, this.maxFeatureBytes)
      .map(rootProblem)
      .map(place);
    if (Object.hasOwn(rootObject, 'crs')) {
      const offset = locateJsonPath(skeleton, 0, ['crs']) ?? 0;
      problems.push(place({ severity: 'warning', ...problemWords(CRS_OBSOLETE), offset }));
    }
    // Copied with Object.fromEntries (defines own properties), never by assignment, so a
    // `__proto__` member stays a member.
    const foreign = Object.fromEntries(
      Object.entries(rootObject).filter(([key]) => !['type', 'features', 'bbox'].includes(key)),
    );
    if (!Array.isArray(rootObject.features)) {
      if (!problems.some(isError)) {
        const offset = locateJsonPath(skeleton, 0, ['features']) ?? 0;
        const said = Object.hasOwn(rootObject, 'features')
          ? phrase('problems.featuresNotArray')
          : phrase('problems.featuresMissing');
        problems.push(place({ severity: 'error', ...problemWords(said), offset }));
      }
      return { ...refused('geojson', problems), foreign };
    }
    problems.push(...checks.problems);
    problems.push(
      ...overflowWarning(scan.nonFinite, undefined, { kept: true, inCollection: true }, toFile),
    );
    const { features, count } = checks;
    const isEmptyCollection = count === 0;
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
      dropped: count - features.length,
      format: 'geojson',
    };
  }

  /** A top-level Feature or Geometry: the only unit, checked whole. */
  private checkSingle(
    rootObject: Record<string, unknown>,
    text: string,
    nonFinite: NonFiniteNumber[],
    locate: Locate,
    toFile: (position: TextPosition) => TextPosition,
  ): ValidationResult {
    const isFeature = rootObject.type === 'Feature';
    const id = isFeature ? featureId(rootObject) : undefined;
    const label = !isFeature
      ? phrase('problems.theGeometry')
      : id === undefined
        ? phrase('problems.theFeature')
        : phrase('problems.theFeatureWithId', { id: idText(id) });
    const unit: Unit = {
      index: 0,
      value: rootObject,
      span: { start: 0, end: text.length },
      label,
      id,
      toGeometry: isFeature ? ['geometry'] : [],
    };
    const found = checkUnitSafely(text, unit, this.limits);
    const problems = found.map(placeWith(locate));
    const kept = !found.some(isError);
    problems.push(...overflowWarning(nonFinite, unit, { kept, inCollection: false }, toFile));
    const features: Feature[] = !kept
      ? []
      : [
          isFeature
            ? (rootObject as unknown as Feature)
            : { type: 'Feature', properties: null, geometry: rootObject as unknown as Geometry },
        ];
    return {
      ok: kept,
      features,
      foreign: {},
      problems: sortProblems(problems),
      dropped: 1 - features.length,
      format: 'geojson',
    };
  }
}

/** How much of the start of the text the sniffers read (as sniff-format.ts). */
const HEAD = 65_536;

/**
 * Numbers too large for a double outside coordinates (in properties, foreign members) are
 * kept, as ±Infinity, with one warning per feature (and one for the collection) naming the
 * first. In coordinates they are errors, reported with the feature's other problems.
 */
function overflowWarning(
  nonFinite: readonly NonFiniteNumber[],
  unit: Unit | undefined,
  { kept, inCollection }: { kept: boolean; inCollection: boolean },
  toFile: (position: TextPosition) => TextPosition,
): Placed[] {
  if (unit !== undefined && !kept) return [];
  // Paths from the root; within a collection's feature, from the feature.
  const counted = nonFinite
    .map((found) => ({
      found,
      within: unit !== undefined && inCollection ? found.path.slice(2) : found.path,
    }))
    .filter(({ within }) => unit === undefined || !isCoordinatePath(within));
  const first = counted[0];
  if (first === undefined) return [];
  const said = phrase('problems.overflow', {
    token: first.found.token,
    path: formatPath(first.within),
  });
  const words = andMore(said, counted.length);
  const at = toFile(first.found.position);
  return [
    unit === undefined
      ? { severity: 'warning', ...problemWords(words), ...at }
      : { ...unitProblem(unit, 'warning', words), ...at },
  ];
}

/**
 * The collection's own members (its skeleton: the features cut out, as they are checked one
 * by one), checked by check-geojson. Unchecked, with a warning, when they alone exceed the
 * size a feature may have.
 */
function checkCollectionMembers(skeleton: string, maxFeatureBytes: number): PlacedIssue[] {
  if (skeleton.length * 3 > maxFeatureBytes && utf8Length(skeleton) > maxFeatureBytes) {
    const said = phrase('problems.membersTooBig', { size: { bytes: utf8Length(skeleton) } });
    return [{ severity: 'warning', phrase: said, offset: 0, original: '' }];
  }
  return checkWithPlacemark(skeleton, 0, skeleton);
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
  const feature = unit.label ?? featureName(unit.index, unit.id);
  const words = problemWords(phrase('problems.inFeature', { feature, message: said }));
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
