/**
 * Where a pan's frames go: opens a generated file in the built app (as the bench does), then
 * records a Chromium trace and a CPU profile of the page during bench/pan.ts's scripted pan,
 * and prints the main thread's time by kind (script by function, style, layout, paint, GC)
 * and the frame intervals. A tool for finding slow frames, not a measure to report.
 *
 *   npx tsx bench/trace-pan.ts --dist <built app> --kind mixed --count 500000 [--out trace.json]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../test/browser/chromium';
import { loadLandTest } from './land';
import { generateMixed } from './mixed';
import { scriptedPan, quantile } from './pan';
import { generatePoints } from './points';
import { generatePolygons } from './shapes';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    kind: { type: 'string', default: 'mixed' },
    count: { type: 'string', default: '500000' },
    out: { type: 'string' },
    pans: { type: 'string', default: '1' },
  },
});
if (!values.dist) throw new Error('--dist <built app> is needed');
const kind = values.kind as 'points' | 'polygons' | 'mixed';
const count = Number(values.count);
const file = join(tmpdir(), `trace-${kind}-${count}.geojson`);
if (!existsSync(file)) {
  const generate = { points: generatePoints, polygons: generatePolygons, mixed: generateMixed }[
    kind
  ];
  writeFileSync(file, JSON.stringify(generate({ count, seed: 1, isLand: loadLandTest() })));
}
const server = await preview({
  root: process.cwd(),
  logLevel: 'warn',
  build: { outDir: values.dist },
  preview: { port: 0, host: '127.0.0.1', open: false },
});
const url = `${server.resolvedUrls?.local[0] as string}kurils-2019/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', String(e)));
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('places-rendered').length > 0);
  const input = page.getByLabel('Open GeoJSON').and(page.locator('input[type="file"]')).first();
  const t = Date.now();
  await input.setInputFiles(file);
  await page.waitForFunction(() => performance.getEntriesByName('data-rendered').length > 0, null, {
    timeout: 120_000,
    polling: 100,
  });
  console.log(`${kind} ${count}: drawn in ${Date.now() - t} ms`);
  await page.waitForTimeout(1000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,v8,blink.user_timing,disabled-by-default-devtools.timeline.frame',
    transferMode: 'ReportEvents',
  } as never);
  await cdp.send('Profiler.start');
  // A string, not a function: tsx would wrap a function in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__on = true;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  for (let i = 0; i < Number(values.pans); i += 1) await scriptedPan(page);
  await page.waitForTimeout(1000);
  const frames = (await page.evaluate(
    '(window.__on = false, window.__frames.slice(1))',
  )) as number[];
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  if (values.out) {
    writeFileSync(values.out, JSON.stringify({ traceEvents: events }));
    writeFileSync(values.out.replace(/\.json$/, '.cpuprofile'), JSON.stringify(profile));
  }
  console.log(
    `frames ${frames.length}, p50 ${quantile(frames, 0.5)?.toFixed(1)} ms, ` +
      `p95 ${quantile(frames, 0.95)?.toFixed(1)} ms, max ${Math.max(...frames).toFixed(1)} ms`,
  );
  summarizeTrace(events);
  summarizeProfile(profile);
} finally {
  await browser.close();
  await server.close();
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  ts: number;
  args?: { data?: { frame?: string } };
}

/** Main thread's complete events by name (self time is not taken out: totals overlap). */
function summarizeTrace(events: TraceEvent[]): void {
  const main = events.find(
    (e) => e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain',
  );
  const tid = main?.tid;
  const pid = main?.pid;
  const byName = new Map<string, { total: number; count: number; max: number }>();
  for (const e of events) {
    if (e.tid !== tid || e.pid !== pid || e.ph !== 'X' || e.dur === undefined) continue;
    const s = byName.get(e.name) ?? { total: 0, count: 0, max: 0 };
    s.total += e.dur / 1000;
    s.count += 1;
    s.max = Math.max(s.max, e.dur / 1000);
    byName.set(e.name, s);
  }
  const rows = [...byName].sort((a, b) => b[1].total - a[1].total).slice(0, 25);
  console.log('\nmain thread, trace events (ms; nested events overlap):');
  for (const [name, s] of rows) {
    console.log(
      `  ${name.padEnd(32)} total ${s.total.toFixed(1).padStart(8)}  n ${String(s.count).padStart(6)}  max ${s.max.toFixed(1)}`,
    );
  }
  // Worker threads' busy time.
  const threads = events.filter((e) => e.name === 'thread_name');
  for (const th of threads) {
    const name = (th.args as { name?: string })?.name ?? '';
    if (!/Worker/.test(name)) continue;
    let busy = 0;
    for (const e of events)
      if (e.tid === th.tid && e.pid === th.pid && e.ph === 'X' && e.name === 'RunTask')
        busy += (e.dur ?? 0) / 1000;
    console.log(`  thread ${name}: RunTask ${busy.toFixed(1)} ms`);
  }
}

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by function, and time under each of the app's functions (inclusive). */
function summarizeProfile(profile: CpuProfile): void {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
  );
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (id: number): string => {
    const f = (byId.get(id) as CpuProfile['nodes'][number]).callFrame;
    return `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  };
  const selfBy = new Map<string, number>();
  const inclBy = new Map<string, number>();
  for (const [id, ms] of self) {
    selfBy.set(label(id), (selfBy.get(label(id)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const l = label(at);
      if (seen.has(l)) continue;
      seen.add(l);
      inclBy.set(l, (inclBy.get(l) ?? 0) + ms);
    }
  }
  const print = (title: string, m: Map<string, number>): void => {
    console.log(`\n${title}:`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
  };
  print('CPU profile, self time', selfBy);
  print('CPU profile, total time', inclBy);
}
