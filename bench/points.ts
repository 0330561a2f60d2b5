/**
 * A generated big GeoJSON file for the bench: N points, deterministic for a
 * seed, spread the way real data is (clustered round the world's big cities,
 * with a thinner scatter across the land), each with a few properties. Pure:
 * whether a spot is land is a predicate the caller passes (see land.ts).
 */
import type { Feature, FeatureCollection, Point } from 'geojson';

/** mulberry32: a small, fast, seedable PRNG giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Hub {
  name: string;
  lon: number;
  lat: number;
  /** Relative share of the points (roughly the metro population in millions). */
  weight: number;
}

/** Big cities on every inhabited continent, and the article's own region. */
export const HUBS: readonly Hub[] = [
  { name: 'Tokyo', lon: 139.69, lat: 35.69, weight: 37 },
  { name: 'Delhi', lon: 77.21, lat: 28.61, weight: 30 },
  { name: 'Shanghai', lon: 121.47, lat: 31.23, weight: 27 },
  { name: 'São Paulo', lon: -46.63, lat: -23.55, weight: 22 },
  { name: 'Mexico City', lon: -99.13, lat: 19.43, weight: 22 },
  { name: 'Cairo', lon: 31.24, lat: 30.04, weight: 21 },
  { name: 'Dhaka', lon: 90.41, lat: 23.81, weight: 21 },
  { name: 'Mumbai', lon: 72.88, lat: 19.08, weight: 20 },
  { name: 'Beijing', lon: 116.41, lat: 39.9, weight: 20 },
  { name: 'Osaka', lon: 135.5, lat: 34.69, weight: 19 },
  { name: 'New York', lon: -74.01, lat: 40.71, weight: 19 },
  { name: 'Karachi', lon: 67.01, lat: 24.86, weight: 16 },
  { name: 'Buenos Aires', lon: -58.38, lat: -34.6, weight: 15 },
  { name: 'Istanbul', lon: 28.98, lat: 41.01, weight: 15 },
  { name: 'Kolkata', lon: 88.36, lat: 22.57, weight: 15 },
  { name: 'Manila', lon: 120.98, lat: 14.6, weight: 14 },
  { name: 'Lagos', lon: 3.38, lat: 6.52, weight: 14 },
  { name: 'Kinshasa', lon: 15.27, lat: -4.44, weight: 14 },
  { name: 'Rio de Janeiro', lon: -43.17, lat: -22.91, weight: 13 },
  { name: 'Guangzhou', lon: 113.26, lat: 23.13, weight: 13 },
  { name: 'Los Angeles', lon: -118.24, lat: 34.05, weight: 12 },
  { name: 'Moscow', lon: 37.62, lat: 55.76, weight: 12 },
  { name: 'Lahore', lon: 74.36, lat: 31.52, weight: 12 },
  { name: 'Bangalore', lon: 77.59, lat: 12.97, weight: 12 },
  { name: 'Paris', lon: 2.35, lat: 48.86, weight: 11 },
  { name: 'Bogotá', lon: -74.07, lat: 4.71, weight: 11 },
  { name: 'Jakarta', lon: 106.85, lat: -6.21, weight: 11 },
  { name: 'Lima', lon: -77.04, lat: -12.05, weight: 11 },
  { name: 'Bangkok', lon: 100.5, lat: 13.76, weight: 10 },
  { name: 'Seoul', lon: 126.98, lat: 37.57, weight: 10 },
  { name: 'Nagoya', lon: 136.91, lat: 35.18, weight: 9 },
  { name: 'London', lon: -0.13, lat: 51.51, weight: 9 },
  { name: 'Tehran', lon: 51.39, lat: 35.69, weight: 9 },
  { name: 'Chicago', lon: -87.63, lat: 41.88, weight: 9 },
  { name: 'Ho Chi Minh City', lon: 106.7, lat: 10.78, weight: 9 },
  { name: 'Luanda', lon: 13.23, lat: -8.84, weight: 8 },
  { name: 'Kuala Lumpur', lon: 101.69, lat: 3.14, weight: 8 },
  { name: 'Riyadh', lon: 46.68, lat: 24.71, weight: 7 },
  { name: 'Santiago', lon: -70.67, lat: -33.45, weight: 7 },
  { name: 'Madrid', lon: -3.7, lat: 40.42, weight: 7 },
  { name: 'Toronto', lon: -79.38, lat: 43.65, weight: 6 },
  { name: 'Johannesburg', lon: 28.05, lat: -26.2, weight: 6 },
  { name: 'Nairobi', lon: 36.82, lat: -1.29, weight: 5 },
  { name: 'Addis Ababa', lon: 38.75, lat: 9.03, weight: 5 },
  { name: 'Saint Petersburg', lon: 30.34, lat: 59.93, weight: 5 },
  { name: 'Sydney', lon: 151.21, lat: -33.87, weight: 5 },
  { name: 'Melbourne', lon: 144.96, lat: -37.81, weight: 5 },
  { name: 'Berlin', lon: 13.4, lat: 52.52, weight: 4 },
  { name: 'Casablanca', lon: -7.59, lat: 33.57, weight: 4 },
  { name: 'Dakar', lon: -17.47, lat: 14.72, weight: 3 },
  { name: 'Denver', lon: -104.99, lat: 39.74, weight: 3 },
  { name: 'Sapporo', lon: 141.35, lat: 43.06, weight: 2.5 },
  { name: 'Novosibirsk', lon: 82.92, lat: 55.03, weight: 2 },
  { name: 'Yekaterinburg', lon: 60.6, lat: 56.84, weight: 2 },
  { name: 'Perth', lon: 115.86, lat: -31.95, weight: 2 },
  { name: 'Vladivostok', lon: 131.89, lat: 43.12, weight: 1 },
  { name: 'Yuzhno-Sakhalinsk', lon: 142.74, lat: 46.96, weight: 0.5 },
  { name: 'Anchorage', lon: -149.9, lat: 61.22, weight: 0.4 },
];

