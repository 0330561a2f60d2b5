/**
 * Turns per-run results into summaries and the table the bench prints. Pure.
 */
import { KB } from './budgets';
import type { Target } from './cases';
import type { RunResult } from './measure';
import { ratio, summarize, type Summary } from './stats';

export interface TargetSummary {
  runs: number;
  ok: number;
  time: Summary | null;
  basemapTime: Summary | null;
  /** Time to the interactive map (RunResult.readyMs). */
  readyTime: Summary | null;
  /** The app: from the reach for the painted map to the live map (RunResult.reachMs). */
  reachTime: Summary | null;
  /** The app: JS + CSS fetched by the reach, gzip. */
  reachJsCss: Summary | null;
  /** The app: longest main-thread task from the reach to the live basemap. */
  reachLongestTask: Summary | null;
  fcp: Summary | null;
  /** All bytes as served (encoded). */
  transfer: Summary | null;
  /** All bytes gzipped by the bench. */
  gzip: Summary | null;
  jsCssGzip: Summary | null;
  basemapGzip: Summary | null;
  longestTask: Summary | null;
  blocking: Summary | null;
  /** p95 frame time while panning (cases only). */
  panP95: Summary | null;
  /** The page's largest JS heap sampled while the file loaded (cases only). */
  peakHeap: Summary | null;
  /** The page's JS heap after drawing, after a GC (cases only). */
  heap: Summary | null;
  /** How much the page's heap grew with the file (cases only). */
  heapGrowth: Summary | null;
}

export function summarizeRuns(runs: readonly RunResult[]): TargetSummary {
  const ok = runs.filter((r) => r.ok);
  const of = (pick: (r: RunResult) => number | null): Summary | null => summarize(ok.map(pick));
  return {
    runs: runs.length,
    ok: ok.length,
    time: of((r) => r.timeMs),
    basemapTime: of((r) => r.basemapMs),
    readyTime: of((r) => r.readyMs ?? null),
    reachTime: of((r) => r.reachMs ?? null),
    reachJsCss: of((r) => (r.reachBytes ? r.reachBytes.js.gzip + r.reachBytes.css.gzip : null)),
    reachLongestTask: of((r) => r.reachLongestTaskMs ?? null),
    fcp: of((r) => r.fcpMs),
    transfer: of((r) => r.bytes.total.transfer),
    gzip: of((r) => r.bytes.total.gzip),
    jsCssGzip: of((r) => r.bytes.js.gzip + r.bytes.css.gzip),
    basemapGzip: of((r) => (r.bytes.basemap.count > 0 ? r.bytes.basemap.gzip : null)),
    longestTask: of((r) => r.longestTaskMs),
    blocking: of((r) => r.blockingMs),
    panP95: of((r) => r.panP95Ms ?? null),
    peakHeap: of((r) => r.peakHeapBytes ?? null),
    heap: of((r) => r.heapBytes ?? null),
    heapGrowth: of((r) => r.heapGrowthBytes ?? null),
  };
}

export type Metric = Exclude<keyof TargetSummary, 'runs' | 'ok'>;

export interface Comparison {
  app: TargetSummary;
  baseline: TargetSummary;
  /** app median / baseline median, per metric (null when it means nothing). */
  ratio: Partial<Record<Metric, number | null>>;
}

export function compare(
  app: TargetSummary,
  baseline: TargetSummary,
  metrics: Metric[],
): Comparison {
  return {
    app,
    baseline,
    ratio: Object.fromEntries(
      metrics.map((m) => [m, ratio(app[m]?.median, baseline[m]?.median)]),
    ) as Partial<Record<Metric, number | null>>,
  };
}

export type Unit = 'ms' | 'bytes';

export function formatValue(value: number, unit: Unit): string {
  return unit === 'ms' ? `${Math.round(value)} ms` : `${(value / KB).toFixed(1)} KB`;
}

/** "412 ms [398–450]"; the range is left out when every run gave the same figure. */
export function formatSummary(summary: Summary | null, unit: Unit): string {
  if (!summary) return '—';
  const median = formatValue(summary.median, unit);
  if (summary.min === summary.max) return median;
  const num = (x: number): string => (unit === 'ms' ? `${Math.round(x)}` : (x / KB).toFixed(1));
  return `${median} [${num(summary.min)}–${num(summary.max)}]`;
}

/** "1.23×"; below 0.1, two significant figures ("0.016×"), so a big win still reads. */
export function formatRatio(value: number | null | undefined): string {
  if (typeof value !== 'number') return '—';
  return `${value !== 0 && Math.abs(value) < 0.1 ? value.toPrecision(2) : value.toFixed(2)}×`;
}

/** Pads columns to a plain-text table; the first row is the header, underlined. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  }
  const line = (row: readonly string[]): string =>
    row
      .map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - [...cell].length))
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  if (!header) return '';
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export interface Row {
  label: string;
  metric: Metric;
  unit: Unit;
}

export function comparisonTable(comparison: Comparison, rows: readonly Row[]): string {
  return formatTable([
    ['', 'app', 'baseline', 'app/baseline'],
    ...rows.map(({ label, metric, unit }) => [
      label,
      formatSummary(comparison.app[metric], unit),
      formatSummary(comparison.baseline[metric], unit),
      formatRatio(ratio(comparison.app[metric]?.median, comparison.baseline[metric]?.median)),
    ]),
  ]);
}

/** One case (a file opened) with every target that drew it, side by side. */
export interface CaseComparison {
  /** In run order, 'app' first. */
  targets: Target[];
  summaries: Partial<Record<Target, TargetSummary>>;
  /** app median / peer median, per peer and metric (null when it means nothing). */
  ratios: Partial<Record<Target, Partial<Record<Metric, number | null>>>>;
}

export function compareCase(
  results: readonly RunResult[],
  targets: readonly Target[],
  metrics: readonly Metric[],
): CaseComparison {
  const summaries: Partial<Record<Target, TargetSummary>> = {};
  for (const t of targets) summaries[t] = summarizeRuns(results.filter((r) => r.target === t));
  const app = summaries.app;
  const ratios: CaseComparison['ratios'] = {};
  for (const t of targets) {
    if (t === 'app') continue;
    ratios[t] = Object.fromEntries(
      metrics.map((m) => [m, ratio(app?.[m]?.median, summaries[t]?.[m]?.median)]),
    );
  }
  return { targets: [...targets], summaries, ratios };
}

/** Every target's medians [min–max] side by side, then app/peer for each peer. */
export function caseTable(comparison: CaseComparison, rows: readonly Row[]): string {
  const peers = comparison.targets.filter((t) => t !== 'app');
  return formatTable([
    ['', ...comparison.targets, ...peers.map((p) => `app/${p}`)],
    ...rows.map(({ label, metric, unit }) => [
      label,
      ...comparison.targets.map((t) =>
        formatSummary(comparison.summaries[t]?.[metric] ?? null, unit),
      ),
      ...peers.map((p) => formatRatio(comparison.ratios[p]?.[metric])),
    ]),
  ]);
}
