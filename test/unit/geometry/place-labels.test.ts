import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  labelRect,
  placeLabels,
  type LabelRequest,
  type LabelSide,
} from '../../../src/core/geometry/place-labels';

const SIDES: LabelSide[] = ['right', 'left', 'top', 'bottom'];

function request(id: string, x: number, y: number, sides = SIDES): LabelRequest {
  return { id, x, y, width: 60, height: 16, gap: 8, sides };
}

describe('placeLabels', () => {
  it('puts a lone label on its first side', () => {
    expect(placeLabels([request('a', 100, 100)]).get('a')).toBe('right');
  });

  it('moves a second label to a free side instead of overlapping', () => {
    const sides = placeLabels([request('a', 100, 100), request('b', 110, 100)]);
    expect(sides.get('a')).toBe('right');
    expect(sides.get('b')).not.toBe('right');
    expect(sides.get('b')).not.toBeNull();
  });

  it('hides a label that has no free side', () => {
    const sides = placeLabels([
      request('a', 100, 100, ['center']),
      request('b', 101, 101, ['center']),
    ]);
    expect(sides.get('a')).toBe('center');
    expect(sides.get('b')).toBeNull();
  });

  it('keeps labels off obstacles and inside the view', () => {
    const obstacle = { x: 105, y: 90, width: 20, height: 20 };
    const view = { x: 0, y: 0, width: 300, height: 300 };
    const sides = placeLabels([request('a', 100, 100), request('b', 280, 100)], [obstacle], view);
    expect(sides.get('a')).toBe('left');
    expect(sides.get('b')).toBe('left');
  });

  it('never lets two shown labels overlap (property)', () => {
    const arbitraryRequest = fc.record({
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 400 }),
      width: fc.integer({ min: 1, max: 120 }),
      height: fc.integer({ min: 1, max: 30 }),
      gap: fc.integer({ min: 0, max: 12 }),
      sides: fc.subarray<LabelSide>(['right', 'left', 'top', 'bottom', 'center'], { minLength: 1 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryRequest, { maxLength: 25 }), (raw) => {
        const requests = raw.map((r, i) => ({ ...r, id: String(i) }));
        const sides = placeLabels(requests);
        const shown = requests.flatMap((r) => {
          const side = sides.get(r.id);
          return side ? [labelRect(r, side)] : [];
        });
        for (let i = 0; i < shown.length; i++) {
          for (let j = i + 1; j < shown.length; j++) {
            const a = shown[i]!;
            const b = shown[j]!;
            const apart =
              a.x + a.width <= b.x ||
              b.x + b.width <= a.x ||
              a.y + a.height <= b.y ||
              b.y + b.height <= a.y;
            expect(apart).toBe(true);
          }
        }
        // The first label always gets its first side.
        if (requests[0]) expect(sides.get('0')).toBe(requests[0].sides[0]);
      }),
    );
  });
});
