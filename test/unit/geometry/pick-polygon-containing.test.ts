import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { pickPolygonContaining } from '../../../src/core/geometry/pick-polygon-containing';

const square = (x: number, y: number, size = 1): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('pickPolygonContaining', () => {
  const land: MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: [[square(0, 0)], [square(10, 10, 4), square(11, 11)], [square(20, 0)]],
  };

  it('returns the polygon of a MultiPolygon that contains the point', () => {
    expect(pickPolygonContaining(land, [20.5, 0.5])).toEqual({
      type: 'Polygon',
      coordinates: [square(20, 0)],
    });
    expect(pickPolygonContaining(land, [13, 13])).toEqual({
      type: 'Polygon',
      coordinates: [square(10, 10, 4), square(11, 11)],
    });
  });

  it('returns null in the sea or in a hole', () => {
    expect(pickPolygonContaining(land, [5, 5])).toBeNull();
    expect(pickPolygonContaining(land, [11.5, 11.5])).toBeNull();
  });

  it('accepts a single Polygon', () => {
    const one: Polygon = { type: 'Polygon', coordinates: [square(0, 0)] };
    expect(pickPolygonContaining(one, [0.5, 0.5])).toEqual(one);
    expect(pickPolygonContaining(one, [2, 2])).toBeNull();
  });
});
