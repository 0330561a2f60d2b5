/**
 * The coordinate checks check-geojson lacks: finite numbers, latitude and longitude ranges
 * (with antimeridian-crossing shapes allowed), and excess precision.
 *
 * The antimeridian rule. RFC 7946 §3.1.9 asks for shapes that cross the antimeridian to be
 * cut in two, and §4 puts longitude in −180…180. Much real data instead runs on past 180
 * (Chukotka to 190, Fiji from 177 to 182) so the shape stays whole, and Leaflet draws it
 * correctly. So: a geometry whose longitudes lie on both sides of ±180 (some within
 * −180…180, some beyond) and all within −360…360, spanning less than 360°, crosses the
 * antimeridian; its longitudes past ±180 get one warning and it is kept. Any other
 * longitude outside −180…180 is an error (typically 0…360 data or swapped coordinates), as
 * is any latitude outside −90…90 and any number that is not finite; these leave the feature
 * out, because a map cannot place it.
 */
import type { Geometry, Position } from 'geojson';
import type { JsonPath } from './locate-json-path';
import { phrase, type Phrase } from '../i18n/phrase';
import { andMore, type GeometryFinding } from './problem';

/** RFC 7946 §11.2: 6 decimals of a degree are about 10 cm, finer than most data means. */
export const MAX_DECIMALS = 6;

const AXES = [phrase('axis.longitude'), phrase('axis.latitude'), phrase('axis.altitude')];

interface Tally {
  first: { value: number; path: JsonPath } | undefined;
  count: number;
}

/**
 * Checks every position of `geometry` (inside GeometryCollections too). `spell` gives the
 * number as written in the file for messages (`1e400` rather than `Infinity`); by default
 * the number itself. At most one finding per kind, naming the first offender and counting
 * the rest. Expects a structurally valid geometry (check-geojson passed it).
 */
export function checkCoordinates(
  geometry: Geometry,
  spell: (value: number, path: JsonPath) => string = (value) => String(value),
): GeometryFinding[] {
  const nonFinite = tally();
  const latitude = tally();
  const longitude = tally();
  const precise = tally();
  let west = Infinity;
  let east = -Infinity;
  let beyond360 = false;

  // The walk keeps one path, changed in place, and copies it only for a finding: a path per
  // position made a large file's check spend its time collecting garbage.
  const path: (string | number)[] = [];
  const at = (axis: number): JsonPath => [...path, axis];
  walkPositions(geometry, path, (position) => {
    for (let axis = 0; axis < position.length; axis += 1) {
      const value = position[axis] as number;
      if (!Number.isFinite(value)) note(nonFinite, value, at(axis));
    }
    const [lon = 0, lat = 0] = position;
    if (Number.isFinite(lat) && Math.abs(lat) > 90) note(latitude, lat, at(1));
    if (Number.isFinite(lon)) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      if (Math.abs(lon) > 180) note(longitude, lon, at(0));
      if (Math.abs(lon) > 360) beyond360 = true;
    }
    if (precise.first === undefined) {
      if (tooPrecise(lon)) note(precise, lon, at(0));
      else if (tooPrecise(lat)) note(precise, lat, at(1));
    }
  });

  const findings: GeometryFinding[] = [];
  if (nonFinite.first) {
    const { value, path } = nonFinite.first;
    const axis = AXES[Number(path[path.length - 1])] ?? phrase('axis.coordinate');
    const said = phrase('check.notFinite', { axis, value: spell(value, path) });
    findings.push({ severity: 'error', phrase: andMore(said, nonFinite.count), path });
  }
  if (latitude.first) {
    const { value, path } = latitude.first;
    const said = phrase('check.latitudeRange', { value: spell(value, path) });
    findings.push({ severity: 'error', phrase: andMore(said, latitude.count), path });
  }
  if (longitude.first) {
    const { value, path } = longitude.first;
    const crosses = !beyond360 && east - west < 360 && crossesAntimeridian(west, east);
    if (crosses) {
      const furthest = Math.abs(east) > Math.abs(west) ? east : west;
      const said = phrase('check.antimeridian', { furthest: String(furthest) });
      findings.push({ severity: 'warning', phrase: said, path });
    } else {
      const said = andMore(
        phrase('check.longitudeRange', { value: spell(value, path) }),
        longitude.count,
      );
      const hinted: Phrase =
        west >= 0 && east <= 360 ? phrase('check.longitude360', { message: said }) : said;
      findings.push({ severity: 'error', phrase: hinted, path });
    }
  }
  if (precise.first) {
    const { value, path } = precise.first;
    const said = phrase('check.precision', { max: MAX_DECIMALS, value: spell(value, path) });
    findings.push({ severity: 'warning', phrase: said, path });
  }
  return findings;
}

