import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signedArea } from '../../../src/core/geometry/signed-area';
import { starRing } from '../support/polygons';

describe('signedArea', () => {
  const square = [
    [0, 0],
    [2, 0],
    [2, 2],
    [0, 2],
    [0, 0],
  ];

  it('is positive counter-clockwise, negative clockwise', () => {
    expect(signedArea(square)).toBe(4);
    expect(signedArea([...square].reverse())).toBe(-4);
  });

  it('does not care whether the ring repeats its first position', () => {
    expect(signedArea(square.slice(0, 4))).toBe(4);
  });

  it('is 0 for degenerate rings', () => {
    expect(signedArea([])).toBe(0);
    expect(signedArea([[1, 1]])).toBe(0);
    expect(
      signedArea([
        [0, 0],
        [1, 1],
        [2, 2],
        [0, 0],
      ]),
    ).toBe(0);
  });

  it('is positive for any ring with increasing angles and flips sign when reversed', () => {
    fc.assert(
      fc.property(starRing([10, 20], 0.5, 3), (ring) => {
        expect(signedArea(ring)).toBeGreaterThan(0);
        expect(signedArea([...ring].reverse())).toBeCloseTo(-signedArea(ring), 9);
      }),
    );
  });
});
