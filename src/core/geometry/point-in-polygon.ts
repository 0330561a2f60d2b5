/**
 * Point-in-polygon test on GeoJSON polygon coordinates.
 *
 * Pure. Planar (lon/lat as x/y), which is right for picking an island's polygon from a
 * reference point; not for polygons that cross the antimeridian or enclose a pole.
 */
import type { Position } from 'geojson';

/**
 * Returns whether `point` lies inside `polygon` (GeoJSON Polygon coordinates: an
 * exterior ring, then holes): inside the exterior and outside every hole, by the
 * even-odd rule, whatever the rings' winding. Whether a point exactly on an edge
 * counts as inside is unspecified.
 */
export function pointInPolygon(point: Position, polygon: readonly Position[][]): boolean {
  const [exterior, ...holes] = polygon;
  if (exterior === undefined || !pointInRing(point, exterior)) return false;
  return !holes.some((hole) => pointInRing(point, hole));
}

function pointInRing(point: Position, ring: readonly Position[]): boolean {
  const x = point[0] ?? NaN;
  const y = point[1] ?? NaN;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const a = ring[i];
    const b = ring[j];
    if (a === undefined || b === undefined) continue;
    const [ax = NaN, ay = NaN] = a;
    const [bx = NaN, by = NaN] = b;
    // Count crossings of a ray running east from the point.
    if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
  }
  return inside;
}
