/**
 * Tiling and hit-testing (issue 15, 2): the features the tiles find under a point are the
 * ones a brute-force search over every feature finds, on random files of overlapping
 * polygons (some with holes, some multipolygons), lines and multipoints spread over
 * several tiles, clicked anywhere, tile edges included.
 */
import fc from 'fast-check';
import type { Feature, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { pointInPolygon } from '../../../src/core/geometry/point-in-polygon';
import { forEachPackedFeature } from '../../../src/core/tiles/pack-tile';
import { defaultShapeTileOptions } from '../../../src/core/tiles/shape-tile-options';
import { createShapeTiles } from '../../../src/core/tiles/shape-tiles';
import { starRing } from '../support/polygons';

const { maxZoom, hitTolerance } = defaultShapeTileOptions;
// About 4 × 3 tiles at zoom 14 (a tile there is 0.022° wide).
const BOX = { west: 10, south: 50, east: 10.09, north: 50.04 };

const lonLat = fc.tuple(
  fc.double({ min: BOX.west, max: BOX.east, noNaN: true }),
  fc.double({ min: BOX.south, max: BOX.north, noNaN: true }),
);
const ring = (size: number) => lonLat.chain((center) => starRing(center, size / 10, size));

const geometry: fc.Arbitrary<Geometry> = fc.oneof(
  ring(0.03).map((outer): Geometry => ({ type: 'Polygon', coordinates: [outer] })),
  // A polygon with a hole of the same centre (a star's centre is inside it).
  lonLat
    .chain((c) => fc.tuple(starRing(c, 0.01, 0.02), starRing(c, 0.001, 0.004)))
    .map(([outer, hole]): Geometry => ({ type: 'Polygon', coordinates: [outer, hole] })),
  fc
    .array(ring(0.01), { minLength: 2, maxLength: 3 })
    .map((rings): Geometry => ({ type: 'MultiPolygon', coordinates: rings.map((r) => [r]) })),
  fc
    .array(lonLat, { minLength: 2, maxLength: 6 })
    .map((line): Geometry => ({ type: 'LineString', coordinates: line })),
  fc
    .array(lonLat, { minLength: 1, maxLength: 5 })
    .map((points): Geometry => ({ type: 'MultiPoint', coordinates: points })),
);

const file = fc.array(
  geometry.map((g): Feature => ({ type: 'Feature', properties: {}, geometry: g })),
  { minLength: 1, maxLength: 25 },
);

/** Web Mercator world pixels, written out here rather than imported. */
function pixel([lon = 0, lat = 0]: Position, zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return [((lon + 180) / 360) * size, (0.5 - y / (2 * Math.PI)) * size];
}

/** The distance from p to the segment ab, by cases rather than by a clamped projection. */
function segmentDistance(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  if ((px - ax) * (bx - ax) + (py - ay) * (by - ay) <= 0) return Math.hypot(px - ax, py - ay);
  if ((px - bx) * (ax - bx) + (py - by) * (ay - by) <= 0) return Math.hypot(px - bx, py - by);
  return Math.abs((bx - ax) * (py - ay) - (by - ay) * (px - ax)) / Math.hypot(bx - ax, by - ay);
}

/** The brute force: every feature, its geometry projected and tested directly. */
function bruteForce(features: Feature[], point: Position, zoom: number): number[] {
  const p = pixel(point, zoom);
  const proj = (q: Position) => pixel(q, zoom);
  const hit = (g: Geometry): boolean => {
    switch (g.type) {
      case 'Polygon':
        return pointInPolygon(
          p,
          g.coordinates.map((r) => r.map(proj)),
        );
      case 'MultiPolygon':
        return g.coordinates.some((poly) =>
          pointInPolygon(
            p,
            poly.map((r) => r.map(proj)),
          ),
        );
      case 'LineString':
        return g.coordinates.some(
          (q, i) =>
            i > 0 && segmentDistance(p, proj(g.coordinates[i - 1] ?? q), proj(q)) <= hitTolerance,
        );
      case 'MultiPoint':
        return g.coordinates.some(
          (q) => Math.hypot(proj(q)[0] - p[0], proj(q)[1] - p[1]) <= hitTolerance,
        );
      default:
        throw new Error(g.type);
    }
  };
  return features.flatMap((f, i) => (f.geometry && hit(f.geometry) ? [i] : []));
}

const indices = (features: Feature[]) => features.map((_, i) => i);

describe('createShapeTiles: hit-testing', () => {
  it('finds under a click at the deepest zoom exactly what a search of every feature finds', () => {
    fc.assert(
      fc.property(
        file,
        fc.array(lonLat, { minLength: 1, maxLength: 20 }),
        fc.double({ min: maxZoom - 0.5, max: maxZoom + 0.49, noNaN: true }),
        (features, clicks, zoom) => {
          const tiles = createShapeTiles(features, indices(features));
          for (const [lon = 0, lat = 0] of clicks) {
            expect(tiles.hit(lon, lat, zoom), `${lon},${lat} at ${zoom}`).toEqual(
              bruteForce(features, [lon, lat], zoom),
            );
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds no feature a search of every feature does not, at any zoom', () => {
    fc.assert(
      fc.property(
        file,
        lonLat,
        fc.double({ min: 2, max: 16, noNaN: true }),
        (features, [lon = 0, lat = 0], zoom) => {
          const found = createShapeTiles(features, indices(features)).hit(lon, lat, zoom);
          const all = bruteForce(features, [lon, lat], zoom);
          expect(found.filter((i) => !all.includes(i))).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('hits a polygon that runs past 180° from either side of the antimeridian', () => {
    const across: Feature = {
      type: 'Feature',
      properties: { name: 'across' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [179, -17],
            [181, -17],
            [181, -16],
            [179, -16],
            [179, -17],
          ],
        ],
      },
    };
    const tiles = createShapeTiles([across], [0]);
    expect(tiles.hit(179.5, -16.5, 6)).toEqual([0]);
    expect(tiles.hit(-179.5, -16.5, 6)).toEqual([0]);
    expect(tiles.hit(-178.5, -16.5, 6)).toEqual([]);
  });

  it('keeps only the features it was given, under their index in the file', () => {
    const square = (lon: number): Feature => ({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [lon, 0],
            [lon + 1, 0],
            [lon + 1, 1],
            [lon, 1],
            [lon, 0],
          ],
        ],
      },
    });
    const features = [square(0), square(0), square(0)];
    const tiles = createShapeTiles(features, [0, 2]);
    expect(tiles.hit(0.5, 0.5, 5)).toEqual([0, 2]);
    const ids: number[] = [];
    forEachPackedFeature(tiles.tile(0, 0, 0) as Int32Array, (_kind, id) => ids.push(id));
    expect(ids).toEqual([0, 2]);
    expect(tiles.tile(5, 0, 0)).toBeNull();
    // Rows off the world are empty; columns wrap round it.
    expect([tiles.tile(1, 0, -1), tiles.tile(1, 0, 2)]).toEqual([null, null]);
    expect(tiles.tile(1, 3, 0)).toEqual(tiles.tile(1, 1, 0));
  });
});
