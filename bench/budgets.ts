/**
 * The budgets of issue 7, checked against the bench's medians. They are
 * reported, not asserted: the bench exits 0 when a budget is over. Pure.
 */

/** 1 KB = 1024 bytes throughout the bench. */
export const KB = 1024;

export const BUDGETS = {
  /** Time to `places-rendered`: at most this many times the bare-Leaflet baseline's. */
  loadTimeRatio: 1.2,
  /** JavaScript + CSS for the first view, gzipped, Leaflet included. */
  firstViewJsCssGzip: 80 * KB,
  /** The first view's basemap (TopoJSON), gzipped. */
  firstViewBasemapGzip: 120 * KB,
  /** 100,000 points drawn at least this many times faster than naive L.geoJSON markers. */
  dataSpeedup: 5,
  /** …with no main-thread task longer than this while loading them. */
  dataLongestTaskMs: 200,
} as const;

export type Verdict = 'PASS' | 'OVER' | 'N/A';

export interface BudgetCheck {
  name: string;
  /** The limit, in words: "≤ 1.2× baseline". */
  limit: string;
  /** The measured figure, in words, or why there is none. */
  actual: string;
  verdict: Verdict;
}

export interface BudgetInput {
  /** Median ms to `places-rendered`. */
  loadTimeMs: { app: number | null; baseline: number | null };
  /** Median gzipped bytes of the app's first view. */
  firstViewJsCssGzip: number | null;
  firstViewBasemapGzip: number | null;
  /** Median ms from choosing the big file to `data-rendered`. */
  dataTimeMs: { app: number | null; baseline: number | null };
  /** Longest main-thread task over all of the app's big-file runs (the worst, not the median). */
  dataLongestTaskMs: number | null;
  /** Why the app's big-file figures are missing, when they are. */
  dataUnavailable?: string;
  /** How many points the big file had (the budget speaks of 100,000). */
  points: number;
}

const fmtKb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const fmtX = (x: number): string => `${x.toFixed(2)}×`;
const finite = (x: number | null): x is number => x !== null && Number.isFinite(x);

function verdict(ok: boolean): Verdict {
  return ok ? 'PASS' : 'OVER';
}

/** Checks every budget; a figure that could not be measured gives N/A with the reason. */
export function checkBudgets(input: BudgetInput): BudgetCheck[] {
  const checks: BudgetCheck[] = [];

  const { app: loadApp, baseline: loadBase } = input.loadTimeMs;
  if (finite(loadApp) && finite(loadBase) && loadBase > 0) {
    const r = loadApp / loadBase;
    checks.push({
      name: 'time to places-rendered',
      limit: `≤ ${BUDGETS.loadTimeRatio}× baseline`,
      actual: `${fmtX(r)} (${Math.round(loadApp)} ms vs ${Math.round(loadBase)} ms)`,
      verdict: verdict(r <= BUDGETS.loadTimeRatio),
    });
  } else {
    checks.push({
      name: 'time to places-rendered',
      limit: `≤ ${BUDGETS.loadTimeRatio}× baseline`,
      actual: 'not measured',
      verdict: 'N/A',
    });
  }

  for (const [name, value, limit] of [
    ['JS + CSS, first view (gzip)', input.firstViewJsCssGzip, BUDGETS.firstViewJsCssGzip],
    ['basemap, first view (gzip)', input.firstViewBasemapGzip, BUDGETS.firstViewBasemapGzip],
  ] as const) {
    checks.push({
      name,
      limit: `≤ ${fmtKb(limit)}`,
      actual: finite(value) ? fmtKb(value) : 'not measured',
      verdict: finite(value) ? verdict(value <= limit) : 'N/A',
    });
  }

  const pointsNote =
    input.points === 100_000 ? '' : ` (${input.points.toLocaleString('en')} points)`;
  const { app: dataApp, baseline: dataBase } = input.dataTimeMs;
  if (finite(dataApp) && finite(dataBase) && dataApp > 0) {
    const speedup = dataBase / dataApp;
    checks.push({
      name: `big file drawn vs naive L.geoJSON${pointsNote}`,
      limit: `≥ ${BUDGETS.dataSpeedup}× faster`,
      actual: `${fmtX(speedup)} faster (${Math.round(dataApp)} ms vs ${Math.round(dataBase)} ms)`,
      verdict: verdict(speedup >= BUDGETS.dataSpeedup),
    });
  } else {
    checks.push({
      name: `big file drawn vs naive L.geoJSON${pointsNote}`,
      limit: `≥ ${BUDGETS.dataSpeedup}× faster`,
      actual: input.dataUnavailable ?? 'not measured',
      verdict: 'N/A',
    });
  }

  const task = input.dataLongestTaskMs;
  checks.push({
    name: `longest main-thread task, big file${pointsNote}`,
    limit: `≤ ${BUDGETS.dataLongestTaskMs} ms`,
    actual: finite(task)
      ? `${Math.round(task)} ms (worst run)`
      : (input.dataUnavailable ?? 'not measured'),
    verdict: finite(task) ? verdict(task <= BUDGETS.dataLongestTaskMs) : 'N/A',
  });

  return checks;
}
