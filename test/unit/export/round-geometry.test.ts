import fc from 'fast-check';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { roundGeometry } from '../../../src/core/export/round-geometry';
import { polygon } from '../support/polygons';

function decimals(n: number): number {
  const [, fraction = ''] = String(n).split('.');
  return fraction.length;
}

function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

describe('roundGeometry', () => {
  it('rounds to 6 decimals by default, printing no float noise', () => {
    const point = roundGeometry({ type: 'Point', coordinates: [141.63801638016383, -0.0000001] });
    expect(point.coordinates).toEqual([141.638016, 0]);
    expect(JSON.stringify(point.coordinates)).toBe('[141.638016,0]');
    expect(
      roundGeometry({ type: 'Point', coordinates: [1.23456, 7.5, 99.99] }, 1).coordinates,
    ).toEqual([1.2, 7.5, 100]);
  });

  it('drops positions that rounding made repeat, keeping rings closed', () => {
    const input: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1.0000001, 0],
          [1, 1],
          [0, 1],
          [0.0000001, 0.0000001],
        ],
      ],
    };
    expect(roundGeometry(input).coordinates).toEqual([
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ]);
  });

  it('drops holes and polygons that collapse', () => {
    const tiny: Position[] = [
      [5, 5],
      [5.0000001, 5],
      [5, 5.0000001],
      [5, 5],
    ];
    const square: Position[] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square, tiny], [tiny]] };
    expect(roundGeometry(multi).coordinates).toEqual([[square]]);
    expect(roundGeometry<Polygon>({ type: 'Polygon', coordinates: [tiny] }).coordinates).toEqual(
      [],
    );
  });

  it('does not mutate its input', () => {
    const input: Geometry = {
      type: 'LineString',
      coordinates: [
        [0.1234567, 1],
        [2, 3],
      ],
    };
    const copy = structuredClone(input);
    roundGeometry(input);
    expect(input).toEqual(copy);
  });

  it('moves no coordinate more than half a unit of the last place, and is idempotent', () => {
    fc.assert(
      fc.property(polygon, fc.integer({ min: 0, max: 8 }), ({ rings }, places) => {
        const input: Polygon = { type: 'Polygon', coordinates: rings };
        const rounded = roundGeometry(input, places);
        expect(roundGeometry(rounded, places)).toEqual(rounded);
        for (const ring of rounded.coordinates) {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[0]).toEqual(ring[ring.length - 1]);
        }
        for (const value of positionsOf(rounded).flat()) {
          expect(decimals(value)).toBeLessThanOrEqual(places);
        }
        // Each kept position is within 0.5e-places of some input position.
        const originals = positionsOf(input);
        for (const [x = 0, y = 0] of positionsOf(rounded)) {
          const near = originals.some(
            ([ox = 0, oy = 0]) =>
              Math.abs(ox - x) <= 0.5 * 10 ** -places + 1e-9 &&
              Math.abs(oy - y) <= 0.5 * 10 ** -places + 1e-9,
          );
          expect(near).toBe(true);
        }
      }),
    );
  });
});
