/**
 * Drives one page in a fresh browser context (nothing cached) and measures
 * it: time to a `performance.mark`, bytes downloaded, and main-thread long
 * tasks. In-page code is passed as functions (the app's CSP forbids eval,
 * which Playwright uses for string predicates) that define no named function
 * inside: tsx compiles with keepNames, whose `__name` helper the page lacks.
 */
import {
  errors,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
} from 'playwright-core';
import {
  classifyResource,
  gzipSize,
  totalBytes,
  type ByteTotals,
  type ResourceRecord,
} from './bytes';
import type { CaseKey, Target } from './cases';

export type { Target } from './cases';
/** The first view's cold load, or one of the cases (a file opened). */
export type Scenario = 'load' | CaseKey;

export interface RunResult {
  target: Target;
  scenario: Scenario;
  /** 1-based; warm-up runs are not recorded. */
  run: number;
  ok: boolean;
  /** Why the run has no time (a timeout, a missing control, a crash). */
  error?: string;
  /** load: ms from navigation to `places-rendered`; data: ms from choosing the file to `data-rendered`. */
  timeMs: number | null;
  /** load only: ms from navigation to `basemap-rendered`, when the page marks it. */
  basemapMs: number | null;
  /**
   * load only: ms from navigation to the interactive map: `map-ready` where the page marks it
   * (the app, whose places may show first in a picture painted at build time), else
   * `places-rendered` (bare Leaflet's places are its interactive map).
   */
  readyMs?: number | null;
  /**
   * load only, the app with its painted first view: ms from the reader's reach for the map
   * (a pointer over it, after the first view is complete) to `map-ready`, the live map drawn.
   */
  reachMs?: number | null;
  /** What the reach downloaded (the live map's code and basemap), by kind. */
  reachBytes?: ByteTotals;
  /** Longest main-thread task from the reach to the live map's basemap drawn. */
  reachLongestTaskMs?: number;
  /** load only: first contentful paint. */
  fcpMs: number | null;
  /** Longest main-thread task in the measured phase (0 when none reached 50 ms). */
  longestTaskMs: number;
  longTasks: number;
  /** Sum over long tasks of their time past 50 ms (Lighthouse's total blocking time). */
  blockingMs: number;
  /** Cases: the run drew nothing within its timeout (error says how long that was). */
  timedOut?: boolean;
  /** Cases: the largest used JS heap of the page sampled while the file loaded (see measureData). */
  peakHeapBytes?: number | null;
  /** Cases: p95 frame time while panning and zooming after drawing (bench/pan.ts). */
  panP95Ms?: number | null;
  /** Cases: the page's used JS heap once drawn, before the pan, after a GC. */
  heapBytes?: number | null;
  /** Cases: how much heapBytes grew from before the file was chosen. */
  heapGrowthBytes?: number | null;
  /** What the phase downloaded, by kind. */
  bytes: ByteTotals;
  /** Text of the page's role=alert elements, when the data scenario did not finish. */
  alert?: string;
  /** Uncaught page errors and console errors. */
  pageErrors: string[];
  /** Requests that tried to leave 127.0.0.1 (they fail: the browser resolves no names). */
  outside: string[];
}

export interface MeasureOptions {
  viewport: { width: number; height: number };
  /** ms to wait for `places-rendered`. */
  loadTimeoutMs: number;
  /** ms to wait for `basemap-rendered` after `places-rendered` (the mark is optional). */
  basemapTimeoutMs: number;
  /** ms to let the page finish what it started after the mark before reading long tasks. */
  settleMs: number;
}

export const MEASURE_DEFAULTS: MeasureOptions = {
  viewport: { width: 1280, height: 800 },
  loadTimeoutMs: 30_000,
  basemapTimeoutMs: 10_000,
  settleMs: 500,
};

const FILE_CHOSEN = 'bench:file-chosen';

