import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipLine, clipRing, type Box } from '../../../src/core/geometry/clip-to-bbox';

const BOX: Box = [0, 0, 10, 10];
const inBox = ([x, y]: number[]) =>
  x! >= -1e-9 && x! <= 10 + 1e-9 && y! >= -1e-9 && y! <= 10 + 1e-9;

describe('clipRing', () => {
  it('cuts a square half outside to the half inside', () => {
    const ring = [
      [5, 2],
      [15, 2],
      [15, 8],
      [5, 8],
      [5, 2],
    ];
    const out = clipRing(ring, BOX)!;
    expect(out[0]).toEqual(out[out.length - 1]);
    expect(out.every(inBox)).toBe(true);
    const xs = out.map((p) => p[0]!);
    expect(Math.max(...xs)).toBe(10);
    expect(Math.min(...xs)).toBe(5);
  });
  it('drops a ring entirely outside and keeps one entirely inside', () => {
    expect(
      clipRing(
        [
          [20, 20],
          [30, 20],
          [30, 30],
          [20, 20],
        ],
        BOX,
      ),
    ).toBeNull();
    const inside = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ];
    expect(clipRing(inside, BOX)).toEqual(inside);
  });
  it('always returns closed rings inside the box (property)', () => {
    const pt = fc.tuple(
      fc.double({ min: -20, max: 30, noNaN: true }),
      fc.double({ min: -20, max: 30, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(pt, { minLength: 3, maxLength: 12 }), (pts) => {
        const ring = [...pts, pts[0]!];
        const out = clipRing(ring, BOX);
        if (out) {
          expect(out.every(inBox)).toBe(true);
          expect(out[0]).toEqual(out[out.length - 1]);
        }
      }),
    );
  });
});

describe('clipLine', () => {
  it('splits a line that leaves and re-enters the box', () => {
    const pieces = clipLine(
      [
        [1, 5],
        [15, 5],
        [15, 6],
        [1, 6],
      ],
      BOX,
    );
    expect(pieces).toEqual([
      [
        [1, 5],
        [10, 5],
      ],
      [
        [10, 6],
        [1, 6],
      ],
    ]);
  });
  it('keeps every piece inside the box (property)', () => {
    const pt = fc.tuple(
      fc.double({ min: -20, max: 30, noNaN: true }),
      fc.double({ min: -20, max: 30, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(pt, { minLength: 2, maxLength: 12 }), (line) => {
        for (const piece of clipLine(line, BOX)) {
          expect(piece.length).toBeGreaterThanOrEqual(2);
          expect(piece.every(inBox)).toBe(true);
        }
      }),
    );
  });
});
