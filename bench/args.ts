/**
 * Command-line options of `npm run bench`. Pure, so it is tested in Node.
 */
import { PEERS, type Peer } from './cases';

/** The world-atlas files bench/baseline/ can draw. */
export const BASELINE_BASEMAPS = ['land-50m', 'land-110m', 'countries-110m', 'countries-50m'];

export interface BenchOptions {
  /** Measured runs per page and scenario (app and baseline alternate). */
  runs: number;
  /** Unmeasured cold loads of each page first (browser and disk warm-up). */
  warmup: number;
  /** Points in the generated big file. */
  points: number;
  /** Points in the big points case (issue 15: 1,000,000); null skips it. */
  bigPoints: number | null;
  /** Features (a third each points, lines, polygons) in the mixed case; null skips it. */
  mixed: number | null;
  /** Runs of the big cases (big points, mixed), when fewer than --runs; null: --runs. */
  bigRuns: number | null;
  /** The peers to measure (bench/cases.ts says which draws which file). */
  peers: Peer[];
  /** Seed of the generated points. */
  seed: number;
  /** Polygons in the generated shapes file (app against Leaflet.VectorGrid's slicer). */
  shapes: number;
  /** The world-atlas file the baseline draws as its basemap. */
  baselineBasemap: string;
  /** Where the results go. */
  out: string;
  /** Big-file runs of the naive baseline (minutes each at 100,000 points); default: runs. */
  baselineDataRuns: number | null;
  /** Seconds to wait for the app to draw the big file before reporting it not available. */
  appDataTimeout: number;
  /** Seconds to wait for the naive baseline to draw the big file. */
  baselineDataTimeout: number;
  /** Seconds to wait for any other peer to draw a file before reporting it timed out. */
  peerTimeout: number;
  /** Skip scenario (c), the big file. */
  skipData: boolean;
  /** Skip scenario (d), the shapes file. */
  skipShapes: boolean;
  /** Keep the temporary builds and the generated file (their folder is printed). */
  keep: boolean;
  quick: boolean;
  help: boolean;
}

export const DEFAULTS: BenchOptions = {
  runs: 7,
  warmup: 1,
  points: 100_000,
  bigPoints: 1_000_000,
  mixed: 500_000,
  bigRuns: 3,
  peers: [...PEERS],
  seed: 20191123,
  shapes: 100_000,
  baselineBasemap: 'land-50m',
  out: 'bench/results.json',
  baselineDataRuns: null,
  appDataTimeout: 60,
  baselineDataTimeout: 600,
  peerTimeout: 180,
  skipData: false,
  skipShapes: false,
  keep: false,
  quick: false,
  help: false,
};

/** `--quick`: small enough for CI, and written beside the full run's results, not over them. */
export const QUICK: Partial<BenchOptions> = {
  // One measured run of each page and case: CI runs the quick bench so that it cannot rot
  // (every target still loads and draws once), and its figures are reported, not asserted.
  runs: 1,
  points: 20_000,
  bigPoints: null,
  shapes: 5_000,
  // Two minutes at most in CI: one peer per kind of file, no mixed file (the unit tests
  // check its generator; a mixed case would add a third of the time).
  mixed: null,
  peers: ['markercluster', 'vectorgrid'],
  out: 'bench/results-quick.json',
};

