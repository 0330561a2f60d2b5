import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metresPerPixel, roundDown125, scaleBar } from '../../../src/core/geometry/scale-bar';

describe('metresPerPixel', () => {
  it('is 156 543 m at the equator at zoom 0 and halves per zoom and at 60°', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(156_543.03, 1);
    expect(metresPerPixel(0, 1)).toBeCloseTo(78_271.52, 1);
    expect(metresPerPixel(60, 0)).toBeCloseTo(78_271.52, 1);
  });
});

describe('roundDown125', () => {
  it.each([
    [1, 1],
    [1.9, 1],
    [2, 2],
    [4.99, 2],
    [5, 5],
    [9.99, 5],
    [10, 10],
    [7643, 5000],
    [0.034, 0.02],
  ])('%f → %f', (value, expected) => {
    expect(roundDown125(value)).toBeCloseTo(expected, 12);
  });
});

describe('scaleBar', () => {
  it('at the equator, zoom 0, 100 px: 10 000 km and 5000 mi', () => {
    const bar = scaleBar(0, 0, 100)!;
    expect(bar.metric.label).toBe('10000 km');
    expect(bar.metric.pixels).toBeCloseTo(63.88, 2);
    expect(bar.imperial.label).toBe('5000 mi');
    expect(bar.imperial.pixels).toBeCloseTo((5000 * 1609.344) / 156_543.034, 2);
  });

  it('at 60°N, zoom 10, 100 px: 5 km and 2 mi', () => {
    const bar = scaleBar(60, 10, 100)!;
    expect(bar.metric.label).toBe('5 km');
    expect(bar.metric.pixels).toBeCloseTo(65.41, 2);
    expect(bar.imperial.label).toBe('2 mi');
    expect(bar.imperial.pixels).toBeCloseTo(42.11, 2);
  });

  it('at 45°N (the Kurils), zoom 7, 120 px: 50 km and 20 mi', () => {
    const bar = scaleBar(45, 7, 120)!;
    // 120 px × 864.7 m = 103.8 km; 64.5 mi.
    expect(bar.metric.label).toBe('100 km');
    expect(bar.imperial.label).toBe('50 mi');
  });

  it('switches to metres and feet when a kilometre or a mile does not fit', () => {
    const bar = scaleBar(35, 16, 100)!;
    // 100 px × 1.957 m = 195.7 m; 642 ft.
    expect(bar.metric.label).toBe('100 m');
    expect(bar.imperial.label).toBe('500 ft');
  });

  it('at 80°S, zoom 3, 150 px', () => {
    const bar = scaleBar(-80, 3, 150)!;
    // 150 × 156543 × cos 80° / 8 = 509.7 km; 316.7 mi.
    expect(bar.metric.label).toBe('500 km');
    expect(bar.imperial.label).toBe('200 mi');
  });

  it('refuses non-finite input and no room', () => {
    expect(scaleBar(Number.NaN, 3, 100)).toBeNull();
    expect(scaleBar(0, Number.POSITIVE_INFINITY, 100)).toBeNull();
    expect(scaleBar(0, 3, 0)).toBeNull();
  });

  it('always fits, fills more than 40% of the room and says a 1-2-5 number', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -85, max: 85, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 20, max: 600, noNaN: true }),
        (lat, zoom, max) => {
          const bar = scaleBar(lat, zoom, max)!;
          for (const part of [bar.metric, bar.imperial]) {
            expect(part.pixels).toBeLessThanOrEqual(max * (1 + 1e-9));
            // Rounding down to 1-2-5 loses at most 60% (5 → 9.99…; 2 → 4.99…).
            expect(part.pixels).toBeGreaterThan(max * 0.4 - 1e-9);
            const leading = part.value / 10 ** Math.floor(Math.log10(part.value) + 1e-12);
            expect([1, 2, 5].some((d) => Math.abs(leading - d) < 1e-9)).toBe(true);
            expect(part.label).toBe(`${part.value} ${part.unit}`);
          }
        },
      ),
    );
  });
});
