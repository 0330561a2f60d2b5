/**
 * The bench's shapes file: N small polygons, deterministic for a seed, where the points
 * file puts its points (round the world's big cities, over the land): a building or a
 * parcel layer's worth of small outlines, each with the point's properties. Pure.
 */
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { generatePoints, mulberry32, type PointOptions } from './points';

/** Radius range of a polygon, in degrees of latitude (about 0.5 to 3 km). */
const MIN_RADIUS = 0.005;
const MAX_RADIUS = 0.03;

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

/** A closed star-shaped ring of 4 to 8 vertices round [lon, lat], counter-clockwise. */
export function ring(lon: number, lat: number, random: () => number): Position[] {
  const n = 4 + Math.floor(random() * 5);
  const radius = MIN_RADIUS + random() * (MAX_RADIUS - MIN_RADIUS);
  const squeeze = Math.cos((lat * Math.PI) / 180) || 1;
  const start = random() * 2 * Math.PI;
  const points: Position[] = [];
  for (let i = 0; i < n; i += 1) {
    // Evenly spread angles, each jittered within its slot: the ring stays simple.
    const angle = start + ((i + 0.2 + random() * 0.6) * 2 * Math.PI) / n;
    const r = radius * (0.6 + random() * 0.4);
    points.push([round5(lon + (r * Math.cos(angle)) / squeeze), round5(lat + r * Math.sin(angle))]);
  }
  return [...points, points[0] as Position];
}

/** Generates the collection: the same `count` and `seed` always give the same file. */
export function generatePolygons(options: PointOptions): FeatureCollection<Polygon> {
  const random = mulberry32(options.seed ^ 0x5eed);
  const features = generatePoints(options).features.map((point): Feature<Polygon> => {
    const [lon = 0, lat = 0] = point.geometry.coordinates;
    return {
      type: 'Feature',
      ...(point.id === undefined ? {} : { id: point.id }),
      properties: point.properties,
      geometry: { type: 'Polygon', coordinates: [ring(lon, lat, random)] },
    };
  });
  return { type: 'FeatureCollection', features };
}
