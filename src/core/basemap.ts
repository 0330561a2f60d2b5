/**
 * Turns a Natural Earth TopoJSON (as world-atlas ships it) into GeoJSON land
 * for the built-in basemap. Pure, so it is tested in Node.
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/**
 * Decodes object `name` of a TopoJSON topology into a FeatureCollection.
 * Throws a plain Error (with the reason) when the input is not such a topology;
 * the caller shows the message and keeps the map usable without a basemap.
 */
export function decodeBasemap(topology: unknown, name = 'land'): FeatureCollection<Geometry> {
  if (
    typeof topology !== 'object' ||
    topology === null ||
    (topology as { type?: unknown }).type !== 'Topology'
  ) {
    throw new Error('The basemap file is not TopoJSON.');
  }
  const objects = (topology as Topology).objects;
  const object = objects[name];
  if (!object) throw new Error(`The basemap has no "${name}" layer.`);
  const decoded = feature(topology as Topology, object);
  const features = decoded.type === 'FeatureCollection' ? decoded.features : [decoded];
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({ ...f, geometry: unwrapGeometry(f.geometry) })),
  };
}

/**
 * Makes a ring that crosses the antimeridian continuous (Chukotka at 190°E
 * rather than −170°E). Drawn flat, a ring that jumps from 180° to −180° paints
 * a band across the whole map. A ring that circles a pole (Antarctica) does not
 * close when unwrapped, and is left as it was.
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  let shift = 0;
  let crossed = false;
  const out: Position[] = [];
  let previous: number | undefined;
  for (const position of ring) {
    const lon = position[0] as number;
    if (previous !== undefined) {
      const step = lon + shift - previous;
      if (step > 180) {
        shift -= 360;
        crossed = true;
      } else if (step < -180) {
        shift += 360;
        crossed = true;
      }
    }
    previous = lon + shift;
    out.push(shift === 0 ? position : [lon + shift, ...position.slice(1)]);
  }
  if (!crossed) return ring as Position[];
  const first = out[0];
  const last = out[out.length - 1];
  if (!first || !last || first[0] !== last[0]) return ring as Position[];
  // Unwrapping follows the ring from its first vertex, so a ring that starts
  // past the antimeridian lands a world away: bring its middle back to ±180.
  const mean = out.reduce((sum, p) => sum + (p[0] as number), 0) / out.length;
  const back = -360 * Math.round(mean / 360);
  return back === 0 ? out : out.map((p) => [(p[0] as number) + back, ...p.slice(1)]);
}

function unwrapGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
    case 'MultiPolygon':
      return {
        ...geometry,
        coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)),
      };
    default:
      return geometry;
  }
}
