/**
 * The open worker's pipeline (src/workers/open-worker.ts) timed in Node, stage by stage, for
 * issue 15's budgets: bytes fed in 64 KB chunks to the text decoder and the streaming
 * validator, then summarizeFeatures, the points' cluster grid (core/tiles/point-grid.ts) and
 * geojson-vt for the shapes, as the worker does them; with --supercluster, also Supercluster's
 * load of the same points (what the worker used before), outside the total. No browser: this is for finding and checking the
 * cost of the checks, not for the page's figures (bench/run.ts measures those).
 *
 *   npx tsx bench/open-pipeline.ts --points 1000000
 *   npx tsx bench/open-pipeline.ts --points 1000000 --supercluster
 *   npx tsx bench/open-pipeline.ts --shapes 100000 --runs 5
 *   npx tsx bench/open-pipeline.ts --mixed 500000 --cpu-prof
 *
 * Under tsx every function is wrapped by esbuild's `__name` helper, which shows up in
 * profiles and slows hot code; so the script bundles itself with esbuild (minification off,
 * names kept plain) and runs the bundle in a fresh `node`, passing `--cpu-prof` on (the
 * profile is written to the current folder).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature } from 'geojson';
import Supercluster from 'supercluster';
import { createTextStreamDecoder } from '../src/core/geojson/decode-text';
import { summarizeFeatures } from '../src/core/geojson/summarize-features';
import { createGeoJsonValidator } from '../src/core/geojson/validate';
import { PointGrid } from '../src/core/tiles/point-grid';
import { tileShapes } from '../src/core/tiles/shape-tiles';
import { generatePoints } from './points';
import { generatePolygons } from './shapes';

const CHUNK = 65_536;
const SEED = 20191123;

interface Options {
  points: number;
  shapes: number;
  mixed: number;
  runs: number;
  cpuProf: boolean;
  supercluster: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    points: 0,
    shapes: 0,
    mixed: 0,
    runs: 3,
    cpuProf: false,
    supercluster: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const next = (): number => Number((argv[(i += 1)] ?? '').replaceAll('_', ''));
    if (arg === '--points') options.points = next();
    else if (arg === '--shapes') options.shapes = next();
    else if (arg === '--mixed') options.mixed = next();
    else if (arg === '--runs') options.runs = next();
    else if (arg === '--cpu-prof') options.cpuProf = true;
    else if (arg === '--supercluster') options.supercluster = true;
    else throw new Error(`Unknown option ${String(arg)}`);
  }
  if (options.points + options.shapes + options.mixed === 0) options.points = 200_000;
  return options;
}

/** Half points, half polygons, interleaved: the mixed file of the budget. */
function generateMixed(count: number): Feature[] {
  const points = generatePoints({ count: Math.ceil(count / 2), seed: SEED }).features;
  const shapes = generatePolygons({ count: Math.floor(count / 2), seed: SEED + 1 }).features;
  const features: Feature[] = [];
  for (let i = 0; i < points.length; i += 1) {
    features.push(points[i] as Feature);
    const shape = shapes[i];
    if (shape) features.push({ ...shape, id: points.length + i + 1 });
  }
  return features;
}

type Stages = Record<
  'validate' | 'summarize' | 'clusters' | 'shapes' | 'total' | 'supercluster',
  number
>;

