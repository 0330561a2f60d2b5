/**
 * A fast path past check-geojson for the common case: a feature (or bare geometry) that is
 * plainly valid. check-geojson builds a syntax tree of some 150 bytes per byte of text and
 * dominates the time a large file takes to check; most features of a real file have nothing
 * for it to say. This module proves that from the value JSON.parse already made, plus one
 * cheap pass over the members' names in the text, and says "not sure" for anything else, so
 * the slow path still runs and still places every message where it did.
 *
 * What it proves is exactly "check-geojson 0.1.14's getIssues reports no issue at all, not
 * even a warning", from reading its source (node_modules/@placemarkio/check-geojson/lib):
 *
 * - Feature: a `type` string, no `features` member (forbidden), no `bbox` (not looked into
 *   here: left to the slow path), a `geometry` member that is null or a valid geometry, an
 *   `id`, if any, that is a string or a number, and a `properties` member, object or null.
 *   Other members (foreign members, `crs`) are not looked at by check-geojson.
 * - Geometry: one of the seven types, without `bbox`, `properties`, `geometry` or
 *   `features`; `coordinates` arrays of the right shape, positions of 2 or 3 numbers (4 and
 *   more is a warning), lines of 2 positions or more, rings of 4 or more whose first and last
 *   positions are equal; a GeometryCollection holds only such non-collection geometries (a
 *   nested one is left to the slow path, which grades check-geojson's verdict on it).
 * - No member name repeated in the Feature, its geometry, or a collection's geometries:
 *   check-geojson reports those, and JSON.parse keeps only the last, so the parsed value
 *   cannot show them. The text is read for that (see `membersEnd`).
 *
 * Its parser (momoa) accepts all valid JSON, which the scan has already made sure of, and
 * reads numbers with Number(), as JSON.parse does, so an unclosed ring looks the same to both.
 */
import type { JsonPath } from './locate-json-path';
import type { JsonSpan } from './scan-json';
import {
  readJsonString,
  skipJsonString,
  skipJsonValue,
  skipJsonWhitespace,
} from './skip-json-value';

/**
 * True only when check-geojson would report nothing for the text at `span` of `text`, which
 * JSON.parse read as `value`. `toGeometry` is `['geometry']` for a Feature and `[]` for a bare
 * geometry (as in validate.ts); any other path gets false. False means "not proven", not
 * "invalid".
 */
export function isPlainlyValid(
  text: string,
  span: JsonSpan,
  value: unknown,
  toGeometry: JsonPath,
): boolean {
  const isFeature = toGeometry.length === 1 && toGeometry[0] === 'geometry';
  if (!isFeature && toGeometry.length !== 0) return false;
  // The parsed value first: it is cheaper, and most broken features fail here.
  if (!(isFeature ? isPlainFeature(value) : isPlainGeometry(value, true))) return false;
  const descend = isFeature ? featureMembers : geometryMembers;
  return membersEnd(text, span.start, value as Record<string, unknown>, descend) === span.end;
}

function isPlainFeature(value: unknown): boolean {
  if (!isObject(value) || value.type !== 'Feature') return false;
  if (Object.hasOwn(value, 'features') || Object.hasOwn(value, 'bbox')) return false;
  // A member that is missing reads as undefined, which none of the tests below accepts.
  const { properties, geometry } = value;
  if (properties !== null && !isObject(properties)) return false;
  if (Object.hasOwn(value, 'id') && typeof value.id !== 'string' && typeof value.id !== 'number') {
    return false;
  }
  return geometry === null || isPlainGeometry(geometry, true);
}

/** Members check-geojson forbids on a geometry, and `bbox`, which is left to the slow path. */
const NOT_ON_GEOMETRY = ['bbox', 'properties', 'geometry', 'features'];

function isPlainGeometry(value: unknown, collectionAllowed: boolean): boolean {
  if (!isObject(value)) return false;
  for (const name of NOT_ON_GEOMETRY) if (Object.hasOwn(value, name)) return false;
  if (value.type === 'GeometryCollection') {
    const { geometries } = value;
    if (!collectionAllowed || !Array.isArray(geometries)) return false;
    for (const geometry of geometries) if (!isPlainGeometry(geometry, false)) return false;
    return true;
  }
  const { coordinates } = value;
  switch (value.type) {
    case 'Point':
      return isPosition(coordinates);
    case 'MultiPoint':
      return isPositions(coordinates, 0);
    case 'LineString':
      return isPositions(coordinates, 2);
    case 'MultiLineString':
      return everyElement(coordinates, isLine);
    case 'Polygon':
      return isPolygon(coordinates);
    case 'MultiPolygon':
      return everyElement(coordinates, isPolygon);
    default:
      return false;
  }
}

/** 2 or 3 numbers: check-geojson warns of more, and rejects fewer or anything else. */
function isPosition(value: unknown): boolean {
  if (!Array.isArray(value) || (value.length !== 2 && value.length !== 3)) return false;
  for (const n of value) if (typeof n !== 'number') return false;
  return true;
}

