/**
 * Where to anchor a place's label: the point itself; for a polygon the
 * centroid of its outer ring; for a multipolygon the area-weighted centroid of
 * its parts (an island with islets: its main island's middle; a group of
 * islands: the middle of the group, between its large islands). Pure.
 */
import type { Geometry, Position } from 'geojson';

/** Signed area (shoelace, in degrees²) and centroid of one closed ring. */
function ringCentroid(ring: readonly Position[]): { area: number; x: number; y: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    const cross = (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
    area += cross;
    x += ((a[0] as number) + (b[0] as number)) * cross;
    y += ((a[1] as number) + (b[1] as number)) * cross;
  }
  if (area === 0) {
    // Degenerate ring: fall back to its first vertex.
    const first = ring[0] ?? [0, 0];
    return { area: 0, x: first[0] as number, y: first[1] as number };
  }
  return { area: area / 2, x: x / (3 * area), y: y / (3 * area) };
}

/** The [lon, lat] to anchor a label for `geometry`, or null for an empty one. */
export function labelPoint(geometry: Geometry): [number, number] | null {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates[0] as number, geometry.coordinates[1] as number];
    case 'MultiPoint':
    case 'LineString': {
      const first = geometry.coordinates[Math.floor(geometry.coordinates.length / 2)];
      return first ? [first[0] as number, first[1] as number] : null;
    }
    case 'MultiLineString':
      return labelPoint({ type: 'LineString', coordinates: geometry.coordinates.flat() });
    case 'Polygon':
    case 'MultiPolygon': {
      const rings =
        geometry.type === 'Polygon'
          ? geometry.coordinates.slice(0, 1)
          : geometry.coordinates.map((polygon) => polygon[0] ?? []);
      let area = 0;
      let x = 0;
      let y = 0;
      for (const ring of rings) {
        if (ring.length < 3) continue;
        const c = ringCentroid(ring);
        const weight = Math.abs(c.area);
        area += weight;
        x += c.x * weight;
        y += c.y * weight;
      }
      if (area > 0) return [x / area, y / area];
      const first = rings.find((ring) => ring.length > 0)?.[0];
      return first ? [first[0] as number, first[1] as number] : null;
    }
    case 'GeometryCollection': {
      for (const part of geometry.geometries) {
        const point = labelPoint(part);
        if (point) return point;
      }
      return null;
    }
  }
}
