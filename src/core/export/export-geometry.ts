/**
 * One geometry written as RFC 7946 wants it, for GeoJSON export.
 *
 * Pure. Rounds like round-geometry.ts (6 decimals, -0 to 0) but keeps every position:
 * roundGeometry drops positions that rounding made repeat, which can shrink a LineString to
 * a single position or drop a ring, and an export must not lose data. Winds rings like
 * rewind.ts, but from an exact area: rewind reverses a zero-area exterior ring on every call,
 * and its floating-point sum can give a nearly flat ring and its reverse the same sign, either
 * of which would make export → parse → export differ.
 */
import type { Geometry } from 'geojson';
import { GEOJSON_TYPES } from '../geojson/describe-json-root';
import { ExportError } from './export-error';
import { findNonFiniteNumber } from '../geojson/find-non-finite-number';
import { JsonMembers } from './format-json';

type Position = number[];
type GeometryType = Geometry['type'];

/** Six decimals of a degree is about 0.1 m (RFC 7946 §11.2: no more precision than the data has). */
const FACTOR = 1e6;
/**
 * Numbers this large are no longer longitudes, latitudes or altitudes in metres, and
 * Math.round(x * 1e6) / 1e6 stops being idempotent near 4e9, so they are kept as they are.
 */
const ROUNDING_LIMIT = 1e9;
const AXES = ['longitude', 'latitude', 'altitude'] as const;
/** RFC 7946 §7.1: these members give an object another meaning, so a geometry must not have them. */
const FORBIDDEN_MEMBERS: readonly string[] = ['geometry', 'properties', 'features'];

/** Where a problem is, for messages: the feature, and the path through GeometryCollections. */
interface Where {
  /** E.g. `Feature 3 (id "iturup")`. */
  feature: string;
  /** 1-based indices of the enclosing GeometryCollections' members, outermost first. */
  nesting: readonly number[];
}

/**
 * `geometry` as RFC 7946 text wants it, as members in writing order: `type` first, then the
 * others in their own order, without `crs`. Positions are cut to [longitude, latitude,
 * altitude] and rounded to 6 decimals; exterior rings are wound counter-clockwise and holes
 * clockwise (rings of zero area are left as they are); a bbox is rounded the same way, which
 * keeps it around the rounded geometry. Foreign members are kept.
 *
 * Throws ExportError, its message starting with `feature`, for anything that cannot be written
 * faithfully: a coordinate that is not a finite number, a malformed geometry (an unknown
 * type, a position of fewer than two numbers, a line of one position, a ring that is not
 * closed or has fewer than four positions) or a member RFC 7946 §7.1 forbids. Empty
 * `coordinates` arrays are kept: RFC 7946 §3.1 allows them. Does not mutate `geometry`.
 */
export function exportGeometry(geometry: unknown, feature: string): JsonMembers {
  return writeGeometry(geometry, { feature, nesting: [] });
}

/** A bbox (RFC 7946 §5) rounded like coordinates; `name` says whose, e.g. "the bbox". */
export function exportBbox(bbox: unknown, feature: string, name: string): number[] {
  if (
    !Array.isArray(bbox) ||
    (bbox.length !== 4 && bbox.length !== 6) ||
    !bbox.every((n) => typeof n === 'number' && Number.isFinite(n))
  ) {
    throw new ExportError(`${feature}: ${name} is not an array of 4 or 6 finite numbers.`);
  }
  return bbox.map(roundCoordinate);
}

function writeGeometry(geometry: unknown, where: Where): JsonMembers {
  const name = where.nesting.length === 0 ? 'the geometry' : nestingName(where.nesting);
  if (!isRecord(geometry)) fail(where, `${name} is not a GeoJSON geometry object`);
  const { type } = geometry;
  if (!isGeometryType(type)) fail(where, `${name} has an unknown type ${quote(type)}`);
  const content = type === 'GeometryCollection' ? 'geometries' : 'coordinates';
  if (!Object.hasOwn(geometry, content)) fail(where, `${name} has no "${content}" member`);

  const members: [string, unknown][] = [['type', type]];
  for (const [key, value] of Object.entries(geometry)) {
    if (key === 'type' || key === 'crs') continue; // RFC 7946 §4: no crs member.
    if (key === content) {
      members.push([
        key,
        type === 'GeometryCollection'
          ? writeGeometries(value, where)
          : writeCoordinates(type, value, where),
      ]);
    } else if (key === 'bbox') {
      members.push([key, exportBbox(value, where.feature, `the bbox of ${name}`)]);
    } else if (FORBIDDEN_MEMBERS.includes(key)) {
      fail(where, `${name} has a member "${key}", which RFC 7946 §7.1 forbids on a geometry`);
    } else {
      const bad = findNonFiniteNumber(value);
      if (bad !== undefined) {
        fail(where, `${name}'s member ${quote(key)} holds ${bad}, which JSON cannot write`);
      }
      members.push([key, value]);
    }
  }
  return new JsonMembers(members);
}

function writeGeometries(geometries: unknown, where: Where): JsonMembers[] {
  if (!Array.isArray(geometries)) {
    fail(where, `the geometries member${within(where)} is not an array`);
  }
  return geometries.map((child: unknown, i) =>
    writeGeometry(child, { ...where, nesting: [...where.nesting, i + 1] }),
  );
}