export const USAGE = `Usage: npm run bench -- [options]

  --runs N          measured runs per page and scenario (default ${DEFAULTS.runs})
  --points N        points in the generated big file (default ${DEFAULTS.points})
  --big-points N    points in the big points case (default ${DEFAULTS.bigPoints?.toLocaleString('en')})
  --no-big-points   skip the big points case
  --shapes N        polygons in the generated shapes file (default ${DEFAULTS.shapes})
  --mixed N         features in the mixed file, points, lines and polygons
                    (default ${DEFAULTS.mixed?.toLocaleString('en')})
  --no-mixed        skip the mixed case
  --big-runs N      runs of the big cases (big points, mixed) when fewer than --runs
                    (default ${DEFAULTS.bigRuns})
  --peers LIST      peers to measure, comma-separated: ${PEERS.join(',')} (default all)
  --peer-timeout S  seconds to wait for a peer other than naive to draw (default ${DEFAULTS.peerTimeout})
  --quick           CI size: --runs ${QUICK.runs} --points ${QUICK.points} --shapes ${QUICK.shapes}
                    --no-big-points --no-mixed --peers ${QUICK.peers?.join(',')},
                    writes ${QUICK.out}
  --warmup N        unmeasured cold loads of each page first (default ${DEFAULTS.warmup})
  --seed N          seed of the generated points (default ${DEFAULTS.seed})
  --out FILE        where to write the results (default ${DEFAULTS.out})
  --baseline-basemap NAME  the world-atlas file the baseline draws: ${BASELINE_BASEMAPS.join(', ')}
                    (default ${DEFAULTS.baselineBasemap}; choose the one the app's first view loads)
  --baseline-data-runs N  big-file runs of the naive baseline, which takes minutes each
                    at 100,000 points (default: the same as --runs)
  --app-timeout S   seconds to wait for the app to draw the big file (default ${DEFAULTS.appDataTimeout})
  --baseline-timeout S  the same for the naive baseline (default ${DEFAULTS.baselineDataTimeout})
  --no-data         skip the big-file scenario
  --no-shapes       skip the shapes scenario (app against Leaflet.VectorGrid's slicer)
  --keep            keep the temporary builds and the generated file
  --help            this text

Explicit options win over --quick, whatever their order.`;

const NUMERIC: Record<string, keyof BenchOptions> = {
  '--runs': 'runs',
  '--warmup': 'warmup',
  '--points': 'points',
  '--shapes': 'shapes',
  '--seed': 'seed',
  '--app-timeout': 'appDataTimeout',
  '--baseline-timeout': 'baselineDataTimeout',
  '--baseline-data-runs': 'baselineDataRuns',
  '--big-points': 'bigPoints',
  '--mixed': 'mixed',
  '--big-runs': 'bigRuns',
  '--peer-timeout': 'peerTimeout',
};

/** Parses the arguments after `npm run bench --`; throws an Error naming a bad one. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const explicit: Partial<BenchOptions> = {};
  let quick = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value`);
      i += 1;
      return next;
    };
    const key = NUMERIC[flag as string];
    if (key) {
      const text = value();
      const n = Number(text);
      const min = key === 'warmup' ? 0 : 1;
      if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min) {
        throw new Error(`${flag} needs a whole number ≥ ${min}, not "${text}"`);
      }
      (explicit as Record<string, number>)[key] = n;
      continue;
    }
    switch (flag) {
      case '--quick':
        quick = true;
        break;
      case '--out':
        explicit.out = value();
        break;
      case '--baseline-basemap': {
        const name = value();
        if (!BASELINE_BASEMAPS.includes(name)) {
          throw new Error(
            `--baseline-basemap is one of ${BASELINE_BASEMAPS.join(', ')}, not "${name}"`,
          );
        }
        explicit.baselineBasemap = name;
        break;
      }
      case '--no-data':
        explicit.skipData = true;
        break;
      case '--no-shapes':
        explicit.skipShapes = true;
        break;
      case '--no-big-points':
        explicit.bigPoints = null;
        break;
      case '--no-mixed':
        explicit.mixed = null;
        break;
      case '--peers': {
        const names = value()
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean);
        const unknown = names.filter((n) => !(PEERS as readonly string[]).includes(n));
        if (unknown.length > 0) {
          throw new Error(`--peers takes ${PEERS.join(', ')}, not "${unknown.join(', ')}"`);
        }
        explicit.peers = names as Peer[];
        break;
      }
      case '--keep':
        explicit.keep = true;
        break;
      case '--help':
      case '-h':
        explicit.help = true;
        break;
      default:
        throw new Error(`unknown option "${arg}" (try --help)`);
    }
  }
  return { ...DEFAULTS, ...(quick ? QUICK : {}), ...explicit, quick };
}
