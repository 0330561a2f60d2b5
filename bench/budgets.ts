/**
 * The budgets of issue 15 (items 1 and 5), checked against the bench's figures. Ratios
 * are of medians measured in the same run; absolute figures are this machine's, for the
 * record. They are reported, not asserted: the bench exits 0 when a budget is over. Pure.
 */
import type { CaseKey, Peer } from './cases';

/** 1 KB = 1024 bytes throughout the bench. */
export const KB = 1024;
export const MB = 1024 * KB;

export const BUDGETS = {
  /** Time to `places-rendered`: at most this many times the bare-Leaflet baseline's. */
  loadTimeRatio: 1.0,
  /** First contentful paint: at most this many times the baseline's. */
  fcpRatio: 1.0,
  /** JavaScript + CSS for the first view, gzipped, Leaflet included. */
  firstViewJsCssGzip: 55 * KB,
  /** Total blocking time of the first view: at most this many times the baseline's. */
  loadBlockingRatio: 0.5,
  /** The big points file (1,000,000) drawn within this many ms… */
  bigPointsMs: 10_000,
  /** …with no main-thread task longer than this (ms). */
  bigPointsLongestTaskMs: 50,
  /** The mixed file (500,000 features) drawn within this many ms. */
  mixedMs: 15_000,
  /** The page's JS heap stays under this while any file loads. */
  peakHeapBytes: 150 * MB,
  /** p95 frame while panning and zooming with any file drawn (ms). */
  panP95Ms: 33,
  /** At 100,000 points, at least this many times faster to first frame than Leaflet.markercluster. */
  markerclusterSpeedup: 3,
  /** Shapes: at most this many times VectorGrid's slicer's time (no slower). */
  vectorgridRatio: 1.0,
} as const;

/** The sizes issue 15 names; a verdict names the size when the run used another. */
export const BUDGET_SIZES: Record<CaseKey, number> = {
  points: 100_000,
  bigPoints: 1_000_000,
  shapes: 100_000,
  mixed: 500_000,
};

export type Verdict = 'PASS' | 'OVER' | 'N/A';

export interface BudgetCheck {
  name: string;
  /** The limit, in words: "≤ 1.0× baseline". */
  limit: string;
  /** The measured figure, in words, or why there is none. */
  actual: string;
  verdict: Verdict;
}

/** Medians of the first view's cold loads of one page. */
export interface LoadFigures {
  placesMs: number | null;
  fcpMs: number | null;
  blockingMs: number | null;
}

/** The app's figures for one case, and its peers' times. */
export interface CaseFigures {
  count: number;
  /** Median ms from choosing the file to `data-rendered`. */
  appTimeMs: number | null;
  /** Longest main-thread task over all of the app's runs (the worst, not the median). */
  appWorstTaskMs: number | null;
  /** Largest page JS heap sampled over all of the app's runs. */
  appPeakHeapBytes: number | null;
  /** Median p95 frame while panning and zooming. */
  appPanP95Ms: number | null;
  /** Median ms to `data-rendered` of each peer that drew the file. */
  peerTimeMs: Partial<Record<Peer, number | null>>;
  /** Why the app's figures are missing, when they are. */
  appUnavailable?: string;
}

export interface BudgetInput {
  load: { app: LoadFigures; baseline: LoadFigures };
  /** Median gzipped JS + CSS of the app's first view. */
  firstViewJsCssGzip: number | null;
  /** The cases that ran; one missing is reported as not run. */
  cases: Partial<Record<CaseKey, CaseFigures>>;
}

const fmtKb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const fmtMb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;
const fmtX = (x: number): string => `${x.toFixed(2)}×`;
const fmtMs = (ms: number): string => `${Math.round(ms)} ms`;
const finite = (x: number | null | undefined): x is number =>
  typeof x === 'number' && Number.isFinite(x);

function verdict(ok: boolean): Verdict {
  return ok ? 'PASS' : 'OVER';
}

/** " (20,000 points)" when the case's size is not the one the budget names. */
function sizeNote(key: CaseKey, figures: CaseFigures | undefined): string {
  if (!figures || figures.count === BUDGET_SIZES[key]) return '';
  return ` (${figures.count.toLocaleString('en')} in this run)`;
}

/** Why a case's figure is missing. */
function missing(figures: CaseFigures | undefined): string {
  if (!figures) return 'not run';
  return figures.appUnavailable ?? 'not measured';
}

/** app ≤ limit × baseline, both medians of the first view. */
function loadRatio(
  name: string,
  app: number | null,
  baseline: number | null,
  limit: number,
): BudgetCheck {
  const check = { name, limit: `≤ ${limit.toFixed(1)}× baseline` };
  if (!finite(app) || !finite(baseline))
    return { ...check, actual: 'not measured', verdict: 'N/A' };
  const figures = `${fmtMs(app)} vs ${fmtMs(baseline)}`;
  if (baseline === 0) {
    // No ratio to a baseline of nothing: only nothing is within any multiple of it.
    return { ...check, actual: `${figures} (baseline 0)`, verdict: verdict(app === 0) };
  }
  const r = app / baseline;
  return { ...check, actual: `${fmtX(r)} (${figures})`, verdict: verdict(r <= limit) };
}

/** The case's median time within `limitMs`. */
function caseTime(name: string, key: CaseKey, c: CaseFigures | undefined, limitMs: number) {
  const check = { name: `${name}${sizeNote(key, c)}`, limit: `≤ ${limitMs / 1000} s` };
  if (!finite(c?.appTimeMs)) return { ...check, actual: missing(c), verdict: 'N/A' as const };
  return {
    ...check,
    actual: `${fmtMs(c.appTimeMs)} (median)`,
    verdict: verdict(c.appTimeMs <= limitMs),
  };
}

