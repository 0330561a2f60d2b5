/**
 * check-geojson's structural checks, with its issues turned into plain words, graded
 * (RFC 7946 "should" → warning), and placed by offset in the whole file.
 *
 * We call its `getIssues`, the checker behind `check` and `scavenge`, rather than those
 * two: both also rebuild the value with plain assignment, which turns a `__proto__` key
 * into a prototype. Values come from JSON.parse instead.
 */
import { getIssues, type HintIssue } from '@placemarkio/check-geojson';
import { inEnglish, phrase, type Phrase } from '../i18n/phrase';
import { GEOJSON_TYPES } from './describe-json-root';
import { locateJsonPath } from './locate-json-path';
import type { Severity } from './problem';
import { readJsonString } from './skip-json-value';

export interface PlacedIssue {
  severity: Severity;
  /** What is wrong, without the feature's name. */
  phrase: Phrase;
  /** Offset in the whole text. */
  offset: number;
  /** check-geojson's own message, for matching. */
  original: string;
}

/**
 * check-geojson's message for an object whose type does not belong where it stands. It says
 * this of a GeometryCollection inside another too, which RFC 7946 only advises against.
 */
export const NOT_ALLOWED_HERE = 'This type of GeoJSON object is not allowed here.';

const UNCLOSED_RING =
  'First and last positions of a Polygon or MultiPolygon’s ring should be the same.';

type Rule = (match: RegExpExecArray, text: string, at: number) => [Severity, Phrase];

/** check-geojson 0.1.14's messages, in our words. Unknown messages pass through as errors. */
const RULES: [RegExp, Rule][] = [
  [/^Duplicate properties are ambiguous/, (_, text, at) => duplicate(text, at)],
  [
    /^A position should have 2 or 3 elements - found (\d+)\.$/,
    ([, found]) => {
      const count = Number(found);
      return count > 3
        ? ['warning', phrase('check.positionExtra', { count })]
        : ['error', phrase('check.positionShort', { count })];
    },
  ],
  [/^Each element in a position must be a number\.$/, () => error('check.positionNotNumber')],
  [/^Each element in a bbox must be a number\.$/, () => error('check.bboxNotNumber')],
  [/^A bbox must have 4 or 6 positions$/, () => error('check.bboxLength')],
  [
    /^This type of GeoJSON object is not allowed here\.$/,
    (_, text, at) => ['error', notAllowedMessage(text, at)],
  ],
  [
    /^This GeoJSON object requires a (\w+) member but it is missing\.$/,
    ([, name = '']) => ['error', phrase('check.memberMissing', { name })],
  ],
  [/^The properties member is missing\.$/, () => error('check.propertiesMissing')],
  [/^This GeoJSON object is missing its type member\.$/, () => error('check.typeMissing')],
  [/^The type member should have been a string\.$/, () => error('check.typeNotString')],
  [/^The Feature id must be a string or number\.$/, () => error('check.idType')],
  [
    /^The Feature properties member can be an object or null\.$/,
    () => error('check.propertiesType'),
  ],
  [
    /^(\w+) objects cannot contain a member named (\w+)$/,
    ([, kind = '', name = '']) => ['error', phrase('check.forbiddenMember', { kind, name })],
  ],
  [/^This must be an array\.$/, () => error('check.expectedArray')],
  [/^This must be an object\.$/, () => error('check.expectedObject')],
  [/^Expected an object, but found an incorrect type\.$/, () => error('check.expectedGeometry')],
  [/^Expected to find an array of positions here\.$/, () => error('check.expectedPositions')],
  [
    /^Expected to find a position here, found another type\.$/,
    (_, text, at) =>
      error(/[-\d]/.test(text.charAt(at)) ? 'check.numberForPosition' : 'check.expectedPosition'),
  ],
  [/^Expected to find two or more positions here\.$/, () => error('check.lineShort')],
  [/^Expected to find four or more positions here\.$/, () => error('check.ringShort')],
  [/^First and last positions of a Polygon/, () => error('check.ringOpen')],
];

