/**
 * `npm run lighthouse`: Lighthouse 12's performance audit of the built site, as a reader's
 * phone sees it (Lighthouse's default mobile settings: a simulated mid-range phone on a slow
 * 4G connection), or a desktop with `--desktop`. Builds the site into a temporary folder
 * (not dist/, which the browser tests may be serving), serves it from 127.0.0.1 with a small
 * static server, gzipped or not (`--no-gzip`: as `vite preview` without compression), and
 * audits the first article's page `--runs` times in Debian's Chromium (CHROMIUM_PATH), with
 * the tests' flags. Prints and writes (`--out`) the median of each figure, with the machine's
 * load average, so a rerun can be compared.
 *
 * Like the bench, this reports and does not judge: it exits 0 whatever the figures, 1 when
 * the audit itself fails, 2 for bad arguments.
 */
import { execFileSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../test/browser/chromium';
import { FIRST_ARTICLE } from '../src/core/site/site-path';
import { median } from './stats';

const ROOT = resolve(import.meta.dirname, '..');

const USAGE = `Usage: npm run lighthouse -- [--runs N] [--desktop] [--no-gzip] [--out FILE] [--page PATH]

  --runs N     audits to run (default 5); the median of each figure is reported
  --desktop    Lighthouse's desktop settings (default: its mobile settings)
  --no-gzip    serve without compression (as vite preview without it)
  --page PATH  the page below the site's root (default: ${FIRST_ARTICLE}/)
  --out FILE   write the figures as JSON (default: bench/lighthouse.json)
`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
/** What a server would compress: text, not the already compressed pictures. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.geojson', '.txt', '.svg']);

/** A static server for `root`, on a free port of 127.0.0.1. */
function serve(root: string, gzip: boolean): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    const ext = extname(file);
    const zip =
      gzip && COMPRESSED.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      ...(zip ? { 'content-encoding': 'gzip' } : {}),
    });
    const body = createReadStream(file);
    (zip ? body.pipe(createGzip()) : body).pipe(response);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, url: `http://127.0.0.1:${port}/` });
    }),
  );
}

/** A free TCP port for Chromium's DevTools endpoint, which Lighthouse connects to. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 9222));
    });
  });
}

interface Figures {
  performance: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
}

async function audit(url: string, desktop: boolean): Promise<Figures> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
    headless: true,
  });
  try {
    const result = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      desktop ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse gave no result');
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const value = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      speedIndexMs: value('speed-index'),
    };
  } finally {
    await browser.close();
  }
}

function build(work: string): void {
  const run = (command: string, args: string[]) =>
    execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  run('npx', ['vite', 'build', '--outDir', work, '--emptyOutDir', '--logLevel', 'error']);
  run('npx', ['tsx', 'scripts/build-site.ts', '--dist', work]);
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      runs: { type: 'string', default: '5' },
      desktop: { type: 'boolean', default: false },
      'no-gzip': { type: 'boolean', default: false },
      page: { type: 'string', default: `${FIRST_ARTICLE}/` },
      out: { type: 'string', default: join('bench', 'lighthouse.json') },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return void process.stdout.write(USAGE);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new RangeError('--runs must be a whole number ≥ 1');
  const work = mkdtempSync(join(tmpdir(), 'article-map-lighthouse-'));
  const gzip = !values['no-gzip'];
  try {
    build(work);
    const { server, url } = await serve(work, gzip);
    const page = new URL(values.page, url).href;
    const all: Figures[] = [];
    try {
      for (let run = 1; run <= runs; run += 1) {
        all.push(await audit(page, values.desktop));
        process.stderr.write(`lighthouse: run ${run} of ${runs}: ${JSON.stringify(all.at(-1))}\n`);
      }
    } finally {
      server.close();
    }
    const pick = (key: keyof Figures) => median(all.map((f) => f[key]));
    const figures = Object.fromEntries(
      (Object.keys(all[0] as Figures) as (keyof Figures)[]).map((key) => [key, pick(key)]),
    );
    const report = {
      date: new Date().toISOString(),
      settings: values.desktop ? 'desktop' : 'mobile (Lighthouse default)',
      served: gzip ? 'gzip' : 'uncompressed',
      page: values.page,
      runs,
      machine: `${cpus().length} cores, load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
      median: figures,
      each: all,
    };
    writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(
      `Lighthouse (${report.settings}, ${report.served}), median of ${runs}: performance ${figures.performance}, ` +
        `FCP ${Math.round(figures.fcpMs ?? 0)} ms, LCP ${Math.round(figures.lcpMs ?? 0)} ms, ` +
        `TBT ${Math.round(figures.tbtMs ?? 0)} ms, CLS ${(figures.cls ?? 0).toFixed(3)} ` +
        `(${report.machine}); written to ${values.out}\n`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`lighthouse: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode =
    error instanceof RangeError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
      ? 2
      : 1;
});
