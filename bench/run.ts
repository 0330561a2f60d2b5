/**
 * `npm run bench`: builds the app and the bare-Leaflet baseline (bench/baseline/),
 * serves both on 127.0.0.1 with vite preview, and drives headless Chromium
 * through (a) cold loads of the app to `places-rendered`, (b) the same for the
 * baseline, then the cases of issue 15 (bench/cases.ts): generated files of points
 * (100,000 and 1,000,000), polygons (100,000) and mixed features (500,000) opened in the
 * app and in the peers a user would pick (Leaflet.markercluster, supercluster on the
 * page, MapLibre GL JS, naive L.geoJSON markers, Leaflet.VectorGrid's slicer), each
 * drawn page then panned and zoomed by a script while its frames are timed.
 * Prints medians, ranges and app/peer ratios, checks issue 15's budgets (reported, not
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
import { checkBudgets, type BudgetCheck, type BudgetInput, type CaseFigures } from './budgets';
import { caseLabel, pageUrl, planCases, runsOf, type CasePlan } from './cases';
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
import { generateMixed } from './mixed';
import { generatePoints } from './points';
import { generatePolygons } from './shapes';
import {
  caseTable,
  compare,
  compareCase,
  comparisonTable,
  formatValue,
  summarizeRuns,
  type CaseComparison,
  type Row,
} from './report';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BASELINE_ROOT = join(ROOT, 'bench', 'baseline');
/** The first view's pages. */
const TARGETS = ['app', 'baseline'] as const;

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
    // MapLibre's chunk is over vite's 500 KB warning, and is loaded only on its own runs.
    build: {
      outDir: baseline,
      emptyOutDir: true,
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 2048,
    },
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
  const head = `  ${r.scenario.padEnd(9)}  ${r.target.padEnd(13)}  ${r.run}/${of}`;
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
  { label: 'time to interactive map', metric: 'readyTime', unit: 'ms' },
  { label: 'reach for the map → live map', metric: 'reachTime', unit: 'ms' },
  { label: 'JS + CSS fetched on the reach, gzip', metric: 'reachJsCss', unit: 'bytes' },
  { label: 'longest task on the reach', metric: 'reachLongestTask', unit: 'ms' },
  { label: 'first contentful paint', metric: 'fcp', unit: 'ms' },
  { label: 'transferred (as served)', metric: 'transfer', unit: 'bytes' },
  { label: 'all responses, gzip', metric: 'gzip', unit: 'bytes' },
  { label: 'JS + CSS, gzip', metric: 'jsCssGzip', unit: 'bytes' },
  { label: 'basemap TopoJSON, gzip', metric: 'basemapGzip', unit: 'bytes' },
  { label: 'longest main-thread task', metric: 'longestTask', unit: 'ms' },
  { label: 'total blocking time', metric: 'blocking', unit: 'ms' },
];

const CASE_ROWS: Row[] = [
  { label: 'file chosen → data-rendered', metric: 'time', unit: 'ms' },
  { label: 'longest main-thread task', metric: 'longestTask', unit: 'ms' },
  { label: 'total blocking time', metric: 'blocking', unit: 'ms' },
  { label: 'page JS heap, peak while loading', metric: 'peakHeap', unit: 'bytes' },
  { label: 'page JS heap when drawn (after a GC)', metric: 'heap', unit: 'bytes' },
  { label: 'p95 frame, scripted pan and zoom', metric: 'panP95', unit: 'ms' },
  { label: 'fetched meanwhile (as served)', metric: 'transfer', unit: 'bytes' },
];

/** Writes the case's generated file (points, polygons or mixed); its path. */
function writeCaseFile(work: string, plan: CasePlan, options: BenchOptions): string {
  const t = Date.now();
  const file = join(work, `${plan.kind}-${plan.count}-seed-${options.seed}.geojson`);
  const generate = { points: generatePoints, polygons: generatePolygons, mixed: generateMixed }[
    plan.kind
  ];
  writeFileSync(
    file,
    JSON.stringify(generate({ count: plan.count, seed: options.seed, isLand: loadLandTest() })),
  );
  log(
    `bench: generated ${caseLabel(plan)} ` +
      `(${(statSync(file).size / 1024 / 1024).toFixed(1)} MB) in ${elapsed(t)}`,
  );
  return file;
}

