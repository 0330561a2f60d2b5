/**
 * The bench's mixed file: N features where the points file puts its points, a third each
 * points, lines and polygons, deterministic for a seed: what a user's export of a layer
 * with everything in it looks like. Reuses points.ts (where) and shapes.ts (polygon rings).
 * Pure.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { generatePoints, mulberry32, type PointOptions } from './points';
import { ring } from './shapes';

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

/** A line of 3 to 6 vertices from [lon, lat], each step 0.5 to 2 km in a wandering heading. */
function line(lon: number, lat: number, random: () => number): Position[] {
  const n = 3 + Math.floor(random() * 4);
  const squeeze = Math.cos((lat * Math.PI) / 180) || 1;
  let heading = random() * 2 * Math.PI;
  let [x, y] = [lon, lat];
  const points: Position[] = [[round5(x), round5(y)]];
  for (let i = 1; i < n; i += 1) {
    heading += (random() - 0.5) * 1.2;
    const step = 0.005 + random() * 0.015;
    x += (step * Math.cos(heading)) / squeeze;
    y += step * Math.sin(heading);
    points.push([round5(x), round5(y)]);
  }
  return points;
}

/** Generates the collection: feature i is a point, a line or a polygon as i mod 3 is 0, 1, 2. */
export function generateMixed(options: PointOptions): FeatureCollection {
  const random = mulberry32(options.seed ^ 0x3a3a);
  const features = generatePoints(options).features.map((point, i): Feature => {
    const [lon = 0, lat = 0] = point.geometry.coordinates;
    const geometry: Geometry =
      i % 3 === 0
        ? point.geometry
        : i % 3 === 1
          ? { type: 'LineString', coordinates: line(lon, lat, random) }
          : { type: 'Polygon', coordinates: [ring(lon, lat, random)] };
    return { ...point, geometry };
  });
  return { type: 'FeatureCollection', features };
}