/** The keys of the rules' errors without values. */
type PlainKey =
  | 'check.positionNotNumber'
  | 'check.bboxNotNumber'
  | 'check.bboxLength'
  | 'check.propertiesMissing'
  | 'check.typeMissing'
  | 'check.typeNotString'
  | 'check.idType'
  | 'check.propertiesType'
  | 'check.expectedArray'
  | 'check.expectedObject'
  | 'check.expectedGeometry'
  | 'check.expectedPositions'
  | 'check.numberForPosition'
  | 'check.expectedPosition'
  | 'check.lineShort'
  | 'check.ringShort'
  | 'check.ringOpen';

function error(key: PlainKey): [Severity, Phrase] {
  return ['error', phrase(key)];
}

/**
 * check-geojson's issues for `part`, the JSON text of one GeoJSON object that starts at
 * offset `base` of `text` (so `text.slice(base, base + part.length) === part`). `part` must
 * be valid JSON. Offsets in the result are into `text`.
 */
export function checkWithPlacemark(text: string, base: number, part: string): PlacedIssue[] {
  const placed: PlacedIssue[] = [];
  let previous: HintIssue | undefined;
  for (const issue of unwrap(getIssues(part))) {
    // It reports an unclosed ring twice, at its first and its last position: once is enough.
    if (issue.message === UNCLOSED_RING && previous?.message === UNCLOSED_RING) {
      previous = undefined;
      continue;
    }
    previous = issue;
    const offset = base + issue.from;
    placed.push({ ...grade(issue.message, text, offset), offset, original: issue.message });
  }
  // It reports a missing "properties" twice, in two wordings: keep the fuller one.
  const english = new Map(placed.map((issue) => [issue, inEnglish(issue.phrase)]));
  const words = (issue: PlacedIssue): string => english.get(issue) ?? '';
  return placed.filter(
    (issue) =>
      !placed.some(
        (other) =>
          other !== issue &&
          other.offset === issue.offset &&
          words(other).length > words(issue).length &&
          words(other).startsWith(words(issue)),
      ),
  );
}

/**
 * check-geojson throws on a non-object inside a GeometryCollection's `geometries` and then
 * reports the thrown issues as one "Invalid JSON" issue at offset 0, as JSON text: unpack
 * them. (Checking stops there, so later problems of that feature go unreported.)
 */
function unwrap(issues: HintIssue[]): HintIssue[] {
  return issues.flatMap((issue) => {
    const prefix = 'Invalid JSON: ';
    if (!issue.message.startsWith(prefix)) return [issue];
    try {
      const inner: unknown = JSON.parse(issue.message.slice(prefix.length));
      if (Array.isArray(inner)) return inner as HintIssue[];
    } catch {
      // Its own parser failed where JSON.parse did not: keep its words.
    }
    return [issue];
  });
}

function grade(message: string, text: string, at: number): { severity: Severity; phrase: Phrase } {
  for (const [pattern, rule] of RULES) {
    const match = pattern.exec(message);
    if (match) {
      const [severity, said] = rule(match, text, at);
      return { severity, phrase: said };
    }
  }
  // A message of a newer check-geojson: its own English words.
  return { severity: 'error', phrase: phrase('check.other', { message }) };
}

/** Members check-geojson reads: it takes the first of duplicates, JSON.parse the last. */
const STRUCTURAL = new Set([
  'type',
  'coordinates',
  'geometry',
  'geometries',
  'features',
  'properties',
  'bbox',
  'id',
]);

function duplicate(text: string, at: number): [Severity, Phrase] {
  const name = text.charAt(at) === '"' ? readJsonString(text, at) : '';
  if (STRUCTURAL.has(name)) return ['error', phrase('check.duplicateAmbiguous', { name })];
  return ['warning', phrase('check.duplicate', { name: clip(name) })];
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function notAllowedMessage(text: string, at: number): Phrase {
  const typeAt = locateJsonPath(text, at, ['type']);
  const type =
    typeAt !== undefined && text.charAt(typeAt) === '"' ? readJsonString(text, typeAt) : '';
  if (type === 'Feature' || type === 'FeatureCollection') {
    return phrase('check.featureHere', { type });
  }
  if (!GEOJSON_TYPES.has(type)) return phrase('check.notGeometryType', { type: clip(type) });
  return phrase('check.notAllowed', { type });
}
