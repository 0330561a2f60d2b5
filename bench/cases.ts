/**
 * What the bench opens in which pages: the cases (a file kind and size) and, for each,
 * the app and the peers a user would pick instead, in the order they alternate. Pure, so
 * it is tested in Node (test/unit/bench/bench-cases.test.ts).
 */
import type { BenchOptions } from './args';

/**
 * The peers, each a query parameter of the baseline page (bench/baseline/): `naive` is the
 * bare page itself (default L.geoJSON markers), the others `?data=NAME`.
 */
export const PEERS = ['markercluster', 'supercluster', 'maplibre', 'naive', 'vectorgrid'] as const;
export type Peer = (typeof PEERS)[number];

/** Who a run measures: the app, the bare baseline's first view, or a peer with a file. */
export type Target = 'app' | 'baseline' | Peer;

export type CaseKey = 'points' | 'bigPoints' | 'shapes' | 'mixed';
export type FileKind = 'points' | 'polygons' | 'mixed';

/** Naive default markers take minutes past this (one task of minutes at 100,000). */
export const NAIVE_MAX_POINTS = 100_000;

export interface CasePlan {
  key: CaseKey;
  kind: FileKind;
  count: number;
  /** 'app' first, then the peers; runs alternate in this order. */
  targets: Target[];
  /** Measured runs of each target (a target may have fewer: see runsOf). */
  runs: number;
  /** Runs of the naive baseline, when it differs (--baseline-data-runs). */
  naiveRuns: number | null;
  /** Whether this is one of the big sizes (--big-runs applies). */
  big: boolean;
}

/** Which peers draw each kind of file. */
const PEERS_FOR: Record<FileKind, readonly Peer[]> = {
  points: ['markercluster', 'supercluster', 'maplibre', 'naive'],
  polygons: ['vectorgrid'],
  mixed: ['vectorgrid', 'maplibre'],
};

/** The cases the options ask for, in the order they run. */
export function planCases(options: BenchOptions): CasePlan[] {
  const plans: CasePlan[] = [];
  const add = (key: CaseKey, kind: FileKind, count: number, big: boolean): void => {
    const peers = PEERS_FOR[kind].filter(
      (p) => options.peers.includes(p) && !(p === 'naive' && count > NAIVE_MAX_POINTS),
    );
    const runs = big ? Math.min(options.runs, options.bigRuns ?? options.runs) : options.runs;
    plans.push({
      key,
      kind,
      count,
      targets: ['app', ...peers],
      runs,
      naiveRuns: peers.includes('naive') ? (options.baselineDataRuns ?? runs) : null,
      big,
    });
  };
  if (!options.skipData) add('points', 'points', options.points, options.points > NAIVE_MAX_POINTS);
  if (!options.skipData && options.bigPoints !== null) {
    add('bigPoints', 'points', options.bigPoints, true);
  }
  if (!options.skipShapes) add('shapes', 'polygons', options.shapes, false);
  if (options.mixed !== null) add('mixed', 'mixed', options.mixed, true);
  return plans;
}

/** How many runs `target` gets in the case. */
export function runsOf(plan: CasePlan, target: Target): number {
  return target === 'naive' && plan.naiveRuns !== null ? plan.naiveRuns : plan.runs;
}

/** The page a target opens the case's file in. */
export function pageUrl(
  plan: CasePlan,
  target: Target,
  urls: { app: string; baseline: string },
): string {
  if (target === 'app') return urls.app;
  if (target === 'baseline' || target === 'naive') return urls.baseline;
  // MapLibre clusters points, as a user with many points would; mixed files it draws as is.
  const cluster = target === 'maplibre' ? `&cluster=${plan.kind === 'points' ? 1 : 0}` : '';
  return `${urls.baseline}&data=${target}${cluster}`;
}

/** "100,000 points", "500,000 mixed features". */
export function caseLabel(plan: Pick<CasePlan, 'kind' | 'count'>): string {
  const noun = { points: 'points', polygons: 'polygons', mixed: 'mixed features' }[plan.kind];
  return `${plan.count.toLocaleString('en')} ${noun}`;
}
