/**
 * Screenshots of the built app in headless Chromium, for the README and for
 * looking at the UI: `npm run screenshot -- [--out DIR] [--place ID]...` (see
 * --help). Serves dist/ with `vite preview` (run `npm run build` first).
 * Without --out it writes to a new temporary folder, never over docs/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  USAGE,
  UsageError,
  firstLine,
  outputDir,
  parseScreenshotArgs,
  type ScreenshotCommand,
} from './screenshot-args';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The ids of the shipped places, to refuse an unknown --place before any browser starts. */
function placeIds(): string[] {
  const file = join(root, 'geodata', 'kurils-2019', 'places.geojson');
  const json = JSON.parse(readFileSync(file, 'utf8')) as { features: { id?: unknown }[] };
  return json.features.map((feature) => String(feature.id));
}

async function shoot(command: ScreenshotCommand): Promise<void> {
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    throw new UsageError('dist/ is missing: run `npm run build` first.');
  }
  // Vite and Playwright load only now: a refused command line answers at once.
  const { preview } = await import('vite');
  const { launchChromium, openApp, waitForMark, waitForSettledMap } =
    await import('../test/browser/chromium');
  const out = outputDir(command);
  mkdirSync(out, { recursive: true });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('vite preview did not report a URL');
  const browser = await launchChromium();
  try {
    const viewport = { width: command.width, height: command.height };
    const path = command.lang ? `#lang=${command.lang}` : '';
    const { page, errors } = await openApp(browser, baseUrl, { viewport, path });
    await waitForMark(page, 'basemap-rendered');
    await waitForSettledMap(page);
    const file = join(out, `${command.name}.png`);
    await page.screenshot({ path: file });
    console.log(file);
    for (const id of command.places) {
      await page.locator(`#places button[data-place="${id}"]`).click();
      await waitForSettledMap(page, { place: id });
      const placeFile = join(out, `${command.name}-${id}.png`);
      await page.screenshot({ path: placeFile });
      console.log(placeFile);
    }
    if (errors.length > 0) console.error('Page errors:', errors);
  } finally {
    await browser.close();
    await server.close();
  }
}

try {
  const command = parseScreenshotArgs(process.argv.slice(2), placeIds());
  if (command === 'help') process.stdout.write(USAGE);
  else await shoot(command);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`screenshot: ${firstLine(error)}\n\n${USAGE}`);
  process.exitCode = 2;
}