/** Runs before any page script: records long tasks, and marks when a file is chosen. */
const INIT_SCRIPT = `(() => {
  const bench = (window.__bench = { longTasks: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    bench.error = String(error);
  }
  const chosen = (event) => {
    const t = event.target;
    if (!(t instanceof HTMLInputElement) || t.type !== 'file') return;
    if (bench.chosen === undefined || bench.chosen < bench.armed) {
      bench.chosen = performance.now();
      performance.mark(${JSON.stringify(FILE_CHOSEN)});
    }
  };
  // Frame intervals on demand (bench/pan.ts): startFrames() until stopFrames().
  bench.startFrames = () => {
    bench.frames = [];
    bench.framesOn = true;
    let last = performance.now();
    const tick = (now) => {
      bench.frames.push(now - last);
      last = now;
      if (bench.framesOn) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  bench.stopFrames = () => {
    bench.framesOn = false;
    return bench.frames;
  };
  // Capture on the document: before any handler of the page's own (input comes before change).
  document.addEventListener('input', chosen, true);
  document.addEventListener('change', chosen, true);
})();`;

interface PageFigures {
  marks: [string, number][];
  longTasks: [number, number][] | null;
  paint: [string, number][];
  alert: string;
}

/**
 * Reads the page's marks, long tasks, paints and alerts. Called as a function
 * (CDP callFunctionOn), which a strict CSP allows, unlike a string the page
 * would eval; it defines no named function, so tsx's `__name` helper is not needed.
 */
const readFiguresInPage = (): PageFigures => ({
  marks: performance.getEntriesByType('mark').map((m): [string, number] => [m.name, m.startTime]),
  longTasks:
    (window as unknown as { __bench?: { longTasks: [number, number][] } }).__bench?.longTasks ??
    null,
  paint: performance.getEntriesByType('paint').map((p): [string, number] => [p.name, p.startTime]),
  alert: [...document.querySelectorAll('[role=alert]')]
    .map((e) => (e.textContent ?? '').trim())
    .filter(Boolean)
    .join(' | '),
});

/** The first view; the reach for the map (the app's live map); a file opened. */
type Phase = 'load' | 'reach' | 'data';

/** Records what a context downloads; `phase` decides which bucket a response goes in. */
class Recorder {
  phase: Phase = 'load';
  readonly records: Record<Phase, ResourceRecord[]> = { load: [], reach: [], data: [] };
  readonly outside: string[] = [];
  readonly pageErrors: string[] = [];
  private readonly pending: Promise<void>[] = [];

  constructor(context: BrowserContext, origin: string) {
    context.on('requestfinished', (request) => {
      this.pending.push(this.record(request, this.phase));
    });
    context.on('request', (request) => {
      const url = request.url();
      if (/^(https?|wss?):/.test(url) && !url.startsWith(origin)) this.outside.push(url);
    });
  }

  private async record(request: Request, phase: Phase): Promise<void> {
    const url = request.url();
    if (!/^https?:/.test(url)) return;
    try {
      const response = await request.response();
      if (!response) return;
      const sizes = await request.sizes();
      const headers = await response.allHeaders();
      let body: Buffer | null = null;
      try {
        body = await response.body();
      } catch {
        // Some bodies (a worker's script, say) are not handed over; the transfer size stands.
      }
      const contentType = headers['content-type'] ?? '';
      const encoding = headers['content-encoding'] ?? null;
      // Chromium reports no body size for a worker's script: estimate it as served.
      const estimated = sizes.responseBodySize === 0 && body !== null && body.length > 0;
      const gzip = body ? gzipSize(body) : null;
      const head = body ? body.subarray(0, 512).toString('latin1') : '';
      this.records[phase].push({
        url,
        kind: classifyResource(url, contentType, head),
        status: response.status(),
        transfer: estimated
          ? encoding && gzip !== null
            ? gzip
            : (body?.length ?? 0)
          : sizes.responseBodySize,
        ...(estimated ? { transferEstimated: true } : {}),
        body: body ? body.length : null,
        gzip,
        encoding,
      });
    } catch (error) {
      this.pageErrors.push(`bench could not read ${url}: ${(error as Error).message}`);
    }
  }