/** Whether longitudes from `west` to `east` run past one edge of −180…180 from inside it. */
function crossesAntimeridian(west: number, east: number): boolean {
  return (
    (east > 180 && west >= -180 && west <= 180) || (west < -180 && east >= -180 && east <= 180)
  );
}

function tally(): Tally {
  return { first: undefined, count: 0 };
}

function note(t: Tally, value: number, path: JsonPath): void {
  t.count += 1;
  t.first ??= { value, path };
}

/** 10 to the MAX_DECIMALS: a number with no more decimals is a whole number of these parts. */
const PARTS = 10 ** MAX_DECIMALS;

/**
 * Whether `value` has more than MAX_DECIMALS decimal places as JavaScript writes it, as
 * `decimals(value) > MAX_DECIMALS`. Writing each number out is most of the time a large
 * file's coordinate check takes, so a number that is the double nearest a decimal of at most
 * MAX_DECIMALS places (k / 10^6 is correctly rounded, so it is exactly that double) is
 * passed without: its shortest form has no more places. Anything else is written out.
 */
export function tooPrecise(value: number): boolean {
  if (Math.round(value * PARTS) / PARTS === value) return false;
  return decimals(value) > MAX_DECIMALS;
}

/** Decimal places of `value` as JavaScript writes it (its shortest round-trip form). */
export function decimals(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const match = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) return 0;
  return Math.max(0, (match[1]?.length ?? 0) - Number(match[2] ?? 0));
}

/**
 * Calls `visit` with each position of `geometry`, with `path` (from the geometry object)
 * leading to it: the same array each time, changed in place, so a visitor that keeps a
 * path copies it. Anything that is not an array where a position or a list should be is
 * skipped.
 */
function walkPositions(
  geometry: Geometry,
  path: (string | number)[],
  visit: (position: Position) => void,
): void {
  const walk = (coordinates: unknown, depth: number): void => {
    if (!Array.isArray(coordinates)) return;
    if (depth === 0) {
      visit(coordinates as Position);
      return;
    }
    const at = path.length;
    for (let i = 0; i < coordinates.length; i += 1) {
      path[at] = i;
      walk(coordinates[i], depth - 1);
    }
    path.length = at;
  };
  const within = (coordinates: unknown, depth: number): void => {
    path.push('coordinates');
    walk(coordinates, depth);
    path.pop();
  };
  switch (geometry.type) {
    case 'Point':
      return within(geometry.coordinates, 0);
    case 'MultiPoint':
    case 'LineString':
      return within(geometry.coordinates, 1);
    case 'MultiLineString':
    case 'Polygon':
      return within(geometry.coordinates, 2);
    case 'MultiPolygon':
      return within(geometry.coordinates, 3);
    case 'GeometryCollection':
      geometry.geometries.forEach((child, i) => {
        path.push('geometries', i);
        walkPositions(child, path, visit);
        path.length -= 2;
      });
  }
}

/** Calls `visit` with each position of `geometry` and its path from the geometry object. */
export function forEachPosition(
  geometry: Geometry,
  base: JsonPath,
  visit: (position: Position, path: JsonPath) => void,
): void {
  const path = [...base];
  walkPositions(geometry, path, (position) => visit(position, [...path]));
}