export const CATEGORIES = [
  'school',
  'clinic',
  'market',
  'station',
  'park',
  'library',
  'museum',
  'office',
] as const;

export interface PointOptions {
  count: number;
  seed: number;
  /** Whether a spot is land; points are redrawn (up to a limit) until it is. */
  isLand?: (lon: number, lat: number) => boolean;
}

/** Share of points scattered over the land at large rather than round a city. */
const SCATTER = 0.15;
/** Share of city points close in (a few km to tens of km) rather than in the city's region. */
const CLOSE = 0.6;
const TRIES = 40;

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;
const wrapLon = (lon: number): number => ((((lon + 180) % 360) + 360) % 360) - 180;

/** Generates the collection: the same `count` and `seed` always give the same file. */
export function generatePoints({
  count,
  seed,
  isLand = () => true,
}: PointOptions): FeatureCollection<Point> {
  const random = mulberry32(seed);
  const totalWeight = HUBS.reduce((sum, h) => sum + h.weight, 0);
  const pickHub = (): Hub => {
    let r = random() * totalWeight;
    for (const hub of HUBS) {
      r -= hub.weight;
      if (r < 0) return hub;
    }
    return HUBS[HUBS.length - 1] as Hub;
  };
  // Box–Muller: one standard normal deviate.
  const normal = (): number => {
    const u = 1 - random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const accept = (lon: number, lat: number): boolean =>
    Math.abs(lat) <= 85 && isLand(wrapLon(lon), lat);

  const features: Feature<Point>[] = [];
  for (let i = 0; i < count; i += 1) {
    const hub = pickHub();
    let lon = hub.lon;
    let lat = hub.lat;
    const scatter = random() < SCATTER;
    const spread = random() < CLOSE ? 0.25 : 2.5;
    for (let t = 0; t < TRIES; t += 1) {
      const candidate: [number, number] = scatter
        ? [random() * 360 - 180, random() * 130 - 55]
        : [
            hub.lon + (normal() * spread) / Math.cos((hub.lat * Math.PI) / 180),
            hub.lat + normal() * spread,
          ];
      if (accept(candidate[0], candidate[1])) {
        [lon, lat] = candidate;
        break;
      }
    }
    const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)] as string;
    features.push({
      type: 'Feature',
      id: i + 1,
      properties: {
        name: `${hub.name} ${category} ${i + 1}`,
        category,
        year: 1950 + Math.floor(random() * 75),
      },
      geometry: { type: 'Point', coordinates: [round5(wrapLon(lon)), round5(lat)] },
    });
  }
  return { type: 'FeatureCollection', features };
}
