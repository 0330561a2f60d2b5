/**
 * Command-line options of `npm run bench`. Pure, so it is tested in Node.
 */

/** The world-atlas files bench/baseline/ can draw. */
export const BASELINE_BASEMAPS = ['land-50m', 'land-110m', 'countries-110m', 'countries-50m'];

export interface BenchOptions {
  /** Measured runs per page and scenario (app and baseline alternate). */
  runs: number;
  /** Unmeasured cold loads of each page first (browser and disk warm-up). */
  warmup: number;
  /** Points in the generated big file. */
  points: number;
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
  seed: 20191123,
  shapes: 100_000,
  baselineBasemap: 'land-50m',
  out: 'bench/results.json',
  baselineDataRuns: null,
  appDataTimeout: 60,
  baselineDataTimeout: 600,
  skipData: false,
  skipShapes: false,
  keep: false,
  quick: false,
  help: false,
};

/** `--quick`: small enough for CI, and written beside the full run's results, not over them. */
export const QUICK: Partial<BenchOptions> = {
  runs: 3,
  points: 20_000,
  shapes: 5_000,
  out: 'bench/results-quick.json',
};

export const USAGE = `Usage: npm run bench -- [options]

  --runs N          measured runs per page and scenario (default ${DEFAULTS.runs})
  --points N        points in the generated big file (default ${DEFAULTS.points})
  --shapes N        polygons in the generated shapes file (default ${DEFAULTS.shapes})
  --quick           CI size: --runs ${QUICK.runs} --points ${QUICK.points} --shapes ${QUICK.shapes},
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