const PEER_NAMES: Record<Exclude<Target, 'app' | 'baseline'>, string> = {
  naive: 'naive L.geoJSON default markers',
  markercluster: 'Leaflet.markercluster',
  supercluster: 'supercluster on the page (circle markers in view)',
  maplibre: 'MapLibre GL JS (a GeoJSON source, clustered for points files)',
  vectorgrid: "Leaflet.VectorGrid's slicer",
};

/** Browsers for the runs: MapLibre may need one launched with a software WebGL. */
interface Browsers {
  main: Browser;
  /** For MapLibre's runs; null when no WebGL could be had (`webgl` says why). */
  gl: Browser | null;
  webgl: string;
}

/** The WebGL renderer a fresh page of `browser` gets, or null when it has none. */
async function webglOf(browser: Browser): Promise<string | null> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      return gl ? String(gl.getParameter(gl.VERSION)) : null;
    });
  } finally {
    await context.close();
  }
}

/** The flags that give headless Chromium a software WebGL when --disable-gpu leaves none. */
const SWIFTSHADER_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

async function launch(extra: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // The tests' flags, and no name resolves: nothing leaves the machine.
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', ...extra],
    headless: true,
  });
}

/**
 * MapLibre draws with WebGL: with the tests' flags (--disable-gpu) Chromium may still give
 * it a software one; if not, a second browser with SwiftShader is tried for its runs only.
 */
async function browsersFor(main: Browser, wanted: boolean): Promise<Browsers> {
  if (!wanted) return { main, gl: null, webgl: 'not wanted' };
  const own = await webglOf(main).catch(() => null);
  if (own) return { main, gl: main, webgl: `${own}, with the tests' flags` };
  const gl = await launch(SWIFTSHADER_ARGS).catch(() => null);
  const soft = gl ? await webglOf(gl).catch(() => null) : null;
  if (gl && soft) return { main, gl, webgl: `${soft}, with ${SWIFTSHADER_ARGS.join(' ')}` };
  await gl?.close().catch(() => undefined);
  return {
    main,
    gl: null,
    webgl: `no WebGL2 in headless Chromium, with the tests' flags or ${SWIFTSHADER_ARGS.join(' ')}`,
  };
}

interface CaseRun {
  results: RunResult[];
  /** Why a target has no (further) runs: timed out, no WebGL, an error. */
  unavailable: Partial<Record<Target, string>>;
  /** Failures of our own pages that are not timeouts: the bench is broken. */
  broken: string[];
}

/**
 * One case: its file opened in the app and in each peer's page, alternating (A B C …), a
 * fresh context each run; each drawn page is then panned and zoomed (bench/pan.ts). A target
 * that times out or fails is reported with why, and its later runs are skipped.
 */
async function runCase(
  browsers: Browsers,
  plan: CasePlan,
  file: string,
  urls: { app: string; baseline: string },
  options: BenchOptions,
): Promise<CaseRun> {
  const results: RunResult[] = [];
  const unavailable: Partial<Record<Target, string>> = {};
  const broken: string[] = [];
  if (plan.targets.includes('maplibre') && !browsers.gl) unavailable.maplibre = browsers.webgl;
  const runs = Math.max(...plan.targets.map((t) => runsOf(plan, t)));
  log(
    `\n${plan.key}: opening ${caseLabel(plan)}: ${plan.targets
      .map((t) => `${t} ${runsOf(plan, t)} runs`)
      .join(', ')}; alternating, each then panned` +
      (plan.big && plan.runs < options.runs ? ` (big size: ${plan.runs} runs, --big-runs)` : ''),
  );
  for (let run = 1; run <= runs; run += 1) {
    for (const target of plan.targets) {
      if (unavailable[target] || run > runsOf(plan, target)) continue;
      const seconds =
        target === 'app'
          ? options.appDataTimeout
          : target === 'naive'
            ? options.baselineDataTimeout
            : options.peerTimeout;
      const browser = target === 'maplibre' ? (browsers.gl as Browser) : browsers.main;
      const url = pageUrl(plan, target, urls);
      const { session, result: load } = await measureLoad(browser, url, target, run);
      try {
        if (!load.ok) throw new Error(`the page did not load: ${load.error ?? ''}`);
        const before = await usedHeap(session.page);
        const result = await measureData(session, file, target, run, seconds * 1000, plan.key);
        if (result.ok) {
          // The heap before the pan: zooming in makes the app load a finer basemap.
          result.heapBytes = await usedHeap(session.page);
          result.heapGrowthBytes =
            result.heapBytes !== null && before !== null ? result.heapBytes - before : null;
          result.panP95Ms = (await measurePan(session.page)).p95FrameMs;
        }
        results.push(result);
        log(
          `${describeRun(result, runsOf(plan, target))}  pan p95 ` +
            `${formatValue(result.panP95Ms ?? NaN, 'ms')}  peak heap ` +
            `${formatValue(result.peakHeapBytes ?? NaN, 'bytes')}`,
        );
        if (!result.ok) {
          unavailable[target] =
            `${result.error ?? 'failed'}${result.alert ? ` (alert: ${result.alert})` : ''}`;
          const errors = result.pageErrors.slice(0, 2).join(' | ');
          if (errors) unavailable[target] += ` (page errors: ${errors})`;
          if (target !== 'app' && !result.timedOut)
            broken.push(`${target}: ${unavailable[target]}`);
        }
      } catch (error) {
        const message = (error as Error).message;
        unavailable[target] = message;
        log(`  ${plan.key} ${target} ${run}/${runsOf(plan, target)}  not available: ${message}`);
        if (target !== 'app') broken.push(`${target}: ${message}`);
        if (!(error instanceof NotAvailable)) {
          results.push({ ...load, scenario: plan.key, ok: false, error: message, timeMs: null });
        }
      } finally {
        await closeSession(session);
      }
      if (unavailable[target] && run < runsOf(plan, target)) {
        log(`  ${plan.key} ${target}: skipping its other runs`);
      }
    }
  }
  return { results, unavailable, broken };
}

