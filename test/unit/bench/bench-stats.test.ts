import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, ratio, summarize } from '../../../bench/stats';

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even one', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
  it('ignores non-finite values and is NaN when none is left', () => {
    expect(median([1, NaN, 3, Infinity])).toBe(2);
    expect(median([])).toBeNaN();
    expect(median([NaN])).toBeNaN();
  });
  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
  it('does not overflow between the largest doubles', () => {
    expect(median([Number.MAX_VALUE, Number.MAX_VALUE])).toBe(Number.MAX_VALUE);
    expect(median([-Number.MAX_VALUE, Number.MAX_VALUE])).toBe(0);
    expect(median([Number.MIN_VALUE, Number.MIN_VALUE])).toBe(Number.MIN_VALUE);
  });

  it('lies between min and max, and as many values are ≤ it as ≥ it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1 }),
        (xs) => {
          const m = median(xs);
          expect(m).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(m).toBeLessThanOrEqual(Math.max(...xs));
          expect(xs.filter((x) => x <= m).length).toBeGreaterThanOrEqual(xs.length / 2);
          expect(xs.filter((x) => x >= m).length).toBeGreaterThanOrEqual(xs.length / 2);
        },
      ),
    );
  });
});

describe('summarize', () => {
  it('gives count, median, min and max of the finite values', () => {
    expect(summarize([5, null, 1, undefined, 3, NaN])).toEqual({ n: 3, median: 3, min: 1, max: 5 });
  });
  it('is null when no run gave a figure', () => {
    expect(summarize([])).toBeNull();
    expect(summarize([null, undefined, NaN])).toBeNull();
  });
});

describe('ratio', () => {
  it('divides', () => {
    expect(ratio(6, 4)).toBe(1.5);
    expect(ratio(0, 4)).toBe(0);
  });
  it('is null for a zero, missing or non-finite denominator or numerator', () => {
    expect(ratio(5, 0)).toBeNull();
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(4, undefined)).toBeNull();
    expect(ratio(NaN, 4)).toBeNull();
    expect(ratio(4, Infinity)).toBeNull();
  });
});