  /** Waits until every finished request seen so far has been measured. */
  async settle(): Promise<void> {
    let seen = -1;
    while (seen !== this.pending.length) {
      seen = this.pending.length;
      await Promise.all(this.pending);
    }
  }
}

/** Waits for a mark made at or after `after` (ms); its start time, or null on timeout. */
async function waitForMark(
  page: Page,
  name: string,
  after: number,
  timeoutMs: number,
): Promise<number | null> {
  const waited = page
    .waitForFunction(
      ([mark, from]) =>
        performance.getEntriesByName(mark, 'mark').find((e) => e.startTime >= from)?.startTime ??
        false,
      [name, after] as const,
      { timeout: timeoutMs, polling: 50 },
    )
    .then(async (handle) => (await handle.jsonValue()) as number)
    .catch((error: unknown) => {
      if (error instanceof errors.TimeoutError) return null;
      throw error;
    });
  // Playwright's own timeout needs the page to answer, and a page in one long task (naive
  // markers, markercluster at a million points) answers nothing for minutes: the bench's
  // clock ends the wait. The abandoned wait ends with the page's context.
  const late = pause(timeoutMs + 1000).then(() => null);
  return Promise.race([waited, late]);
}

function longTaskFigures(
  tasks: [number, number][] | null,
  from: number,
): Pick<RunResult, 'longestTaskMs' | 'longTasks' | 'blockingMs'> {
  const inPhase = (tasks ?? []).filter(([start, duration]) => start + duration >= from);
  return {
    longestTaskMs: inPhase.reduce((max, [, d]) => Math.max(max, d), 0),
    longTasks: inPhase.length,
    blockingMs: inPhase.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
  };
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface Session {
  context: BrowserContext;
  page: Page;
  recorder: Recorder;
}

async function openSession(
  browser: Browser,
  url: string,
  options: MeasureOptions,
): Promise<Session> {
  const context = await browser.newContext({ viewport: options.viewport });
  await context.addInitScript({ content: INIT_SCRIPT });
  const recorder = new Recorder(context, new URL(url).origin);
  const page = await context.newPage();
  page.on('pageerror', (error) => recorder.pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') recorder.pageErrors.push(message.text());
  });
  await page.goto(url, { waitUntil: 'commit' });
  return { context, page, recorder };
}

async function readFigures(page: Page): Promise<PageFigures> {
  return page.evaluate(readFiguresInPage);
}

/**
 * Cold load: fresh context, navigate, wait for `places-rendered`, then for
 * `basemap-rendered` (if the page marks it) and a quiet network, so the first
 * view's bytes and long tasks are all counted. Leaves the session open.
 */