/** What the budgets need of a case: the app's figures and its peers' times. */
function caseFigures(
  plan: CasePlan,
  comparison: CaseComparison,
  results: readonly RunResult[],
  unavailable: Partial<Record<Target, string>>,
): CaseFigures {
  const appRuns = results.filter((r) => r.target === 'app' && r.ok);
  const worst = (pick: (r: RunResult) => number | null | undefined): number | null => {
    const values = appRuns.map(pick).filter((x): x is number => typeof x === 'number');
    return values.length > 0 ? Math.max(...values) : null;
  };
  const app = comparison.summaries.app;
  const peerTimeMs: CaseFigures['peerTimeMs'] = {};
  for (const t of plan.targets) {
    if (t !== 'app' && t !== 'baseline')
      peerTimeMs[t] = comparison.summaries[t]?.time?.median ?? null;
  }
  return {
    count: plan.count,
    appTimeMs: app?.time?.median ?? null,
    appWorstTaskMs: worst((r) => r.longestTaskMs),
    appPeakHeapBytes: worst((r) => r.peakHeapBytes),
    appPanP95Ms: app?.panP95?.median ?? null,
    peerTimeMs,
    ...(unavailable.app ? { appUnavailable: `app: ${unavailable.app}` } : {}),
  };
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
  let glBrowser: Browser | undefined;
  try {
    log(`bench: building the app and the baseline into ${work}`);
    const dirs = await buildPages(work);
    log(`bench: built in ${elapsed(started)}`);

    const plans = planCases(options);
    // One file per kind and size, generated before any browser starts (1,000,000 points
    // take a while and much memory).
    const files = new Map<CasePlan['key'], string>();
    for (const plan of plans) files.set(plan.key, writeCaseFile(work, plan, options));

    servers.push(await serve(ROOT, dirs.app));
    servers.push(await serve(BASELINE_ROOT, dirs.baseline, false));
    const urls: Record<'app' | 'baseline', string> = {
      app: `${urlOf(servers[0] as PreviewServer)}kurils-2019/`,
      baseline: `${urlOf(servers[1] as PreviewServer)}?basemap=${options.baselineBasemap}`,
    };
    log(`bench: app at ${urls.app}, baseline at ${urls.baseline}`);

    browser = await launch();
    const browsers = await browsersFor(
      browser,
      plans.some((p) => p.targets.includes('maplibre')),
    );
    if (browsers.gl && browsers.gl !== browser) glBrowser = browsers.gl;
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

    const broken: string[] = [];
    const caseRuns = new Map<CasePlan['key'], CaseRun>();
    for (const plan of plans) {
      const run = await runCase(browsers, plan, files.get(plan.key) as string, urls, options);
      caseRuns.set(plan.key, run);
      results.push(...run.results);
      broken.push(...run.broken.map((why) => `${plan.key}: ${why}`));
    }

    // Summaries.
    const pick = (scenario: RunResult['scenario'], target: Target): RunResult[] =>
      results.filter((r) => r.scenario === scenario && r.target === target);
    const load = compare(
      summarizeRuns(pick('load', 'app')),
      summarizeRuns(pick('load', 'baseline')),
      LOAD_ROWS.map((r) => r.metric),
    );

    log(
      `\nCold load (a: app, b: bare-Leaflet baseline on ${options.baselineBasemap}), ` +
        `${options.runs} runs each: ` +
        'median [min–max]',
    );
    log(comparisonTable(load, LOAD_ROWS));

    const cases: Partial<Record<CasePlan['key'], unknown>> = {};
    const figures: BudgetInput['cases'] = {};
    for (const plan of plans) {
      const run = caseRuns.get(plan.key) as CaseRun;
      const caseResults = results.filter((r) => r.scenario === plan.key);
      const comparison = compareCase(
        caseResults,
        plan.targets,
        CASE_ROWS.map((r) => r.metric),
      );
      log(
        `\n${caseLabel(plan)} (${plan.key}), up to ${Math.max(...plan.targets.map((t) => runsOf(plan, t)))} ` +
          'runs each: median [min–max]; ' +
          plan.targets
            .filter((t): t is keyof typeof PEER_NAMES => t !== 'app' && t !== 'baseline')
            .map((t) => `${t}: ${PEER_NAMES[t]}`)
            .join('; '),
      );
      log(caseTable(comparison, CASE_ROWS));
      for (const target of plan.targets) {
        const why = run.unavailable[target];
        if (why) log(`${target}: not available — ${why}`);
      }
      cases[plan.key] = {
        label: caseLabel(plan),
        kind: plan.kind,
        count: plan.count,
        file: {
          name: basename(files.get(plan.key) as string),
          bytes: statSync(files.get(plan.key) as string).size,
        },
        runs: Object.fromEntries(plan.targets.map((t) => [t, runsOf(plan, t)])),
        ...comparison,
        unavailable: run.unavailable,
      };
      figures[plan.key] = caseFigures(plan, comparison, caseResults, run.unavailable);
    }

    const budgets: BudgetCheck[] = checkBudgets({
      load: {
        app: {
          placesMs: load.app.time?.median ?? null,
          fcpMs: load.app.fcp?.median ?? null,
          blockingMs: load.app.blocking?.median ?? null,
        },
        baseline: {
          placesMs: load.baseline.time?.median ?? null,
          fcpMs: load.baseline.fcp?.median ?? null,
          blockingMs: load.baseline.blocking?.median ?? null,
        },
      },
      firstViewJsCssGzip: load.app.jsCssGzip?.median ?? null,
      cases: figures,
    });
    log('\nBudgets (issue 15; reported, not asserted)');
    for (const b of budgets) {
      log(`  ${b.verdict.padEnd(4)}  ${b.name}: ${b.limit} — ${b.actual}`);
    }
    if (browsers.gl) log(`maplibre: WebGL ${browsers.webgl}`);

    const notes: string[] = [];
    const outside = [...new Set(results.flatMap((r) => r.outside))];
    if (outside.length > 0)
      notes.push(`requests that tried to leave the machine: ${outside.join(', ')}`);
    for (const target of [...new Set(results.map((r) => r.target))]) {
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
        'leaflet.markercluster': packageVersion('leaflet.markercluster'),
        supercluster: packageVersion('supercluster'),
        'maplibre-gl': packageVersion('maplibre-gl'),
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
        cases:
          'time as data, in fresh contexts, targets alternating; peak heap = the largest of ' +
          'CDP Runtime.getHeapUsage usedSize polled every 100 ms (no GC) from choosing the ' +
          'file to data-rendered, the page only, not workers (the renderer answers between ' +
          'tasks); heap when drawn = usedSize after HeapProfiler.collectGarbage, before the ' +
          'pan; then 4 mouse drags (30 steps) and 2 wheel turns; pan p95 = 95th percentile ' +
          'of requestAnimationFrame intervals',
        maplibreWebgl: browsers.webgl,
      },
      summary: { load, cases },
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
    await glBrowser?.close().catch(() => undefined);
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
