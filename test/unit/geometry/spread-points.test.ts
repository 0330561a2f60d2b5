import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadPoints } from '../../../src/core/geometry/spread-points';

describe('spreadPoints', () => {
  it('leaves points that do not overlap where they are', () => {
    const { points, groups } = spreadPoints([
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 100, y: 0 },
    ]);
    expect(groups).toEqual([]);
    expect(points.map((p) => [p.id, p.x, p.y, p.moved])).toEqual([
      ['a', 0, 0, false],
      ['b', 100, 0, false],
    ]);
  });

  it('spreads three cities a few pixels apart so each is clear of the others, east staying east', () => {
    // Tokyo, Nagoya and Osaka at zoom 2, in pixels.
    const { points } = spreadPoints(
      [
        { id: 'tokyo', x: 909.4, y: 403.2 },
        { id: 'nagoya', x: 901.5, y: 404.7 },
        { id: 'osaka', x: 897.4, y: 406.1 },
      ],
      { minDistance: 18 },
    );
    expect(points.every((p) => p.moved)).toBe(true);
    for (const a of points) {
      for (const b of points) {
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(18 - 1e-6);
      }
    }
    const x = Object.fromEntries(points.map((p) => [p.id, p.x]));
    expect(x.tokyo).toBeGreaterThan(x.osaka!);
  });

  it('spreads points at the very same spot', () => {
    const { points } = spreadPoints([
      { id: 'a', x: 5, y: 5 },
      { id: 'b', x: 5, y: 5 },
    ]);
    expect(Math.hypot(points[0]!.x - points[1]!.x, points[0]!.y - points[1]!.y)).toBeCloseTo(18);
  });

  it('groups more points than it may spread, with their ids for a count', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, x: 50 + i, y: 50 }));
    const { points, groups } = spreadPoints(many, { maxSpread: 8 });
    expect(points).toEqual([]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.ids).toHaveLength(12);
  });

  it('keeps every point, spread within its group, and moves none that stood alone', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ x: fc.integer({ min: 0, max: 200 }), y: fc.integer({ min: 0, max: 200 }) }),
          {
            maxLength: 30,
          },
        ),
        (xy) => {
          const input = xy.map((p, i) => ({ ...p, id: String(i) }));
          const { points, groups } = spreadPoints(input);
          const ids = [...points.map((p) => p.id), ...groups.flatMap((g) => g.ids)].sort();
          expect(ids).toEqual(input.map((p) => p.id).sort());
          for (const p of points) {
            const alone = input.every(
              (q) => q.id === p.id || Math.hypot(q.x - p.trueX, q.y - p.trueY) >= 18,
            );
            if (alone) expect(p.moved).toBe(false);
          }
        },
      ),
    );
  });
});
