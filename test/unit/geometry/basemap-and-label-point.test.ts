import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { decodeBasemap, decodeBasemapLayers, unwrapRing } from '../../../src/core/geometry/basemap';
import { labelPoint } from '../../../src/core/geometry/label-point';
describe('labelPoint', () => {
  it('is the point itself for a Point', () => {
    expect(labelPoint({ type: 'Point', coordinates: [37.6, 55.7] })).toEqual([37.6, 55.7]);
  });
  it('is the area-weighted centroid of the parts of a MultiPolygon', () => {
    const small = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const big = [
      [10, 10],
      [14, 10],
      [14, 14],
      [10, 14],
      [10, 10],
    ];
    // Areas 1 and 16, centroids (0.5, 0.5) and (12, 12).
    const point = labelPoint({ type: 'MultiPolygon', coordinates: [[small], [big]] });
    expect(point?.[0]).toBeCloseTo((0.5 + 16 * 12) / 17);
    expect(point?.[1]).toBeCloseTo((0.5 + 16 * 12) / 17);
    const square = labelPoint({ type: 'Polygon', coordinates: [big] });
    expect(square?.[0]).toBeCloseTo(12);
  });
  it('is null for empty geometry', () => {
    expect(labelPoint({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
    expect(labelPoint({ type: 'GeometryCollection', geometries: [] })).toBeNull();
  });
});

describe('decodeBasemap', () => {
  it('decodes Natural Earth land from world-atlas', () => {
    const topology = JSON.parse(
      readFileSync('node_modules/world-atlas/land-110m.json', 'utf8'),
    ) as unknown;
    const land = decodeBasemap(topology);
    expect(land.type).toBe('FeatureCollection');
    expect(land.features.length).toBeGreaterThan(0);
    expect(land.features[0]?.geometry.type).toBe('MultiPolygon');
  });
  it('says what is wrong with a file that is not such a topology', () => {
    expect(() => decodeBasemap({ type: 'FeatureCollection' })).toThrow(/not TopoJSON/);
    expect(() => decodeBasemap(null)).toThrow(/not TopoJSON/);
    expect(() => decodeBasemap({ type: 'Topology', objects: {}, arcs: [] })).toThrow(
      /no "land" layer/,
    );
  });
});

describe('unwrapRing', () => {
  it('makes a ring across the antimeridian continuous', () => {
    const ring = [
      [179, 65],
      [-179, 65],
      [-179, 66],
      [179, 66],
      [179, 65],
    ];
    expect(unwrapRing(ring)).toEqual([
      [179, 65],
      [181, 65],
      [181, 66],
      [179, 66],
      [179, 65],
    ]);
  });
  it('keeps a ring that starts past the antimeridian in the main world', () => {
    const ring = [
      [-170, 65],
      [170, 65],
      [100, 60],
      [170, 66],
      [-170, 66],
      [-170, 65],
    ];
    const out = unwrapRing(ring);
    expect(out.map((p) => p[0])).toEqual([190, 170, 100, 170, 190, 190]);
  });

  it('leaves a ring round a pole, and an ordinary ring, as they are', () => {
    const pole = [
      [-180, -80],
      [0, -80],
      [180, -80],
      [180, -90],
      [-180, -90],
      [-180, -80],
    ];
    expect(unwrapRing(pole)).toBe(pole);
    const plain = [
      [10, 10],
      [11, 10],
      [11, 11],
      [10, 10],
    ];
    expect(unwrapRing(plain)).toBe(plain);
  });
  it('leaves no step over 180° in any ring of Natural Earth land', () => {
    const topology = JSON.parse(
      readFileSync('node_modules/world-atlas/land-50m.json', 'utf8'),
    ) as unknown;
    let jumps = 0;
    let eurasia = false;
    for (const f of decodeBasemap(topology).features) {
      if (f.geometry.type !== 'MultiPolygon') continue;
      for (const polygon of f.geometry.coordinates) {
        for (const ring of polygon) {
          const closesRoundPole = ring.some((p) => (p[1] as number) < -84);
          if (closesRoundPole) continue;
          // Moscow is on land, in the main world copy (not at −322°).
          if (ring.length > 1000 && ring.some((p) => Math.abs((p[0] as number) - 37.6) < 1)) {
            eurasia = true;
          }
          for (let i = 1; i < ring.length; i++) {
            if (Math.abs((ring[i]?.[0] as number) - (ring[i - 1]?.[0] as number)) > 180) jumps++;
          }
        }
      }
    }
    expect(jumps).toBe(0);
    expect(eurasia).toBe(true);
  });
});

describe('decodeBasemapLayers', () => {
  it('gives land, coasts and borders from world-atlas, with no line jumping across the map', () => {
    const topology = JSON.parse(
      readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'),
    ) as unknown;
    const layers = decodeBasemapLayers(topology);
    expect(layers.land.features.length).toBeGreaterThan(0);
    expect(layers.coast.coordinates.length).toBeGreaterThan(50);
    expect(layers.borders.coordinates.length).toBeGreaterThan(50);
    for (const line of [...layers.coast.coordinates, ...layers.borders.coordinates]) {
      for (let i = 1; i < line.length; i++) {
        expect(Math.abs((line[i]![0] as number) - (line[i - 1]![0] as number))).toBeLessThan(180);
      }
    }
  });

  it('reads the story’s 1:10m detail file: its box, and no border line round the disputed islands', () => {
    const topology = JSON.parse(
      readFileSync('geodata/kurils-2019/basemap/ne-10m-detail.json', 'utf8'),
    ) as unknown;
    const layers = decodeBasemapLayers(topology);
    // The places' extent (Moscow to the southern Kurils, Osaka to Moscow) plus 3 degrees each side.
    const [w, so, e, n] = layers.bbox as number[];
    expect(w).toBeCloseTo(37.61556 - 3, 4);
    // The east edge is the disputed group's (Natural Earth: 148.856212°E).
    expect(e).toBeCloseTo(148.856212 + 3, 4);
    expect(so).toBeCloseTo(34.69374 - 3, 4);
    expect(n).toBeCloseTo(55.75222 + 3, 4);
    expect(layers.coast.coordinates.length).toBeGreaterThan(10);
    // Kunashir and Iturup (145.4–148.9°E, 43.5–45.6°N) have coastline but no border.
    const near = (p: Position) =>
      (p[0] as number) > 145.4 &&
      (p[0] as number) < 148.9 &&
      (p[1] as number) > 43.6 &&
      (p[1] as number) < 45.6;
    expect(layers.coast.coordinates.some((l) => l.some(near))).toBe(true);
    expect(layers.borders.coordinates.some((l) => l.some(near))).toBe(false);
  });
});
