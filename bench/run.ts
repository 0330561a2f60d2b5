/**
 * `npm run bench`: builds the app and the bare-Leaflet baseline (bench/baseline/),
 * serves both on 127.0.0.1 with vite preview, and drives headless Chromium
 * through (a) cold loads of the app to `places-rendered`, (b) the same for the
 * baseline, and (c) opening a generated big GeoJSON file in each (the app's
 * clustering against naive L.geoJSON markers), app and baseline alternating,
 * and (d) opening a generated file of small polygons in each (the app's worker
 * tiles against Leaflet.VectorGrid's slicer in the baseline page), each then
 * panned and zoomed by a script while its frames are timed.
 * Prints medians, ranges and ratios, checks issue 7's budgets (reported, not
 * asserted) and writes bench/results.json. See bench/README.md.
 *
 * Exit status: 0 when the bench ran, even with budgets over; 1 when it broke
 * (a build failed, a page never drew); 2 for bad arguments.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build, preview, type Plugin, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS } from '../test/browser/chromium';
import { parseArgs, USAGE, type BenchOptions } from './args';
import { checkBudgets, type BudgetCheck } from './budgets';
import { loadLandTest } from './land';
import {
  closeSession,
  loadResources,
  measureData,
  measureLoad,
  NotAvailable,
  type RunResult,
  type Target,
} from './measure';
import { measurePan, usedHeap } from './pan';
import { generatePoints } from './points';
import { generatePolygons } from './shapes';
import { compare, comparisonTable, formatValue, summarizeRuns, type Row } from './report';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BASELINE_ROOT = join(ROOT, 'bench', 'baseline');
const TARGETS: readonly Target[] = ['app', 'baseline'];

const log = (text: string): void => console.log(text);
const elapsed = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Ships the article's places beside the baseline page, at the same path as the app's. */
function shipPlaces(): Plugin {
  return {
    name: 'bench:ship-places',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'geodata/kurils-2019/places.geojson',
        source: readFileSync(join(ROOT, 'geodata', 'kurils-2019', 'places.geojson')),
      });
    },
  };
}

async function buildPages(work: string): Promise<{ app: string; baseline: string }> {
  const app = join(work, 'app');
  const baseline = join(work, 'baseline');
  // The app with its own vite.config.ts, as `vite build` does, but into a temporary
  // folder: dist/ may be in use by the browser tests.
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: app, emptyOutDir: true } });
  // The site's pages, as `npm run build` writes them: the article's page is what a reader
  // opens (its HTML preloads the first view's data), not the bare template.
  execFileSync('npx', ['tsx', join(ROOT, 'scripts', 'build-site.ts'), '--dist', app], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await build({
    configFile: false,
    root: BASELINE_ROOT,
    base: './',
    logLevel: 'warn',
    cacheDir: join(work, 'vite-cache'),
    plugins: [shipPlaces()],
    build: { outDir: baseline, emptyOutDir: true, assetsInlineLimit: 0 },
  });
  return { app, baseline };
}