function writeCoordinates(
  type: Exclude<GeometryType, 'GeometryCollection'>,
  coordinates: unknown,
  where: Where,
): unknown {
  const path = within(where);
  // RFC 7946 §3.1: processors may read an empty coordinates array as a null geometry.
  if (Array.isArray(coordinates) && coordinates.length === 0) return [];
  switch (type) {
    case 'Point':
      return position(coordinates, `the coordinate${path}`, where);
    case 'MultiPoint':
      return positions(coordinates, `the coordinates member${path}`, path, where);
    case 'LineString':
      return line(coordinates, `the line${path}`, path, where);
    case 'MultiLineString':
      return arrayOf(coordinates, `the coordinates member${path}`, 'lines', where).map((item, i) =>
        line(item, `line ${i + 1}${path}`, ` of line ${i + 1}${path}`, where),
      );
    case 'Polygon':
      return polygon(coordinates, `the coordinates member${path}`, path, where);
    case 'MultiPolygon':
      return arrayOf(coordinates, `the coordinates member${path}`, 'polygons', where).map(
        (item, i) => polygon(item, `polygon ${i + 1}${path}`, ` of polygon ${i + 1}${path}`, where),
      );
  }
}

function polygon(value: unknown, name: string, path: string, where: Where): Position[][] {
  const rings = arrayOf(value, name, 'rings', where).map((item, i) =>
    ring(item, `ring ${i + 1}${path}`, ` of ring ${i + 1}${path}`, where),
  );
  return rings.map((ring, index) => {
    const area = twiceSignedArea(ring);
    if (area === 0n) return ring;
    const wantCounterClockwise = index === 0; // RFC 7946 §3.1.6
    return area > 0n === wantCounterClockwise ? ring : [...ring].reverse();
  });
}

function ring(value: unknown, name: string, path: string, where: Where): Position[] {
  const ring = positions(value, name, path, where);
  if (ring.length < 4) {
    fail(where, `${name} has ${count(ring.length)}; a ring needs at least 4`);
  }
  if (!samePosition(ring[0] ?? [], ring[ring.length - 1] ?? [])) {
    fail(where, `${name} is not closed: its first and last coordinates differ`);
  }
  return ring;
}

function line(value: unknown, name: string, path: string, where: Where): Position[] {
  const line = positions(value, name, path, where);
  if (line.length < 2) {
    fail(where, `${name} has ${count(line.length)}; a line needs at least 2`);
  }
  return line;
}

function positions(value: unknown, name: string, path: string, where: Where): Position[] {
  return arrayOf(value, name, 'coordinates', where).map((item, i) =>
    position(item, `coordinate ${i + 1}${path}`, where),
  );
}

function position(value: unknown, name: string, where: Where): Position {
  if (!Array.isArray(value) || value.length < 2) {
    fail(
      where,
      `${name} is not a position [longitude, latitude] or [longitude, latitude, altitude]`,
    );
  }
  // RFC 7946 §3.1.1: positions should have no more than three elements; others are cut.
  return value.slice(0, 3).map((n: unknown, axis) => {
    const axisName = AXES[axis] ?? 'value';
    if (typeof n !== 'number') fail(where, `${name} has a ${axisName} that is not a number`);
    if (!Number.isFinite(n)) {
      fail(where, `${name} is not a finite number (its ${axisName} is ${n})`);
    }
    return roundCoordinate(n);
  });
}

function arrayOf(value: unknown, name: string, items: string, where: Where): unknown[] {
  if (!Array.isArray(value)) fail(where, `${name} is not an array of ${items}`);
  return value;
}

/** Rounded to 6 decimals; `+ 0` turns -0 into 0. */
function roundCoordinate(value: number): number {
  return Math.abs(value) < ROUNDING_LIMIT ? Math.round(value * FACTOR) / FACTOR + 0 : value + 0;
}

/**
 * Twice the planar signed area of a closed ring, positive when counter-clockwise. Exact:
 * rounded coordinates are whole millionths, so it sums integers, and a reversed ring always
 * gets the exact opposite value (a floating-point sum in another order may not).
 */
function twiceSignedArea(ring: readonly Position[]): bigint {
  let sum = 0n;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [ax = 0, ay = 0] = ring[i] ?? [];
    const [bx = 0, by = 0] = ring[i + 1] ?? [];
    sum += millionths(ax) * millionths(by) - millionths(bx) * millionths(ay);
  }
  return sum;
}

function millionths(value: number): bigint {
  return Math.abs(value) < ROUNDING_LIMIT
    ? BigInt(Math.round(value * FACTOR))
    : BigInt(Math.round(value)) * BigInt(FACTOR);
}

function samePosition(a: Position, b: Position): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function fail(where: Where, problem: string): never {
  throw new ExportError(`${where.feature}: ${problem}.`);
}

/** E.g. "geometry 2 of geometry 1": member 2 of the collection that is member 1 of the top one. */
function nestingName(nesting: readonly number[]): string {
  return nesting
    .map((i) => `geometry ${i}`)
    .reverse()
    .join(' of ');
}

function within(where: Where): string {
  return where.nesting.length === 0 ? '' : ` of ${nestingName(where.nesting)}`;
}

function count(n: number): string {
  return n === 1 ? '1 coordinate' : `${n} coordinates`;
}

function quote(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One of the seven geometry types: the GeoJSON types less Feature and FeatureCollection. */
function isGeometryType(value: unknown): value is GeometryType {
  return (
    typeof value === 'string' &&
    GEOJSON_TYPES.has(value) &&
    value !== 'Feature' &&
    value !== 'FeatureCollection'
  );
}