export async function measureLoad(
  browser: Browser,
  url: string,
  target: Target,
  run: number,
  options: MeasureOptions = MEASURE_DEFAULTS,
): Promise<{ session: Session; result: RunResult }> {
  const session = await openSession(browser, url, options);
  const { page, recorder } = session;
  const placesMs = await waitForMark(page, 'places-rendered', 0, options.loadTimeoutMs);
  let basemapMs: number | null = null;
  let readyMs: number | null = null;
  // The app's article page shows a picture painted at build time, and loads the live map
  // when the reader reaches for it (src/ui/first-view.ts): its first view is complete with
  // the article drawn; the reach is measured after it.
  const painted = target === 'app' && (await page.locator('.first-view').count()) > 0;
  if (placesMs !== null) {
    if (painted) await waitForMark(page, 'article-rendered', 0, options.loadTimeoutMs);
    else {
      basemapMs = await waitForMark(page, 'basemap-rendered', 0, options.basemapTimeoutMs);
      // Bare Leaflet's places are its interactive map; the app marks its own.
      readyMs =
        target === 'app'
          ? await waitForMark(page, 'map-ready', 0, options.loadTimeoutMs)
          : placesMs;
    }
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
    await pause(options.settleMs);
  }
  const figures = await readFigures(page);
  await recorder.settle();
  const reach = painted && placesMs !== null ? await measureReach(session, options) : {};
  const fcp = figures.paint.find(([name]) => name === 'first-contentful-paint');
  return {
    session,
    result: {
      target,
      scenario: 'load',
      run,
      ok: placesMs !== null,
      ...(placesMs === null
        ? { error: `no places-rendered mark within ${options.loadTimeoutMs / 1000} s` }
        : {}),
      timeMs: placesMs,
      basemapMs,
      readyMs,
      ...reach,
      fcpMs: fcp ? fcp[1] : null,
      ...longTaskFigures(figures.longTasks, 0),
      bytes: totalBytes(recorder.records.load),
      ...(placesMs === null && figures.alert ? { alert: figures.alert } : {}),
      pageErrors: [...recorder.pageErrors],
      outside: [...recorder.outside],
    },
  };
}

/**
 * The reader reaches for the painted map: the pointer moves over it, the live map loads and
 * draws (`map-ready`), its basemap follows and the picture gives way. Leaves the live map up,
 * so a case's file is opened on it as before.
 */
async function measureReach(
  { page, recorder }: Session,
  options: MeasureOptions,
): Promise<Pick<RunResult, 'reachMs' | 'reachBytes' | 'reachLongestTaskMs'>> {
  recorder.phase = 'reach';
  const box = await page.locator('#map').boundingBox();
  const reachAt = await page.evaluate(() => performance.now());
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const ready = await waitForMark(page, 'map-ready', reachAt, options.loadTimeoutMs);
  if (ready !== null) {
    await waitForMark(page, 'basemap-rendered', reachAt, options.basemapTimeoutMs);
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
    await pause(options.settleMs);
  }
  const figures = await readFigures(page);
  await recorder.settle();
  recorder.phase = 'load';
  return {
    reachMs: ready === null ? null : ready - reachAt,
    reachBytes: totalBytes(recorder.records.reach),
    reachLongestTaskMs: longTaskFigures(figures.longTasks, reachAt).longestTaskMs,
  };
}

/** The cold load's resources, for the results file (one run's worth is enough). */
export function loadResources(session: Session): ResourceRecord[] {
  return session.recorder.records.load;
}

export class NotAvailable extends Error {}

/** How often the page's heap is sampled while a file loads. */
const HEAP_SAMPLE_MS = 100;

/**
 * Samples the page's used JS heap (CDP `Runtime.getHeapUsage`, no GC) every 100 ms until
 * stopped; the largest sample. The renderer answers between tasks, so a heap that peaks
 * inside one long task (a JSON.parse) and is freed in it is seen only as what it keeps.
 * The page only, not its workers.
 */
