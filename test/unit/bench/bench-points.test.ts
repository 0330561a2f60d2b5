import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { insideRings, landTest, loadLandTest } from '../../../bench/land';
import { CATEGORIES, generatePoints, HUBS, mulberry32 } from '../../../bench/points';

describe('mulberry32', () => {
  it('repeats for a seed, differs between seeds, and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generatePoints', () => {
  it('is deterministic for a count and seed', () => {
    const one = JSON.stringify(generatePoints({ count: 500, seed: 7 }));
    expect(JSON.stringify(generatePoints({ count: 500, seed: 7 }))).toBe(one);
    expect(JSON.stringify(generatePoints({ count: 500, seed: 8 }))).not.toBe(one);
  });

  it('makes valid point features with ids and a few properties', () => {
    const { type, features } = generatePoints({ count: 2000, seed: 1 });
    expect(type).toBe('FeatureCollection');
    expect(features).toHaveLength(2000);
    expect(new Set(features.map((f) => f.id)).size).toBe(2000);
    for (const f of features) {
      const [lon, lat, ...rest] = f.geometry.coordinates as number[];
      expect(rest).toEqual([]);
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThan(180);
      expect(Math.abs(lat as number)).toBeLessThanOrEqual(85);
      expect(Object.keys(f.properties ?? {}).sort()).toEqual(['category', 'name', 'year']);
      expect(CATEGORIES).toContain(f.properties?.category);
    }
  });

  it('clusters round the cities: most points are within a few degrees of one', () => {
    const { features } = generatePoints({ count: 2000, seed: 3 });
    const nearHub = features.filter(
      ({
        geometry: {
          coordinates: [lon, lat],
        },
      }) => HUBS.some((h) => Math.hypot((lon as number) - h.lon, (lat as number) - h.lat) < 6),
    );
    expect(nearHub.length / features.length).toBeGreaterThan(0.7);
  });

  it('keeps to the land it is given, or else to its city', () => {
    // Land in 1°-wide stripes: a try falls in the sea half the time.
    const striped = (lon: number): boolean => Math.floor(lon) % 2 === 0;
    const { features } = generatePoints({ count: 2000, seed: 5, isLand: striped });
    const atHub = (lon: number, lat: number): boolean =>
      HUBS.some((h) => Math.abs(h.lon - lon) < 1e-9 && Math.abs(h.lat - lat) < 1e-9);
    for (const f of features) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(striped(lon) || atHub(lon, lat)).toBe(true);
    }
    // Forty tries almost always find land.
    const stranded = features.filter((f) => !striped(f.geometry.coordinates[0] as number));
    expect(stranded.length).toBeLessThan(5);
  });
});

const square = (w: number, s: number, e: number, n: number): number[][] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

describe('land tests', () => {
  const island: Feature<Polygon> = {
    type: 'Feature',
    properties: {},
    // A 10° square with a 2° lake in the middle.
    geometry: { type: 'Polygon', coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)] },
  };
  const land: FeatureCollection<Polygon> = { type: 'FeatureCollection', features: [island] };

  it('counts a lake as water', () => {
    const isLand = landTest(land);
    expect(isLand(2, 2)).toBe(true);
    expect(isLand(5, 5)).toBe(false);
    expect(isLand(12, 5)).toBe(false);
    expect(isLand(5, -0.5)).toBe(false);
  });

  it('agrees with the plain even–odd rule everywhere', () => {
    const isLand = landTest(land);
    const random = mulberry32(9);
    for (let i = 0; i < 5000; i += 1) {
      const lon = random() * 14 - 2;
      const lat = random() * 14 - 2;
      expect(isLand(lon, lat)).toBe(insideRings(lon, lat, island.geometry.coordinates));
    }
  });

  it('knows Natural Earth’s land from its seas', () => {
    const isLand = loadLandTest();
    expect(isLand(37.62, 55.76)).toBe(true); // Moscow
    expect(isLand(139.69, 36.2)).toBe(true); // Honshu
    expect(isLand(-30, 30)).toBe(false); // mid-Atlantic
    expect(isLand(150, 45)).toBe(false); // the Pacific east of the Kurils
  });
});
