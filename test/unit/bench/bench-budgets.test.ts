import { describe, expect, it } from 'vitest';
import {
  BUDGETS,
  checkBudgets,
  KB,
  MB,
  type BudgetInput,
  type CaseFigures,
} from '../../../bench/budgets';

const figures = (over: Partial<CaseFigures>): CaseFigures => ({
  count: 100_000,
  appTimeMs: 1000,
  appWorstTaskMs: 40,
  appPeakHeapBytes: 100 * MB,
  // Two frames at 60 Hz: the 33 ms of the budget.
  appPanP95Ms: 33.34,
  peerTimeMs: {},
  ...over,
});

/** Every figure exactly at its limit (or just within a strict one). */
const within: BudgetInput = {
  load: {
    app: { placesMs: 300, fcpMs: 200, blockingMs: 50 },
    baseline: { placesMs: 300, fcpMs: 200, blockingMs: 100 },
  },
  firstViewJsCssGzip: 55 * KB,
  cases: {
    points: figures({ appTimeMs: 1000, peerTimeMs: { markercluster: 3000, naive: 9000 } }),
    bigPoints: figures({ count: 1_000_000, appTimeMs: 10_000, appWorstTaskMs: 50 }),
    shapes: figures({ appTimeMs: 2000, peerTimeMs: { vectorgrid: 2000 } }),
    mixed: figures({ count: 500_000, appTimeMs: 15_000, appPeakHeapBytes: 150 * MB - 1 }),
  },
};

const verdicts = (input: BudgetInput): string[] => checkBudgets(input).map((b) => b.verdict);
const withCase = (key: keyof BudgetInput['cases'], over: Partial<CaseFigures>): BudgetInput => ({
  ...within,
  cases: { ...within.cases, [key]: { ...within.cases[key], ...over } },
});
const withLoad = (app: Partial<BudgetInput['load']['app']>): BudgetInput => ({
  ...within,
  load: { ...within.load, app: { ...within.load.app, ...app } },
});

describe('checkBudgets', () => {
  it('checks the eleven budgets of issue 15, each passing at exactly its limit', () => {
    expect(verdicts(within)).toEqual(Array(11).fill('PASS'));
  });

  it('reports each budget over on its own', () => {
    const over: [number, BudgetInput][] = [
      [0, withLoad({ placesMs: 301 })],
      [1, withLoad({ fcpMs: 201 })],
      [2, { ...within, firstViewJsCssGzip: 55 * KB + 1 }],
      [3, withLoad({ blockingMs: 51 })],
      [4, withCase('bigPoints', { appTimeMs: 10_001 })],
      [5, withCase('bigPoints', { appWorstTaskMs: 51 })],
      [6, withCase('mixed', { appTimeMs: 15_001 })],
      [7, withCase('mixed', { appPeakHeapBytes: 150 * MB })],
      [8, withCase('shapes', { appPanP95Ms: 33.5 })],
      [9, withCase('points', { peerTimeMs: { markercluster: 2999 } })],
      [10, withCase('shapes', { appTimeMs: 2001 })],
    ];
    for (const [index, input] of over) {
      const v = verdicts(input);
      expect(v[index], `budget ${index}`).toBe('OVER');
      expect(v.filter((x) => x === 'OVER')).toHaveLength(1);
    }
  });

  it('names the case over in the heap and frame budgets', () => {
    const heap = checkBudgets(withCase('bigPoints', { appPeakHeapBytes: 200 * MB }))[7];
    expect(heap?.actual).toContain('big points 200.0 MB');
    const pan = checkBudgets(withCase('points', { appPanP95Ms: 50 }))[8];
    expect(pan?.actual).toContain('points 50 ms');
  });

  it('says N/A, with the reason, for what could not be measured or was not run', () => {
    const checks = checkBudgets({
      ...within,
      firstViewJsCssGzip: null,
      cases: {
        points: figures({ peerTimeMs: {} }),
        bigPoints: figures({
          count: 1_000_000,
          appTimeMs: null,
          appWorstTaskMs: null,
          appPeakHeapBytes: null,
          appPanP95Ms: null,
          appUnavailable: 'app: timed out: no data-rendered mark within 60 s',
        }),
      },
    });
    expect(checks.map((c) => c.verdict)).toEqual([
      'PASS',
      'PASS',
      'N/A',
      'PASS',
      'N/A',
      'N/A',
      'N/A',
      'PASS',
      'PASS',
      'N/A',
      'N/A',
    ]);
    expect(checks[4]?.actual).toContain('timed out');
    expect(checks[5]?.actual).toContain('timed out');
    expect(checks[6]?.actual).toBe('not run');
    expect(checks[9]?.actual).toBe('markercluster not measured');
    expect(checks[10]?.actual).toBe('not run');
  });

  it('never divides by zero; a baseline with no blocking time allows none', () => {
    const zero = (app: number): BudgetInput => ({
      ...within,
      load: {
        app: { ...within.load.app, placesMs: 100, blockingMs: app },
        baseline: { ...within.load.baseline, placesMs: 0, blockingMs: 0 },
      },
      cases: {
        ...within.cases,
        points: figures({ appTimeMs: 0, peerTimeMs: { markercluster: 5 } }),
      },
    });
    expect(verdicts(zero(0))[3]).toBe('PASS');
    expect(verdicts(zero(1))[3]).toBe('OVER');
    expect(verdicts(zero(0))[0]).toBe('OVER');
    expect(verdicts(zero(0))[9]).toBe('N/A');
  });

  it('names the size when the run used another than the budget’s', () => {
    const checks = checkBudgets(withCase('points', { count: 20_000 }));
    expect(checks[9]?.name).toContain('20,000 in this run');
    expect(checkBudgets(within)[9]?.name).not.toContain('in this run');
  });

  it('states the limits of issue 15', () => {
    expect(BUDGETS).toEqual({
      loadTimeRatio: 1,
      fcpRatio: 1,
      firstViewJsCssGzip: 56_320,
      loadBlockingRatio: 0.5,
      bigPointsMs: 10_000,
      bigPointsLongestTaskMs: 50,
      mixedMs: 15_000,
      peakHeapBytes: 157_286_400,
      panP95Ms: 33,
      markerclusterSpeedup: 3,
      vectorgridRatio: 1,
    });
  });
});