async function sampleHeap(page: Page): Promise<{ stop: () => Promise<number | null> }> {
  const cdp = await page.context().newCDPSession(page);
  let peak: number | null = null;
  let busy = false;
  const sample = async (): Promise<void> => {
    if (busy) return; // The page is in a long task: one question waiting is enough.
    busy = true;
    try {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      peak = Math.max(peak ?? 0, usedSize);
    } catch {
      // The page closed or navigated: the samples so far stand.
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void sample(), HEAP_SAMPLE_MS);
  await sample();
  return {
    stop: async () => {
      clearInterval(timer);
      // A last sample, unless the page is in a long task (it would answer when it ends).
      await Promise.race([sample(), pause(1000)]);
      void cdp.detach().catch(() => undefined);
      return peak;
    },
  };
}

/**
 * After a load: sets `file` on the page's "Open GeoJSON" file input and waits
 * for `data-rendered`. Time runs from the input's first input/change event
 * (caught before the page's own handlers) to the mark. Throws NotAvailable
 * when the page has no such input; a timeout gives a result with an error.
 */
export async function measureData(
  session: Session,
  file: string,
  target: Target,
  run: number,
  timeoutMs: number,
  scenario: CaseKey = 'points',
  options: MeasureOptions = MEASURE_DEFAULTS,
): Promise<RunResult> {
  const { page, recorder } = session;
  const input = page.getByLabel('Open GeoJSON').and(page.locator('input[type="file"]')).first();
  if ((await input.count()) === 0) {
    throw new NotAvailable('the page has no file input labelled "Open GeoJSON"');
  }
  const armed = await page.evaluate(
    () => ((window as unknown as { __bench: { armed: number } }).__bench.armed = performance.now()),
  );
  recorder.phase = 'data';
  const heap = await sampleHeap(page);
  // Setting the files returns only once the page's change handler has run: a page that
  // draws in that handler (naive markers, markercluster) holds it for minutes. The timeout
  // counts from here whether or not it has returned.
  const started = Date.now();
  const set = input.setInputFiles(file).then(
    () => true,
    () => false,
  );
  const setInTime = await Promise.race([set, pause(timeoutMs).then(() => false)]);
  // The page may be busy for many seconds from the first event on (that is what is
  // measured), so wait for the result first and read when the file was chosen after.
  const rendered = setInTime
    ? await waitForMark(
        page,
        'data-rendered',
        armed,
        Math.max(1, timeoutMs - (Date.now() - started)),
      )
    : null;
  if (rendered !== null) await pause(options.settleMs);
  const peakHeapBytes = await heap.stop();
  if (rendered === null) {
    // A page that drew nothing in its time is usually still in one long task, and would
    // answer nothing more until it ends (minutes, for naive markers): report the timeout,
    // with the page's alert if it can still say one (the app refusing the file).
    const late = await Promise.race([readFigures(page).catch(() => null), pause(3000)]);
    const alert = late ? late.alert : '';
    // The same for what its requests weighed: a busy renderer may not answer for minutes,
    // and the run must end at its timeout (the sizes known by then stand).
    await Promise.race([recorder.settle(), pause(3000)]);
    return {
      target,
      scenario,
      run,
      ok: false,
      error: `timed out: no data-rendered mark within ${Math.round(timeoutMs / 1000)} s`,
      timedOut: true,
      timeMs: null,
      peakHeapBytes,
      basemapMs: null,
      fcpMs: null,
      longestTaskMs: 0,
      longTasks: 0,
      blockingMs: 0,
      bytes: totalBytes(recorder.records.data),
      ...(alert ? { alert } : {}),
      pageErrors: [...recorder.pageErrors],
      outside: [...recorder.outside],
    };
  }
  const chosen = await page.evaluate(
    ([mark, from]) =>
      performance.getEntriesByName(mark, 'mark').find((e) => e.startTime >= from)?.startTime ??
      null,
    [FILE_CHOSEN, armed] as const,
  );
  if (chosen === null) throw new Error('setting the file fired no input or change event');
  const figures = await readFigures(page);
  await recorder.settle();
  return {
    target,
    scenario,
    run,
    ok: rendered !== null,
    ...(rendered === null
      ? {
          error: `timed out: no data-rendered mark within ${Math.round(timeoutMs / 1000)} s`,
          timedOut: true,
        }
      : {}),
    timeMs: rendered === null ? null : rendered - chosen,
    peakHeapBytes,
    basemapMs: null,
    fcpMs: null,
    ...longTaskFigures(figures.longTasks, chosen),
    bytes: totalBytes(recorder.records.data),
    ...(rendered === null && figures.alert ? { alert: figures.alert } : {}),
    pageErrors: [...recorder.pageErrors],
    outside: [...recorder.outside],
  };
}

export async function closeSession(session: Session): Promise<void> {
  await session.context.close().catch(() => undefined);
}
