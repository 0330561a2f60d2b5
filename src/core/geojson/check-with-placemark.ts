/**
 * check-geojson's structural checks, with its issues turned into plain words, graded
 * (RFC 7946 "should" → warning), and placed by offset in the whole file.
 *
 * We call its `getIssues`, the checker behind `check` and `scavenge`, rather than those
 * two: both also rebuild the value with plain assignment, which turns a `__proto__` key
 * into a prototype. Values come from JSON.parse instead.
 */
import { getIssues, type HintIssue } from '@placemarkio/check-geojson';
import { GEOJSON_TYPES } from './describe-json-root';
import { locateJsonPath } from './locate-json-path';
import type { Severity } from './problem';
import { readJsonString } from './skip-json-value';

export interface PlacedIssue {
  severity: Severity;
  /** Plain words, without the feature's name. */
  message: string;
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

type Rule = (match: RegExpExecArray, text: string, at: number) => [Severity, string];

/** check-geojson 0.1.14's messages, in our words. Unknown messages pass through as errors. */
const RULES: [RegExp, Rule][] = [
  [/^Duplicate properties are ambiguous/, (_, text, at) => duplicate(text, at)],
  [
    /^A position should have 2 or 3 elements - found (\d+)\.$/,
    ([, found]) =>
      Number(found) > 3
        ? [
            'warning',
            `a position has ${found} numbers; only longitude, latitude and altitude are used (RFC 7946 §3.1.1)`,
          ]
        : [
            'error',
            `a position has ${found} number${found === '1' ? '' : 's'}; it needs a longitude and a latitude`,
          ],
  ],
  [
    /^Each element in a position must be a number\.$/,
    () => ['error', 'a position holds something other than a number'],
  ],
  [
    /^Each element in a bbox must be a number\.$/,
    () => ['error', '"bbox" holds something other than a number'],
  ],
  [/^A bbox must have 4 or 6 positions$/, () => ['error', '"bbox" must hold 4 or 6 numbers']],
  [
    /^This type of GeoJSON object is not allowed here\.$/,
    (_, text, at) => ['error', notAllowedMessage(text, at)],
  ],
  [
    /^This GeoJSON object requires a (\w+) member but it is missing\.$/,
    ([, name]) => ['error', `the "${name}" member is missing`],
  ],
  [
    /^The properties member is missing\.$/,
    () => ['error', 'the "properties" member is missing (write "properties": null for none)'],
  ],
  [
    /^This GeoJSON object is missing its type member\.$/,
    () => ['error', 'the "type" member is missing'],
  ],
  [
    /^The type member should have been a string\.$/,
    () => ['error', 'the "type" member must be a string'],
  ],
  [
    /^The Feature id must be a string or number\.$/,
    () => ['error', 'the "id" must be a string or a number'],
  ],
  [
    /^The Feature properties member can be an object or null\.$/,
    () => ['error', '"properties" must be an object or null'],
  ],
  [
    /^(\w+) objects cannot contain a member named (\w+)$/,
    ([, kind, name]) => ['error', `a ${kind} must not have a "${name}" member (RFC 7946 §7.1)`],
  ],
  [/^This must be an array\.$/, () => ['error', 'expected an array here']],
  [/^This must be an object\.$/, () => ['error', 'expected an object here']],
  [
    /^Expected an object, but found an incorrect type\.$/,
    () => ['error', 'expected a geometry object here'],
  ],
  [
    /^Expected to find an array of positions here\.$/,
    () => ['error', 'expected an array of positions here'],
  ],
  [
    /^Expected to find a position here, found another type\.$/,
    (_, text, at) => [
      'error',
      /[-\d]/.test(text.charAt(at))
        ? 'a number stands where a position ([longitude, latitude]) should be: the coordinates need one more level of [ ]'
        : 'expected a position ([longitude, latitude]) here',
    ],
  ],
  [
    /^Expected to find two or more positions here\.$/,
    () => ['error', 'a line needs two or more positions'],
  ],
  [
    /^Expected to find four or more positions here\.$/,
    () => ['error', 'a polygon ring needs four or more positions'],
  ],
  [
    /^First and last positions of a Polygon/,
    () => ['error', 'a polygon ring is not closed: its first and last positions differ'],
  ],
];

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
  return placed.filter(
    (issue) =>
      !placed.some(
        (other) =>
          other !== issue &&
          other.offset === issue.offset &&
          other.message.length > issue.message.length &&
          other.message.startsWith(issue.message),
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

function grade(message: string, text: string, at: number): { severity: Severity; message: string } {
  for (const [pattern, rule] of RULES) {
    const match = pattern.exec(message);
    if (match) {
      const [severity, words] = rule(match, text, at);
      return { severity, message: words };
    }
  }
  return { severity: 'error', message };
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

function duplicate(text: string, at: number): [Severity, string] {
  const name = text.charAt(at) === '"' ? readJsonString(text, at) : '';
  if (STRUCTURAL.has(name)) {
    return ['error', `the member "${name}" appears more than once, so its meaning is ambiguous`];
  }
  return ['warning', `the member "${clip(name)}" appears more than once; the last one is used`];
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function notAllowedMessage(text: string, at: number): string {
  const typeAt = locateJsonPath(text, at, ['type']);
  const type =
    typeAt !== undefined && text.charAt(typeAt) === '"' ? readJsonString(text, typeAt) : '';
  if (type === 'Feature' || type === 'FeatureCollection') {
    return `a ${type} cannot stand here: a GeometryCollection holds geometries, a FeatureCollection holds Features`;
  }
  if (!GEOJSON_TYPES.has(type)) return `"${clip(type)}" is not a geometry type`;
  return `a "${type}" is not allowed here`;
}
