import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  crosses,
  placeLabelsWithLeaders,
  type LabelRequest,
  type LabelSide,
  type Rect,
} from '../../../src/core/geometry/place-labels';

const SIDES: LabelSide[] = ['right', 'left', 'top', 'bottom'];
const MAX = 48;

function request(id: string, x: number, y: number, sides = SIDES): LabelRequest {
  return { id, x, y, width: 60, height: 16, gap: 8, sides };
}

/** Distance from a point to the nearest point of a box (0 inside). */
function distance(rect: Rect, x: number, y: number): number {
  const dx = Math.max(rect.x - x, 0, x - (rect.x + rect.width));
  const dy = Math.max(rect.y - y, 0, y - (rect.y + rect.height));
  return Math.hypot(dx, dy);
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('placeLabelsWithLeaders', () => {
  it('keeps a label with room beside its anchor, without a leader', () => {
    const placed = placeLabelsWithLeaders([request('a', 100, 100)]).get('a')!;
    expect(placed.side).toBe('right');
    expect(placed.leader).toBe(false);
    expect(placed.offset).toEqual([38, 0]);
  });

  it('moves a label with no free side and gives it a leader to the anchor', () => {
    const placed = placeLabelsWithLeaders([
      request('a', 100, 100, ['center']),
      request('b', 101, 101, ['center']),
    ]);
    expect(placed.get('a')!.leader).toBe(false);
    const b = placed.get('b')!;
    expect(b.leader).toBe(true);
    expect(distance(b.rect, 101, 101)).toBeLessThanOrEqual(8 + MAX);
    // The leader ends on the label's box.
    expect(distance(b.rect, ...b.leaderEnd)).toBe(0);
  });

  it('hides a label only when nothing within the distance is free', () => {
    const wall = { x: 0, y: 0, width: 400, height: 400 };
    const placed = placeLabelsWithLeaders([request('a', 200, 200)], [wall]);
    expect(placed.get('a')).toBeNull();
  });

  it('never lets a moved label displace one that had room', () => {
    const placed = placeLabelsWithLeaders([
      request('crowded', 100, 100, ['center']),
      request('blocked', 100, 100, ['center']),
      request('later', 200, 100, ['right']),
    ]);
    expect(placed.get('later')!.leader).toBe(false);
    expect(placed.get('later')!.side).toBe('right');
  });

  it('three cities a few pixels apart (world zoom) all get labels near them', () => {
    const cities = [
      request('tokyo', 300, 150),
      request('nagoya', 292, 152),
      request('osaka', 288, 153),
    ];
    const placed = placeLabelsWithLeaders(cities, [], { x: 0, y: 0, width: 600, height: 300 });
    for (const city of cities) {
      const p = placed.get(city.id)!;
      expect(p).not.toBeNull();
      expect(distance(p.rect, city.x, city.y)).toBeLessThanOrEqual(city.gap + MAX);
    }
  });

  it('every label is within its gap of its anchor, or within gap + max with a leader; none overlap', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 0, max: 400 }),
            y: fc.integer({ min: 0, max: 300 }),
            width: fc.integer({ min: 10, max: 120 }),
            height: fc.integer({ min: 10, max: 20 }),
            gap: fc.integer({ min: 0, max: 12 }),
          }),
          { maxLength: 25 },
        ),
        (boxes) => {
          const requests = boxes.map((b, i) => ({ ...b, id: String(i), sides: SIDES }));
          const placed = placeLabelsWithLeaders(requests, [], {
            x: 0,
            y: 0,
            width: 400,
            height: 300,
          });
          const rects: Rect[] = [];
          for (const r of requests) {
            const p = placed.get(r.id);
            if (!p) continue;
            const d = distance(p.rect, r.x, r.y);
            if (p.leader) expect(d).toBeLessThanOrEqual(Math.SQRT2 * (r.gap + MAX) + 1e-6);
            else expect(d).toBeLessThanOrEqual(r.gap + 1e-6);
            for (const other of rects) expect(overlaps(p.rect, other)).toBe(false);
            rects.push(p.rect);
          }
        },
      ),
    );
  });
});

describe('leader lines', () => {
  it('never run through another label unless there was no other spot (marked crossing)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 200 }) }),
          { maxLength: 20 },
        ),
        (points) => {
          const requests = points.map((p, i) => ({
            ...p,
            id: String(i),
            width: 50,
            height: 14,
            gap: 6,
            sides: SIDES,
          }));
          const placed = placeLabelsWithLeaders(requests);
          const rects = [...placed.values()].flatMap((p) => (p ? [p.rect] : []));
          for (const r of requests) {
            const p = placed.get(r.id);
            if (!p?.leader || p.crossing) continue;
            for (const other of rects) {
              if (other === p.rect) continue;
              const under =
                r.x >= other.x &&
                r.x <= other.x + other.width &&
                r.y >= other.y &&
                r.y <= other.y + other.height;
              if (under) continue;
              expect(crosses(other, r.x, r.y, ...p.leaderEnd)).toBe(false);
            }
          }
        },
      ),
    );
  });

  it('crosses() tells a segment through a box from one that passes by or touches it', () => {
    const box = { x: 10, y: 10, width: 10, height: 10 };
    expect(crosses(box, 0, 15, 30, 15)).toBe(true);
    expect(crosses(box, 0, 0, 30, 5)).toBe(false);
    expect(crosses(box, 0, 15, 10, 15)).toBe(false);
  });
});
