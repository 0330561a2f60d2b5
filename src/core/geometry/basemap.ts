/**
 * Turns a Natural Earth TopoJSON (as world-atlas ships it) into GeoJSON land
 * for the built-in basemap. Pure, so it is tested in Node.
 */
import type { FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
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

/** A basemap level, decoded: land to fill, and coastlines and borders to stroke. */
export interface BasemapLayers {
  land: FeatureCollection<Geometry>;
  coast: MultiLineString;
  borders: MultiLineString;
  /** The box the file covers ([west, south, east, north]), when it says. */
  bbox: [number, number, number, number] | null;
}

/**
 * Decodes a Natural Earth topology into fillable land and strokable lines. Takes
 * world-atlas's files (objects `land` and `countries`: the coast is the land's outline,
 * the borders the arcs two countries share) and ours from scripts/build-basemap.ts
 * (objects `land`, `coast`, `borders`). Lines across the antimeridian are unwrapped like
 * land. Throws an Error saying what is wrong for anything else.
 */
export function decodeBasemapLayers(topology: unknown): BasemapLayers {
  const land = decodeBasemap(topology, 'land');
  const topo = topology as Topology;
  const lines = (name: 'coast' | 'borders'): MultiLineString => {
    const own = topo.objects[name];
    let geometry: MultiLineString;
    if (own) {
      geometry = mesh(topo, own as never);
    } else if (name === 'coast') {
      geometry = mesh(topo, topo.objects.land as never);
    } else if (topo.objects.countries) {
      geometry = mesh(topo, topo.objects.countries as never, (a, b) => a !== b);
    } else {
      geometry = { type: 'MultiLineString', coordinates: [] };
    }
    return { type: 'MultiLineString', coordinates: geometry.coordinates.map(unwrapLine) };
  };
  const box = (topo as { bbox?: unknown }).bbox;
  return {
    land,
    coast: lines('coast'),
    borders: lines('borders'),
    bbox:
      Array.isArray(box) && box.length === 4 && box.every(Number.isFinite)
        ? (box as [number, number, number, number])
        : null,
  };
}

/** Like unwrapRing for an open line: continuous across the antimeridian, its middle within ±180°. */
export function unwrapLine(line: readonly Position[]): Position[] {
  let shift = 0;
  let previous: number | undefined;
  const out: Position[] = [];
  for (const position of line) {
    const lon = position[0] as number;
    if (previous !== undefined) {
      const step = lon + shift - previous;
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    previous = lon + shift;
    out.push(shift === 0 ? position : [lon + shift, ...position.slice(1)]);
  }
  if (out.length === 0) return out;
  const mean = out.reduce((sum, p) => sum + (p[0] as number), 0) / out.length;
  const back = -360 * Math.round(mean / 360);
  return back === 0 ? out : out.map((p) => [(p[0] as number) + back, ...p.slice(1)]);
}