/** CPU time of this process (all its threads: the garbage collector's helpers too), in ms. */
const cpu = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function runOnce(
  bytes: Uint8Array,
  supercluster: boolean,
): {
  stages: Stages;
  cpu: Stages;
  heapMb: number;
  kept: number;
} {
  const c0 = cpu();
  const t0 = performance.now();
  const decoder = createTextStreamDecoder();
  const validator = createGeoJsonValidator({ maxBytes: 1e12, onProgress: () => undefined });
  for (let at = 0; at < bytes.length; at += CHUNK) {
    validator.push(decoder.push(bytes.subarray(at, at + CHUNK)));
  }
  validator.push(decoder.end());
  const result = validator.end();
  const t1 = performance.now();
  const c1 = cpu();
  const summary = summarizeFeatures(result.features);
  const t2 = performance.now();
  const c2 = cpu();
  new PointGrid({ maxZoom: 14 }).load(summary.points);
  const t3 = performance.now();
  const c3 = cpu();
  tileShapes(result.features, summary.shapes);
  const t4 = performance.now();
  const c4 = cpu();
  if (supercluster) {
    new Supercluster({ radius: 50, maxZoom: 14 }).load(
      summary.points as Supercluster.PointFeature<Record<string, unknown>>[],
    );
  }
  const t5 = performance.now();
  const c5 = cpu();
  const heapMb = process.memoryUsage().heapUsed / 1e6;
  // Warnings are allowed (the shapes file has a few polygons across the antimeridian).
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (!result.ok || errors.length > 0) {
    throw new Error(`Unexpected errors: ${JSON.stringify(errors.slice(0, 3))}`);
  }
  return {
    stages: {
      validate: t1 - t0,
      summarize: t2 - t1,
      clusters: t3 - t2,
      shapes: t4 - t3,
      total: t4 - t0,
      supercluster: t5 - t4,
    },
    cpu: {
      validate: c1 - c0,
      summarize: c2 - c1,
      clusters: c3 - c2,
      shapes: c4 - c3,
      total: c4 - c0,
      supercluster: c5 - c4,
    },
    heapMb,
    kept: result.features.length,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const load = (): string =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

function measure(name: string, features: Feature[], runs: number, supercluster: boolean): void {
  const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
  features.length = 0;
  const gc = (globalThis as { gc?: () => void }).gc;
  const all: Stages[] = [];
  const cpus: Stages[] = [];
  let heap = 0;
  let kept = 0;
  const loadBefore = load();
  for (let run = 0; run < runs; run += 1) {
    gc?.();
    const once = runOnce(bytes, supercluster);
    all.push(once.stages);
    cpus.push(once.cpu);
    heap = Math.max(heap, once.heapMb);
    kept = once.kept;
  }
  const keys = (Object.keys(all[0] as Stages) as (keyof Stages)[]).filter(
    (key) => supercluster || key !== 'supercluster',
  );
  const seconds = (runs: Stages[], key: keyof Stages): string =>
    (median(runs.map((s) => s[key])) / 1000).toFixed(2);
  // Wall time, then CPU time in brackets: on a loaded machine the CPU time is the steadier.
  const cells = keys.map((key) => `${key} ${seconds(all, key)} s (cpu ${seconds(cpus, key)})`);
  console.log(
    `${name}: ${(bytes.length / 1e6).toFixed(0)} MB, ${kept} kept, median of ${runs}: ` +
      `${cells.join(', ')}; heap after ${heap.toFixed(0)} MB; load ${loadBefore} → ${load()}`,
  );
}

function main(options: Options): void {
  if (options.points > 0) {
    measure(
      `${options.points} points`,
      generatePoints({ count: options.points, seed: SEED }).features,
      options.runs,
      options.supercluster,
    );
  }
  if (options.shapes > 0) {
    measure(
      `${options.shapes} polygons`,
      generatePolygons({ count: options.shapes, seed: SEED }).features,
      options.runs,
      options.supercluster,
    );
  }
  if (options.mixed > 0) {
    measure(
      `${options.mixed} mixed`,
      generateMixed(options.mixed),
      options.runs,
      options.supercluster,
    );
  }
}

/** Bundles this file and runs the bundle in a fresh node (see the comment at the top). */
async function relaunch(argv: string[], cpuProf: boolean): Promise<number> {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'open-pipeline-'));
  const out = join(dir, 'open-pipeline.mjs');
  try {
    await build({
      entryPoints: [fileURLToPath(import.meta.url)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: out,
      keepNames: false,
      logLevel: 'warning',
    });
    const flags = ['--expose-gc', '--max-old-space-size=6000', ...(cpuProf ? ['--cpu-prof'] : [])];
    const child = spawnSync(process.execPath, [...flags, out, ...argv], {
      stdio: 'inherit',
      env: { ...process.env, OPEN_PIPELINE_BUNDLED: '1' },
    });
    return child.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const argv = process.argv.slice(2);
const options = parseArgs(argv);
if (process.env.OPEN_PIPELINE_BUNDLED === '1') main(options);
else process.exitCode = await relaunch(argv, options.cpuProf);