const CASE_NAMES: Record<CaseKey, string> = {
  points: 'points',
  bigPoints: 'big points',
  shapes: 'shapes',
  mixed: 'mixed',
};

/** The worst of a figure over every case the app drew: each listed. */
function overCases(
  name: string,
  limit: string,
  cases: BudgetInput['cases'],
  pick: (c: CaseFigures) => number | null,
  format: (x: number) => string,
  within: (x: number) => boolean,
): BudgetCheck {
  const measured = (Object.entries(cases) as [CaseKey, CaseFigures][])
    .map(([key, c]) => [key, pick(c)] as const)
    .filter((e): e is readonly [CaseKey, number] => finite(e[1]));
  if (measured.length === 0) return { name, limit, actual: 'not measured', verdict: 'N/A' };
  return {
    name,
    limit,
    actual: measured.map(([key, x]) => `${CASE_NAMES[key]} ${format(x)}`).join(', '),
    verdict: verdict(measured.every(([, x]) => within(x))),
  };
}

/** Checks every budget; a figure that could not be measured gives N/A with the reason. */
export function checkBudgets(input: BudgetInput): BudgetCheck[] {
  const { app, baseline } = input.load;
  const { bigPoints, mixed, points, shapes } = input.cases;
  const checks: BudgetCheck[] = [
    loadRatio('time to places-rendered', app.placesMs, baseline.placesMs, BUDGETS.loadTimeRatio),
    loadRatio('first contentful paint', app.fcpMs, baseline.fcpMs, BUDGETS.fcpRatio),
  ];

  const jsCss = input.firstViewJsCssGzip;
  checks.push({
    name: 'JS + CSS, first view (gzip)',
    limit: `≤ ${fmtKb(BUDGETS.firstViewJsCssGzip)}`,
    actual: finite(jsCss) ? fmtKb(jsCss) : 'not measured',
    verdict: finite(jsCss) ? verdict(jsCss <= BUDGETS.firstViewJsCssGzip) : 'N/A',
  });
  checks.push(
    loadRatio(
      'total blocking time, first view',
      app.blockingMs,
      baseline.blockingMs,
      BUDGETS.loadBlockingRatio,
    ),
  );

  checks.push(caseTime('1,000,000 points drawn', 'bigPoints', bigPoints, BUDGETS.bigPointsMs));
  const task = bigPoints?.appWorstTaskMs;
  checks.push({
    name: `longest main-thread task, 1,000,000 points${sizeNote('bigPoints', bigPoints)}`,
    limit: `≤ ${BUDGETS.bigPointsLongestTaskMs} ms`,
    // The long-task observer sees only tasks of 50 ms or more: 0 means none.
    actual: finite(task) ? `${fmtMs(task)} (worst run)` : missing(bigPoints),
    verdict: finite(task) ? verdict(task <= BUDGETS.bigPointsLongestTaskMs) : 'N/A',
  });
  checks.push(caseTime('500,000 mixed features drawn', 'mixed', mixed, BUDGETS.mixedMs));

  checks.push(
    overCases(
      'page JS heap while a file loads (worst run of each case)',
      `< ${fmtMb(BUDGETS.peakHeapBytes)}`,
      input.cases,
      (c) => c.appPeakHeapBytes,
      fmtMb,
      (x) => x < BUDGETS.peakHeapBytes,
    ),
  );
  checks.push(
    overCases(
      'p95 frame, pan and zoom with each file drawn (median)',
      `≤ ${BUDGETS.panP95Ms} ms`,
      input.cases,
      (c) => c.appPanP95Ms,
      fmtMs,
      // Frames come every 16.7 ms at 60 Hz: two of them, 33.3 ms, is the 30 fps the budget
      // means by 33 ms, so the figure is compared as it is shown, to the millisecond.
      (x) => Math.round(x) <= BUDGETS.panP95Ms,
    ),
  );

  const mcName = `first frame vs Leaflet.markercluster, 100,000 points${sizeNote('points', points)}`;
  const mcLimit = `≥ ${BUDGETS.markerclusterSpeedup}× faster`;
  const mc = points?.peerTimeMs.markercluster;
  if (finite(points?.appTimeMs) && finite(mc) && points.appTimeMs > 0) {
    const speedup = mc / points.appTimeMs;
    checks.push({
      name: mcName,
      limit: mcLimit,
      actual: `${fmtX(speedup)} faster (${fmtMs(points.appTimeMs)} vs ${fmtMs(mc)})`,
      verdict: verdict(speedup >= BUDGETS.markerclusterSpeedup),
    });
  } else {
    const why = finite(points?.appTimeMs) ? 'markercluster not measured' : missing(points);
    checks.push({ name: mcName, limit: mcLimit, actual: why, verdict: 'N/A' });
  }

  const vgName = `shapes vs VectorGrid's slicer, 100,000 polygons${sizeNote('shapes', shapes)}`;
  const vgLimit = `≤ ${BUDGETS.vectorgridRatio.toFixed(1)}× its time`;
  const vg = shapes?.peerTimeMs.vectorgrid;
  if (finite(shapes?.appTimeMs) && finite(vg) && vg > 0) {
    const r = shapes.appTimeMs / vg;
    checks.push({
      name: vgName,
      limit: vgLimit,
      actual: `${fmtX(r)} (${fmtMs(shapes.appTimeMs)} vs ${fmtMs(vg)})`,
      verdict: verdict(r <= BUDGETS.vectorgridRatio),
    });
  } else {
    const why = finite(shapes?.appTimeMs) ? 'vectorgrid not measured' : missing(shapes);
    checks.push({ name: vgName, limit: vgLimit, actual: why, verdict: 'N/A' });
  }
  return checks;
}
