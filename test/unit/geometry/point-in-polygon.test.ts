import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { pointInPolygon } from '../../../src/core/geometry/point-in-polygon';
import { polygon } from '../support/polygons';

const square: Position[] = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
  [0, 0],
];
const hole: Position[] = [
  [4, 4],
  [4, 6],
  [6, 6],
  [6, 4],
  [4, 4],
];

describe('pointInPolygon', () => {
  it('is true inside the exterior and false outside it or inside a hole', () => {
    expect(pointInPolygon([1, 1], [square])).toBe(true);
    expect(pointInPolygon([11, 1], [square])).toBe(false);
    expect(pointInPolygon([-1, 5], [square])).toBe(false);
    expect(pointInPolygon([5, 5], [square, hole])).toBe(false);
    expect(pointInPolygon([3, 5], [square, hole])).toBe(true);
  });

  it('does not depend on winding', () => {
    expect(pointInPolygon([1, 1], [[...square].reverse()])).toBe(true);
  });

  it('is false for an empty polygon or a NaN point', () => {
    expect(pointInPolygon([0, 0], [])).toBe(false);
    expect(pointInPolygon([NaN, 5], [square])).toBe(false);
  });

  it('contains the centre of a star-shaped polygon (outside its holes) and no far point', () => {
    fc.assert(
      fc.property(polygon, ({ center, rings }) => {
        const [exterior = []] = rings;
        expect(pointInPolygon(center, [exterior])).toBe(true);
        expect(pointInPolygon(center, rings)).toBe(rings.length === 1);
        expect(pointInPolygon([(center[0] ?? 0) + 6, center[1] ?? 0], rings)).toBe(false);
      }),
    );
  });
});
