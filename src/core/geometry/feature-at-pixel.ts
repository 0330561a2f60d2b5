/**
 * Whether a geometry is under a point of the map, as the map draws it: in Web Mercator
 * world pixels at a zoom, with straight edges between projected vertices. Pure.
 */
import type { Geometry, Position } from 'geojson';
import { worldPixel } from '../render/web-mercator';
import { pointInPolygon } from './point-in-polygon';

export interface PixelHitOptions {
  /** Zoom of the map (fractional allowed): distances are in its pixels. */
  zoom: number;
  /** A line or a point within this many pixels is hit. */
  tolerance: number;
}

/** The squared distance from p to the segment ab. */
function segmentDistance2(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  const x = ax + t * dx - px;
  const y = ay + t * dy - py;
  return x * x + y * y;
}

function nearLine(p: Position, line: readonly Position[], tolerance2: number): boolean {
  if (line.length === 1 && line[0]) return segmentDistance2(p, line[0], line[0]) <= tolerance2;
  for (let i = 1; i < line.length; i += 1) {
    if (segmentDistance2(p, line[i - 1] as Position, line[i] as Position) <= tolerance2)
      return true;
  }
  return false;
}

function geometryHit(geometry: Geometry, p: Position, options: PixelHitOptions): boolean {
  const project = (q: Position): Position => worldPixel(q[0] ?? 0, q[1] ?? 0, options.zoom);
  const tolerance2 = options.tolerance * options.tolerance;
  switch (geometry.type) {
    case 'Point':
      return nearLine(p, [project(geometry.coordinates)], tolerance2);
    case 'MultiPoint':
      return geometry.coordinates.some((q) => nearLine(p, [project(q)], tolerance2));
    case 'LineString':
      return nearLine(p, geometry.coordinates.map(project), tolerance2);
    case 'MultiLineString':
      return geometry.coordinates.some((line) => nearLine(p, line.map(project), tolerance2));
    case 'Polygon':
      return pointInPolygon(
        p,
        geometry.coordinates.map((ring) => ring.map(project)),
      );
    case 'MultiPolygon':
      return geometry.coordinates.some((polygon) =>
        pointInPolygon(
          p,
          polygon.map((ring) => ring.map(project)),
        ),
      );
    case 'GeometryCollection':
      return geometry.geometries.some((g) => geometryHit(g, p, options));
  }
}

/**
 * Whether `geometry` is under [lon, lat]: inside a polygon (even-odd, holes excluded), or
 * within `tolerance` pixels of a line or a point. A shape that runs past ±180° (kept whole,
 * RFC 7946 §3.1.9 notwithstanding) is hit in either world copy, as the tiles draw it.
 */
export function featureAtPixel(
  geometry: Geometry | null,
  [lon, lat]: Position,
  options: PixelHitOptions,
): boolean {
  if (!geometry) return false;
  const west = (((((lon ?? 0) + 180) % 360) + 360) % 360) - 180;
  return [west, west - 360, west + 360].some((x) =>
    geometryHit(geometry, worldPixel(x, lat ?? 0, options.zoom), options),
  );
}