async function serve(root: string, outDir: string, configFile?: false): Promise<PreviewServer> {
  const server = await preview({
    ...(configFile === false ? { configFile } : {}),
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return server;
}

function urlOf(server: PreviewServer): string {
  return server.resolvedUrls?.local[0] as string;
}

function packageVersion(name: string): string | null {
  try {
    const file = join(ROOT, 'node_modules', name, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

function gitState(): { commit: string; dirty: boolean } | null {
  try {
    const git = (...args: string[]): string =>
      execFileSync('git', args, {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    return {
      commit: git('rev-parse', 'HEAD').trim(),
      dirty: git('status', '--porcelain').trim() !== '',
    };
  } catch {
    return null;
  }
}

function describeRun(r: RunResult, of: number): string {
  const head = `  ${r.scenario.padEnd(4)}  ${r.target.padEnd(8)}  ${r.run}/${of}`;
  if (!r.ok) return `${head}  ✗ ${r.error ?? 'failed'}${r.alert ? ` (alert: ${r.alert})` : ''}`;
  return (
    `${head}  ${formatValue(r.timeMs ?? NaN, 'ms').padStart(8)}` +
    `  longest task ${formatValue(r.longestTaskMs, 'ms')}` +
    `  ${formatValue(r.bytes.total.transfer, 'bytes')} transferred`
  );
}

/** Writes JSON the way Prettier would, so `prettier --check .` accepts the file. */
async function writeJson(file: string, value: unknown): Promise<void> {
  let text = `${JSON.stringify(value, null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(file)) ?? {};
    text = await prettier.format(text, { ...config, filepath: file });
  } catch {
    // Unformatted JSON is still JSON.
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const LOAD_ROWS: Row[] = [
  { label: 'time to places-rendered', metric: 'time', unit: 'ms' },
  { label: 'time to basemap-rendered', metric: 'basemapTime', unit: 'ms' },
  { label: 'first contentful paint', metric: 'fcp', unit: 'ms' },
  { label: 'transferred (as served)', metric: 'transfer', unit: 'bytes' },
  { label: 'all responses, gzip', metric: 'gzip', unit: 'bytes' },
  { label: 'JS + CSS, gzip', metric: 'jsCssGzip', unit: 'bytes' },
  { label: 'basemap TopoJSON, gzip', metric: 'basemapGzip', unit: 'bytes' },
  { label: 'longest main-thread task', metric: 'longestTask', unit: 'ms' },
  { label: 'total blocking time', metric: 'blocking', unit: 'ms' },
];

const DATA_ROWS: Row[] = [
  { label: 'file chosen → data-rendered', metric: 'time', unit: 'ms' },
  { label: 'longest main-thread task', metric: 'longestTask', unit: 'ms' },
  { label: 'total blocking time', metric: 'blocking', unit: 'ms' },
  { label: 'fetched meanwhile (as served)', metric: 'transfer', unit: 'bytes' },
];

const SHAPES_ROWS: Row[] = [
  // Time, longest task and blocking time as for the big file.
  ...DATA_ROWS.slice(0, 3),
  { label: 'p95 frame, scripted pan and zoom', metric: 'panP95', unit: 'ms' },
  { label: 'page JS heap when drawn (after a GC)', metric: 'heap', unit: 'bytes' },
  { label: 'page JS heap growth with the file', metric: 'heapGrowth', unit: 'bytes' },
];

/** Writes the shapes file; its path. */
function writeShapesFile(work: string, options: BenchOptions): string {
  const t = Date.now();
  const file = join(work, `polygons-${options.shapes}-seed-${options.seed}.geojson`);
  const collection = generatePolygons({
    count: options.shapes,
    seed: options.seed,
    isLand: loadLandTest(),
  });
  writeFileSync(file, JSON.stringify(collection));
  log(
    `bench: generated ${options.shapes.toLocaleString('en')} polygons ` +
      `(${(statSync(file).size / 1024 / 1024).toFixed(1)} MB) in ${elapsed(t)}`,
  );
  return file;
}

/**
 * (d): the shapes file opened in the app and in the baseline page with Leaflet.VectorGrid's
 * slicer (`&data=vectorgrid`), alternating, each then panned and zoomed (bench/pan.ts).
 */
async function runShapes(
  browser: Browser,
  urls: Record<Target, string>,
  file: string,
  options: BenchOptions,
): Promise<{ results: RunResult[]; unavailable: Partial<Record<Target, string>> }> {
  const results: RunResult[] = [];
  const unavailable: Partial<Record<Target, string>> = {};
  const pages: Record<Target, string> = {
    app: urls.app,
    baseline: `${urls.baseline}&data=vectorgrid`,
  };
  log(
    `\n(d) opening ${options.shapes.toLocaleString('en')} polygons: app against ` +
      `Leaflet.VectorGrid's slicer, ${options.runs} runs each, alternating, each then panned`,
  );
  for (let run = 1; run <= options.runs; run += 1) {
    for (const target of TARGETS) {
      if (unavailable[target]) continue;
      const timeout =
        (target === 'app' ? options.appDataTimeout : options.baselineDataTimeout) * 1000;
      const { session, result: load } = await measureLoad(browser, pages[target], target, run);
      try {
        if (!load.ok) throw new Error(`the page did not load: ${load.error ?? ''}`);
        const before = await usedHeap(session.page);
        const result = await measureData(session, file, target, run, timeout, 'shapes');
        if (result.ok) {
          // The heap before the pan: zooming in makes the app load a finer basemap.
          result.heapBytes = await usedHeap(session.page);
          result.heapGrowthBytes =
            result.heapBytes !== null && before !== null ? result.heapBytes - before : null;
          result.panP95Ms = (await measurePan(session.page)).p95FrameMs;
        }
        results.push(result);
        log(
          `${describeRun(result, options.runs)}  pan p95 ${formatValue(result.panP95Ms ?? NaN, 'ms')}` +
            `  heap +${formatValue(result.heapGrowthBytes ?? NaN, 'bytes')}`,
        );
        if (!result.ok) unavailable[target] = result.error ?? 'failed';
      } catch (error) {
        unavailable[target] = (error as Error).message;
        log(`  shapes ${target} ${run}/${options.runs}  not available: ${unavailable[target]}`);
      } finally {
        await closeSession(session);
      }
    }
  }
  return { results, unavailable };
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    log(USAGE);
    return 0;
  }
  const started = Date.now();
  const loadAtStart = loadavg()[0] ?? 0;
  const work = mkdtempSync(join(tmpdir(), 'article-map-bench-'));
  const servers: PreviewServer[] = [];
  let browser: Browser | undefined;
  try {
    log(`bench: building the app and the baseline into ${work}`);
    const dirs = await buildPages(work);
    log(`bench: built in ${elapsed(started)}`);

    let pointsFile: string | null = null;
    if (!options.skipData) {
      const t = Date.now();
      pointsFile = join(work, `points-${options.points}-seed-${options.seed}.geojson`);
      const collection = generatePoints({
        count: options.points,
        seed: options.seed,
        isLand: loadLandTest(),
      });
      writeFileSync(pointsFile, JSON.stringify(collection));
      const size = statSync(pointsFile).size;
      log(
        `bench: generated ${options.points.toLocaleString('en')} points ` +
          `(${(size / 1024 / 1024).toFixed(1)} MB) in ${elapsed(t)}`,
      );
    }

    const shapesFile = options.skipShapes ? null : writeShapesFile(work, options);

    servers.push(await serve(ROOT, dirs.app));
    servers.push(await serve(BASELINE_ROOT, dirs.baseline, false));
    const urls: Record<Target, string> = {
      app: `${urlOf(servers[0] as PreviewServer)}kurils-2019/`,
      baseline: `${urlOf(servers[1] as PreviewServer)}?basemap=${options.baselineBasemap}`,
    };
    log(`bench: app at ${urls.app}, baseline at ${urls.baseline}`);

    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // The tests' flags, and no name resolves: nothing leaves the machine.
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
      headless: true,
    });
    const chromiumVersion = browser.version();
    log(`bench: Chromium ${chromiumVersion}, ${cpus().length} CPUs, Node ${process.version}`);
    if (loadAtStart > cpus().length * 0.75) {
      log(
        `bench: warning: the machine is busy (load average ${loadAtStart.toFixed(1)} on ` +
          `${cpus().length} CPUs); times and long tasks will be noisy`,
      );
    }

    const results: RunResult[] = [];
    const resources: Partial<Record<Target, unknown>> = {};

    log(`\n(a, b) cold loads: ${options.warmup} warm-up, then ${options.runs} each, alternating`);
    for (let i = 0; i < options.warmup; i += 1) {
      for (const target of TARGETS) {
        const { session } = await measureLoad(browser, urls[target], target, 0);
        await closeSession(session);
      }
    }
    for (let run = 1; run <= options.runs; run += 1) {
      for (const target of TARGETS) {
        const { session, result } = await measureLoad(browser, urls[target], target, run);
        if (!resources[target]) resources[target] = loadResources(session);
        await closeSession(session);
        results.push(result);
        log(describeRun(result, options.runs));
      }
    }

    const unavailable: Partial<Record<Target, string>> = {};
    const broken: string[] = [];
    const dataRuns: Record<Target, number> = {
      app: options.runs,
      baseline: options.baselineDataRuns ?? options.runs,
    };
    if (pointsFile) {
      log(
        `\n(c) opening ${options.points.toLocaleString('en')} points through "Open GeoJSON": ` +
          `app ${dataRuns.app} runs, baseline ${dataRuns.baseline}, alternating`,
      );
      for (let run = 1; run <= Math.max(dataRuns.app, dataRuns.baseline); run += 1) {
        for (const target of TARGETS) {
          if (unavailable[target] || run > dataRuns[target]) continue;
          const timeout =
            (target === 'app' ? options.appDataTimeout : options.baselineDataTimeout) * 1000;
          const { session, result: load } = await measureLoad(browser, urls[target], target, run);
          try {
            if (!load.ok) throw new Error(`the page did not load: ${load.error ?? ''}`);
            const result = await measureData(session, pointsFile, target, run, timeout);
            results.push(result);
            log(describeRun(result, dataRuns[target]));
            if (!result.ok) {
              unavailable[target] =
                `${result.error ?? 'failed'}${result.alert ? ` (alert: ${result.alert})` : ''}`;
            }
          } catch (error) {
            const message = (error as Error).message;
            unavailable[target] = message;
            log(
              `  data  ${target.padEnd(8)}  ${run}/${dataRuns[target]}  not available: ${message}`,
            );
            // The baseline is ours: if it cannot take a file, the bench is broken.
            if (target === 'baseline') broken.push(`baseline big file: ${message}`);
            if (!(error instanceof NotAvailable)) {
              results.push({
                ...load,
                scenario: 'data',
                ok: false,
                error: message,
                timeMs: null,
              });
            }
          } finally {
            await closeSession(session);
          }
          if (unavailable[target] && run < dataRuns[target]) {
            log(`  data  ${target.padEnd(8)}  skipping its other runs`);
          }
        }
      }
    }

    const shapesRun = shapesFile ? await runShapes(browser, urls, shapesFile, options) : null;
    if (shapesRun) {
      results.push(...shapesRun.results);
      if (!shapesRun.results.some((r) => r.target === 'baseline' && r.ok)) {
        broken.push(`baseline shapes (VectorGrid): ${shapesRun.unavailable.baseline ?? 'no run'}`);
      }
    }

    // Summaries.
    const pick = (scenario: RunResult['scenario'], target: Target): RunResult[] =>
      results.filter((r) => r.scenario === scenario && r.target === target);
    const load = compare(
      summarizeRuns(pick('load', 'app')),
      summarizeRuns(pick('load', 'baseline')),
      LOAD_ROWS.map((r) => r.metric),
    );
    const data = pointsFile
      ? compare(
          summarizeRuns(pick('data', 'app')),
          summarizeRuns(pick('data', 'baseline')),
          DATA_ROWS.map((r) => r.metric),
        )
      : null;

    const shapes = shapesFile
      ? compare(
          summarizeRuns(pick('shapes', 'app')),
          summarizeRuns(pick('shapes', 'baseline')),
          SHAPES_ROWS.map((r) => r.metric),
        )
      : null;

    log(
      `\nCold load (a: app, b: bare-Leaflet baseline on ${options.baselineBasemap}), ` +
        `${options.runs} runs each: ` +
        'median [min–max]',
    );
    log(comparisonTable(load, LOAD_ROWS));
    if (data) {
      log(
        `\nBig file, ${options.points.toLocaleString('en')} points (c), up to ${Math.max(dataRuns.app, dataRuns.baseline)} runs ` +
          'each: median [min–max]; the baseline draws them as default L.geoJSON markers',
      );
      log(comparisonTable(data, DATA_ROWS));
      const speedup =
        data.app.time && data.baseline.time
          ? data.baseline.time.median / data.app.time.median
          : null;
      if (speedup !== null)
        log(`app draws the file ${speedup.toFixed(1)}× faster than the baseline`);
      for (const target of TARGETS) {
        if (unavailable[target]) log(`${target}: not available — ${unavailable[target]}`);
      }
    }

    if (shapes) {
      log(
        `\nShapes, ${options.shapes.toLocaleString('en')} polygons (d), ${options.runs} runs each: ` +
          "median [min–max]; the baseline draws them with Leaflet.VectorGrid's slicer",
      );
      log(comparisonTable(shapes, SHAPES_ROWS));
      for (const target of TARGETS) {
        const why = shapesRun?.unavailable[target];
        if (why) log(`${target}: not available — ${why}`);
      }
    }

    const appDataRuns = pick('data', 'app').filter((r) => r.ok);
    const budgets: BudgetCheck[] = checkBudgets({
      loadTimeMs: {
        app: load.app.time?.median ?? null,
        baseline: load.baseline.time?.median ?? null,
      },
      firstViewJsCssGzip: load.app.jsCssGzip?.median ?? null,
      firstViewBasemapGzip: load.app.basemapGzip?.median ?? null,
      dataTimeMs: {
        app: data?.app.time?.median ?? null,
        baseline: data?.baseline.time?.median ?? null,
      },
      dataLongestTaskMs:
        appDataRuns.length > 0 ? Math.max(...appDataRuns.map((r) => r.longestTaskMs)) : null,
      ...(options.skipData
        ? { dataUnavailable: 'skipped (--no-data)' }
        : unavailable.app
          ? { dataUnavailable: `app: not available — ${unavailable.app}` }
          : {}),
      points: options.points,
    });
    log('\nBudgets (issue 7; reported, not asserted)');
    for (const b of budgets) {
      log(`  ${b.verdict.padEnd(4)}  ${b.name}: ${b.limit} — ${b.actual}`);
    }

    const notes: string[] = [];
    const outside = [...new Set(results.flatMap((r) => r.outside))];
    if (outside.length > 0)
      notes.push(`requests that tried to leave the machine: ${outside.join(', ')}`);
    for (const target of TARGETS) {
      const errors = [
        ...new Set(results.filter((r) => r.target === target).flatMap((r) => r.pageErrors)),
      ];
      if (errors.length > 0) notes.push(`${target} page errors: ${errors.slice(0, 5).join(' | ')}`);
    }
    for (const note of notes) log(`note: ${note}`);

    const out = resolve(ROOT, options.out);
    await writeJson(out, {
      date: new Date().toISOString(),
      durationSeconds: Math.round((Date.now() - started) / 1000),
      options,
      machine: {
        node: process.version,
        chromium: chromiumVersion,
        platform: `${platform()} ${release()}`,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? null,
        memoryGB: Math.round(totalmem() / 1024 ** 3),
        /** One-minute load average when the bench started and ended: high means noisy times. */
        loadAverage: { start: loadAtStart, end: loadavg()[0] ?? 0 },
      },
      versions: {
        vite: packageVersion('vite'),
        leaflet: packageVersion('leaflet'),
        'geojson-vt': packageVersion('geojson-vt'),
        'leaflet.vectorgrid': packageVersion('leaflet.vectorgrid'),
        'playwright-core': packageVersion('playwright-core'),
      },
      git: gitState(),
      method: {
        viewport: '1280×800',
        baseline: `bare Leaflet (bench/baseline/), basemap world-atlas ${options.baselineBasemap}`,
        load: 'fresh browser context per run; time = performance mark startTime from navigation',
        data: 'time from the file input’s first input/change event to the data-rendered mark',
        bytes:
          'transfer = response body bytes as served (request.sizes().responseBodySize); ' +
          'gzip = each decoded body gzipped with node:zlib level 6; 1 KB = 1024 bytes',
        longTasks: 'PerformanceObserver longtask (≥ 50 ms); 0 when none',
        shapes:
          'time as data; then 4 mouse drags (30 steps) and 2 wheel turns; pan p95 = 95th ' +
          'percentile of requestAnimationFrame intervals; heap = CDP Runtime.getHeapUsage ' +
          'after HeapProfiler.collectGarbage, before the file and once it is drawn (before ' +
          'the pan, whose zoom makes the app load a finer basemap); the page only, not workers',
      },
      points: pointsFile
        ? {
            count: options.points,
            seed: options.seed,
            bytes: statSync(pointsFile).size,
            file: basename(pointsFile),
          }
        : null,
      shapes: shapesFile
        ? { count: options.shapes, seed: options.seed, bytes: statSync(shapesFile).size }
        : null,
      summary: { load, data, shapes },
      unavailable,
      budgets,
      notes,
      resources,
      runs: results,
    });
    log(`\nbench: wrote ${relative(ROOT, out)} in ${elapsed(started)}`);

    for (const target of TARGETS) {
      if (!load[target].time) broken.push(`${target}: no cold load reached places-rendered`);
    }
    if (broken.length > 0) {
      console.error(`bench: broken: ${broken.join('; ')}`);
      return 1;
    }
    return 0;
  } finally {
    await browser?.close().catch(() => undefined);
    for (const server of servers) await server.close().catch(() => undefined);
    if (options.keep) log(`bench: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('bench: failed:', error);
    process.exit(1);
  },
);
