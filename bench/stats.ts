/**
 * Small statistics for the bench: medians, ranges and ratios of per-run
 * numbers. Pure, so it is tested in Node (test/unit/bench/bench-stats.test.ts).
 */

export interface Summary {
  /** How many finite values were summarized. */
  n: number;
  median: number;
  min: number;
  max: number;
}

/** The median of the finite values (mean of the middle two for an even count); NaN when none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = Math.floor(n / 2);
  const upper = sorted[mid] as number;
  return n % 2 === 1 ? upper : midpoint(sorted[mid - 1] as number, upper);
}

/**
 * Halfway from `a` to `b` (a ≤ b) without overflow: `(a + b) / 2` is Infinity for two
 * doubles near the largest (a fast-check run found it), `a / 2 + b / 2` rounds two of the
 * smallest down to 0. Same signs cannot overflow a difference; opposite signs not a sum.
 */
function midpoint(a: number, b: number): number {
  const m = Math.sign(a) === Math.sign(b) ? a + (b - a) / 2 : (a + b) / 2;
  return Math.min(b, Math.max(a, m));
}

/** Median, min and max of the finite values; null when there are none (e.g. every run failed). */
export function summarize(values: readonly (number | null | undefined)[]): Summary | null {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0) return null;
  return {
    n: finite.length,
    median: median(finite),
    min: Math.min(...finite),
    max: Math.max(...finite),
  };
}

/**
 * `a / b`, or null when it means nothing: a missing value, or a zero or
 * non-finite denominator (a baseline with no long task at all).
 */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (typeof a !== 'number' || typeof b !== 'number') return null;
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return a / b;
}
