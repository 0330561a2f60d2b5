/**
 * The extent of an article's places: the box around every coordinate, widened by a
 * margin and kept inside the world. Used to pick the basemap's detail region and the
 * claim lines that concern an article. Pure.
 */
import type { Geometry, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Extent = [number, number, number, number];

/** Every position of a geometry, in order. */
export function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positions);
  }
}

/**
 * The box around every position of `geometries`, each side moved out by `margin` degrees
 * and clamped to [-180, 180] × [-90, 90]; null when there is no finite position. Does
 * not handle boxes across the antimeridian (none of the articles' places cross it).
 */
export function extentOf(geometries: readonly Geometry[], margin = 0): Extent | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of geometries.flatMap(positions)) {
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
  }
  if (w > e) return null;
  return [
    Math.max(-180, w - margin),
    Math.max(-90, s - margin),
    Math.min(180, e + margin),
    Math.min(90, n + margin),
  ];
}

/** True when two extents overlap (touching counts). */
export function extentsMeet(a: Extent, b: Extent): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
