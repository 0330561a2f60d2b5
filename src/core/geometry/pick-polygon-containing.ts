/**
 * Picking one polygon out of a (multi)polygon by a point inside it.
 *
 * Pure. Used to cut one island out of Natural Earth's land, which world-atlas ships as
 * a single MultiPolygon of thousands of polygons, given a reference point on the island.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { pointInPolygon } from './point-in-polygon';

/**
 * Returns the first polygon of `geometry` that contains `point` (inside its exterior,
 * outside its holes) as a new Polygon, or `null` if none does. Does not copy, rewind or
 * round the rings; a point on an edge may or may not count.
 */
export function pickPolygonContaining(
  geometry: Polygon | MultiPolygon,
  point: Position,
): Polygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const found = polygons.find((rings) => pointInPolygon(point, rings));
  return found === undefined ? null : { type: 'Polygon', coordinates: found };
}