function isPositions(value: unknown, least: number): boolean {
  return Array.isArray(value) && value.length >= least && everyElement(value, isPosition);
}

function isLine(value: unknown): boolean {
  return isPositions(value, 2);
}

function isPolygon(value: unknown): boolean {
  return everyElement(value, isRing);
}

/** Four positions or more, the last equal to the first, number for number (as check-geojson). */
function isRing(value: unknown): boolean {
  if (!isPositions(value, 4)) return false;
  const ring = value as number[][];
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first.length !== last.length) return false;
  for (let i = 0; i < first.length; i += 1) if (first[i] !== last[i]) return false;
  return true;
}

function everyElement(value: unknown, test: (element: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!test(element)) return false;
  return true;
}

/**
 * Checks the member at `at` of `parent`, whose name's text (quotes included) runs from
 * `nameAt` to `nameEnd`, further: returns the offset just past its value, -1 when a name is
 * repeated inside it, or undefined to have it skipped.
 */
type Descend = (
  text: string,
  nameAt: number,
  nameEnd: number,
  at: number,
  parent: Record<string, unknown>,
) => number | undefined;

/**
 * Whether the member name whose text (quotes included) runs from `nameAt` to `nameEnd` reads
 * as `wanted`, escapes decoded. Written plainly (nearly always) it is compared in place, not
 * cut out; an escape only makes a name's text longer than what it reads as.
 */
function nameIs(text: string, nameAt: number, nameEnd: number, wanted: string): boolean {
  const length = nameEnd - nameAt - 2;
  if (length === wanted.length && text.startsWith(wanted, nameAt + 1)) return true;
  if (length <= wanted.length) return false;
  return text.slice(nameAt, nameEnd).includes('\\') && readJsonString(text, nameAt) === wanted;
}

/**
 * The offset just past the object whose `{` is at `open`, or -1 when it has a member name
 * more than once (here or where `descend` looks). JSON.parse keeps one member per name, so
 * the object has a repeated name exactly when its text has more members than `parsed` has
 * keys (`__proto__` included: JSON.parse makes it an own key too). Names are compared as
 * JSON.parse and check-geojson read them, escapes decoded.
 */
function membersEnd(
  text: string,
  open: number,
  parsed: Record<string, unknown>,
  descend: Descend | undefined,
): number {
  if (text.charCodeAt(open) !== 0x7b) return -1;
  let at = skipJsonWhitespace(text, open + 1);
  let count = 0;
  while (text.charCodeAt(at) === 0x22) {
    count += 1;
    const nameAt = at;
    const nameEnd = skipJsonString(text, at);
    // Past the name, the colon and the whitespace on either side.
    at = skipJsonWhitespace(text, skipJsonWhitespace(text, nameEnd) + 1);
    const end = descend?.(text, nameAt, nameEnd, at, parsed) ?? skipJsonValue(text, at);
    if (end < 0) return -1;
    at = skipJsonWhitespace(text, end);
    if (text.charCodeAt(at) !== 0x2c) break;
    at = skipJsonWhitespace(text, at + 1);
  }
  if (text.charCodeAt(at) !== 0x7d) return -1;
  return count === Object.keys(parsed).length ? at + 1 : -1;
}

/** A Feature's geometry is checked for repeated names too; its other members are skipped. */
const featureMembers: Descend = (text, nameAt, nameEnd, at, parent) => {
  const { geometry } = parent;
  if (!isObject(geometry) || !nameIs(text, nameAt, nameEnd, 'geometry')) return undefined;
  // With `geometry` itself repeated, this may be the one JSON.parse dropped: then the counts
  // differ here or in the Feature, and either way the answer is -1.
  return membersEnd(text, at, geometry, geometryMembers);
};

/** A GeometryCollection's geometries are checked for repeated names too. */
const geometryMembers: Descend = (text, nameAt, nameEnd, at, parent) => {
  const { geometries } = parent;
  if (!Array.isArray(geometries) || !nameIs(text, nameAt, nameEnd, 'geometries')) {
    return undefined;
  }
  if (text.charCodeAt(at) !== 0x5b) return -1;
  let next = skipJsonWhitespace(text, at + 1);
  for (let i = 0; text.charCodeAt(next) !== 0x5d; i += 1) {
    const geometry: unknown = geometries[i];
    // Never so after isPlainGeometry; the test tells TypeScript what the value is.
    if (!isObject(geometry)) return -1;
    const end = membersEnd(text, next, geometry, undefined);
    if (end < 0) return -1;
    next = skipJsonWhitespace(text, end);
    if (text.charCodeAt(next) === 0x2c) next = skipJsonWhitespace(text, next + 1);
    else if (text.charCodeAt(next) !== 0x5d) return -1;
  }
  return next + 1;
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
