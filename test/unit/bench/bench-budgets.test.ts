import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, KB, type BudgetInput } from '../../../bench/budgets';

const within: BudgetInput = {
  loadTimeMs: { app: 360, baseline: 300 },
  firstViewJsCssGzip: 80 * KB,
  firstViewBasemapGzip: 100 * KB,
  dataTimeMs: { app: 1000, baseline: 5000 },
  dataLongestTaskMs: 200,
  points: 100_000,
};

const verdicts = (input: BudgetInput): string[] => checkBudgets(input).map((b) => b.verdict);

describe('checkBudgets', () => {
  it('passes every budget at exactly its limit', () => {
    expect(verdicts(within)).toEqual(['PASS', 'PASS', 'PASS', 'PASS', 'PASS']);
  });

  it('reports each budget over on its own', () => {
    expect(verdicts({ ...within, loadTimeMs: { app: 361, baseline: 300 } })[0]).toBe('OVER');
    expect(verdicts({ ...within, firstViewJsCssGzip: 80 * KB + 1 })[1]).toBe('OVER');
    expect(verdicts({ ...within, firstViewBasemapGzip: 120 * KB + 1 })[2]).toBe('OVER');
    expect(verdicts({ ...within, dataTimeMs: { app: 1001, baseline: 5000 } })[3]).toBe('OVER');
    expect(verdicts({ ...within, dataLongestTaskMs: 201 })[4]).toBe('OVER');
  });

  it('says N/A, with the reason, for what could not be measured', () => {
    const checks = checkBudgets({
      ...within,
      dataTimeMs: { app: null, baseline: 5000 },
      dataLongestTaskMs: null,
      dataUnavailable: 'app: not available — no data-rendered mark within 60 s',
      firstViewBasemapGzip: null,
    });
    expect(checks.map((c) => c.verdict)).toEqual(['PASS', 'PASS', 'N/A', 'N/A', 'N/A']);
    expect(checks[3]?.actual).toContain('no data-rendered mark');
    expect(checks[4]?.actual).toContain('no data-rendered mark');
  });

  it('never divides by zero', () => {
    const checks = checkBudgets({
      ...within,
      loadTimeMs: { app: 100, baseline: 0 },
      dataTimeMs: { app: 0, baseline: 100 },
    });
    expect(checks[0]?.verdict).toBe('N/A');
    expect(checks[3]?.verdict).toBe('N/A');
  });

  it('names the point count when the file was not the budget’s 100,000', () => {
    const checks = checkBudgets({ ...within, points: 20_000 });
    expect(checks[3]?.name).toContain('20,000 points');
    expect(checkBudgets(within)[3]?.name).not.toContain('points');
  });

  it('states the limits of issue 7', () => {
    expect(BUDGETS).toEqual({
      loadTimeRatio: 1.2,
      firstViewJsCssGzip: 81_920,
      firstViewBasemapGzip: 122_880,
      dataSpeedup: 5,
      dataLongestTaskMs: 200,
    });
  });
});
