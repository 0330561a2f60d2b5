/**
 * "Is this spot land?" for the point generator, from Natural Earth's 110m
 * land (world-atlas, already a dependency). `landTest` is pure; `loadLandTest`
 * reads the file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Even–odd rule over all rings of a polygon, so holes (lakes) are not land. */
export function insideRings(lon: number, lat: number, rings: readonly Position[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi, yi] = ring[i] as Position as [number, number];
      const [xj, yj] = ring[j] as Position as [number, number];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) {
        inside = !inside;
      }
    }
  }
  return inside;
}

/** Edges as [x1, y1, x2, y2], filed by the 1° latitude bands they span. */
type Edge = [x1: number, y1: number, x2: number, y2: number];
type Bands = Map<number, Edge[]>;

function bandEdges(rings: readonly Position[][]): Bands {
  const bands: Bands = new Map();
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [x1, y1] = ring[j] as Position as [number, number];
      const [x2, y2] = ring[i] as Position as [number, number];
      for (let b = Math.floor(Math.min(y1, y2)); b <= Math.floor(Math.max(y1, y2)); b += 1) {
        let list = bands.get(b);
        if (!list) bands.set(b, (list = []));
        list.push([x1, y1, x2, y2]);
      }
    }
  }
  return bands;
}

/**
 * A land test for the polygons of a collection (other geometry types are
 * ignored): the even–odd rule of `insideRings`, but only over the edges in
 * the spot's latitude band, which makes it fast enough for 100,000 points.
 */
export function landTest(land: FeatureCollection<Geometry>): (lon: number, lat: number) => boolean {
  const polygons: { bbox: [number, number, number, number]; bands: Bands }[] = [];
  const add = (rings: Position[][]): void => {
    const outer = rings[0];
    if (!outer || outer.length < 4) return;
    const xs = outer.map((p) => p[0] as number);
    const ys = outer.map((p) => p[1] as number);
    polygons.push({
      bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
      bands: bandEdges(rings),
    });
  };
  for (const f of land.features) {
    const g = f.geometry;
    if (g.type === 'Polygon') add(g.coordinates);
    else if (g.type === 'MultiPolygon') g.coordinates.forEach(add);
  }
  return (lon, lat) => {
    for (const { bbox, bands } of polygons) {
      if (lon < bbox[0] || lon > bbox[2] || lat < bbox[1] || lat > bbox[3]) continue;
      let inside = false;
      for (const [x1, y1, x2, y2] of bands.get(Math.floor(lat)) ?? []) {
        if (y2 > lat !== y1 > lat && lon < ((x1 - x2) * (lat - y2)) / (y1 - y2) + x2) {
          inside = !inside;
        }
      }
      if (inside) return true;
    }
    return false;
  };
}

/** The land test for world-atlas's land-110m.json. */
export function loadLandTest(): (lon: number, lat: number) => boolean {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/land-110m.json'), 'utf8'),
  ) as Topology<{ land: GeometryCollection }>;
  const land = feature(topology, topology.objects.land) as FeatureCollection<Geometry>;
  return landTest(land);
}
