/**
 * The coordinate checks' shortcut for precision (check-coordinates.ts): `tooPrecise` passes a
 * number without writing it out when it is the double nearest a decimal of at most 6 places;
 * its answer is always `decimals(value) > 6`, the number written out and counted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCoordinates,
  decimals,
  MAX_DECIMALS,
  tooPrecise,
} from '../../../src/core/geojson/check-coordinates';

const slow = (value: number): boolean => decimals(value) > MAX_DECIMALS;

/** Numbers as data has them: a whole number of 10^-places, for places around the limit. */
const decimal = fc
  .tuple(
    fc.integer({ min: -360_000_000_000, max: 360_000_000_000 }),
    fc.integer({ min: 0, max: 9 }),
  )
  .map(([n, places]) => n / 10 ** places);

describe('tooPrecise', () => {
  it('answers as writing the number out does, for any double', () => {
    fc.assert(
      fc.property(fc.double(), (value) => {
        expect(tooPrecise(value)).toBe(slow(value));
      }),
      { numRuns: 20_000 },
    );
  });

  it('answers as writing the number out does, for decimals near the limit and their neighbours', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: -2, max: 2 }), (value, step) => {
        // The doubles next to a short decimal are the ones a rounding shortcut could mistake.
        const next =
          step === 0 ? value : value + step * Number.EPSILON * Math.max(1, Math.abs(value));
        expect(tooPrecise(next)).toBe(slow(next));
      }),
      { numRuns: 20_000 },
    );
  });

  it('keeps the edge cases', () => {
    for (const value of [0, -0, 1e-6, 1e-7, 0.1 + 0.2, 136.906565284712, 1e21, 1.5e300, 5e-324]) {
      expect(tooPrecise(value)).toBe(slow(value));
    }
    expect(tooPrecise(139.69123)).toBe(false);
    expect(tooPrecise(139.6912345)).toBe(true);
  });
});

describe('checkCoordinates', () => {
  it('names the first too precise number with its path, inside collections too', () => {
    const findings = checkCoordinates({
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [1.5, 2.5] },
        {
          type: 'LineString',
          coordinates: [
            [1, 2],
            [3, 4.12345678],
            [5.123456789, 6],
          ],
        },
      ],
    });
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: ['geometries', 1, 'coordinates', 1, 1],
      }),
    ]);
  });
});
