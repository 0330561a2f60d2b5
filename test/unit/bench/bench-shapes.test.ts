import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../bench/args';
import { quantile } from '../../../bench/pan';
import { generatePolygons } from '../../../bench/shapes';
import { signedArea } from '../../../src/core/geometry/signed-area';

describe('generatePolygons', () => {
  it('is deterministic for a count and seed', () => {
    const one = JSON.stringify(generatePolygons({ count: 300, seed: 7 }));
    expect(JSON.stringify(generatePolygons({ count: 300, seed: 7 }))).toBe(one);
    expect(JSON.stringify(generatePolygons({ count: 300, seed: 8 }))).not.toBe(one);
  });

  it('makes valid, closed, counter-clockwise small polygons with ids and properties', () => {
    const collection = generatePolygons({ count: 1000, seed: 3 });
    expect(() => check(JSON.stringify(collection))).not.toThrow();
    expect(new Set(collection.features.map((f) => f.id)).size).toBe(1000);
    for (const { geometry, properties } of collection.features) {
      const [ring = []] = geometry.coordinates;
      expect(ring.length).toBeGreaterThanOrEqual(5);
      expect(ring[0]).toEqual(ring.at(-1));
      expect(signedArea(ring)).toBeGreaterThan(0);
      const lats = ring.map((p) => p[1] ?? 0);
      expect(Math.max(...lats) - Math.min(...lats)).toBeLessThan(0.07);
      expect(properties).toHaveProperty('name');
    }
  });
});

describe('quantile', () => {
  it('takes the nearest rank, and null for nothing', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(quantile(values, 0.95)).toBe(95);
    expect(quantile(values, 1)).toBe(100);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.95)).toBeNull();
  });
});

describe('the shapes options', () => {
  it('default to 100,000 polygons, 5,000 when quick, and can be skipped', () => {
    expect(parseArgs([]).shapes).toBe(100_000);
    expect(parseArgs(['--quick']).shapes).toBe(5_000);
    expect(parseArgs(['--quick', '--shapes', '200']).shapes).toBe(200);
    expect(parseArgs(['--no-shapes']).skipShapes).toBe(true);
    expect(() => parseArgs(['--shapes', '0'])).toThrow(/--shapes/);
  });
});
