/**
 * `npm run image -- --out FILE [--article DIR|FILE] [--place ID] [--width W --height H]
 * [--format png|svg] [--names MODE] [--scale N]`: the article's map as an image, drawn by
 * the same painter as the page's "Download image" (src/core/render/paint-map.ts). SVG is
 * written from Node; PNG is the SVG rasterised by headless Chromium (Debian's, or
 * CHROMIUM_PATH; never downloaded), with every network request refused.
 *
 * Exit status: 0 written, 2 a bad command line or an unreadable or unusable file,
 * 1 Chromium failed.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { namingModes, parseNamingMode } from '../src/core/article/naming';
import { partiesOf, readPlaceCollection, type PlaceCollection } from '../src/core/article/places';
import { articleImageOptions, articleView } from '../src/core/render/article-image';
import { claimLinesForImage } from '../src/core/render/claim-lines-for-image';
import { frameHeights, paintMap } from '../src/core/render/paint-map';
import { estimateTextWidth } from '../src/core/render/text-width';
import { launchChromium } from '../test/browser/chromium';
import { basemapLevels, MapInputError, readClaims, readJsonFile } from './map-inputs';

const USAGE = `Usage: npm run image -- --out FILE [options]

Draws the article's map as an image: title, map, labels, claim lines, legend, scale
bar, inset locator, source line and data credits (the page's "Download image").

Options:
  --out FILE        write the image to FILE (required)
  --article PATH    the article's folder or its places.geojson (default: geodata/)
  --place ID        frame this place (e.g. iturup) instead of the whole article
  --view Z/LAT/LON  this view instead (the address's map=, e.g. 2/40/100)
  --width W         image width in px (default 1200)
  --height H        image height in px, title and footer included (default 800)
  --format F        png or svg (default: from the --out extension, else png)
  --names MODE      naming of the labels: both (all sides, default) or a party id of the article
  --scale N         PNG pixels per px, 1 to 4 (default 1; the page's button uses 2)
  -h, --help        show this help

Exit status: 0 written, 1 Chromium failed, 2 bad arguments or unusable files.
`;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A problem with the command line or its files: one line on stderr, exit 2. */
class UsageError extends Error {}
/** Chromium could not rasterise: one line on stderr, exit 1. */
class RenderError extends Error {}

interface Command {
  out: string;
  article: string;
  place: string | undefined;
  view: { zoom: number; lat: number; lon: number } | undefined;
  width: number;
  height: number;
  format: 'png' | 'svg';
  /** As given: checked against the article's parties once it is read. */
  names: string;
  scale: number;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? message;
}

function integer(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new UsageError(
      `--${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(value)} (see --help).`,
    );
  }
  return n;
}

function parseView(text: string): { zoom: number; lat: number; lon: number } {
  const parts = text.split('/').map(Number);
  const [zoom, lat, lon] = parts;
  if (
    parts.length !== 3 ||
    zoom === undefined ||
    lat === undefined ||
    lon === undefined ||
    !(zoom >= 0 && zoom <= 18) ||
    !(Math.abs(lat) <= 85) ||
    !(Math.abs(lon) <= 360)
  ) {
    throw new UsageError(
      `--view must be ZOOM/LAT/LON (e.g. 2/40/100), not ${JSON.stringify(text)} (see --help).`,
    );
  }
  return { zoom, lat, lon };
}

function parseCommand(args: string[]): Command | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string' },
        article: { type: 'string', default: join(root, 'geodata', 'kurils-2019') },
        place: { type: 'string' },
        view: { type: 'string' },
        width: { type: 'string', default: '1200' },
        height: { type: 'string', default: '800' },
        format: { type: 'string' },
        names: { type: 'string', default: 'both' },
        scale: { type: 'string', default: '1' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(`${firstLine(error).replace(/\.$/, '')} (see --help).`);
  }
  if (values.help) return 'help';
  if (!values.out) throw new UsageError('--out FILE is required (see --help).');
  const format = values.format ?? (/\.svg$/i.test(values.out) ? 'svg' : 'png');
  if (format !== 'png' && format !== 'svg') {
    throw new UsageError(
      `--format must be png or svg, not ${JSON.stringify(format)} (see --help).`,
    );
  }
  return {
    out: values.out,
    article: values.article,
    place: values.place,
    view: values.view === undefined ? undefined : parseView(values.view),
    width: integer('width', values.width, 200, 8000),
    height: integer('height', values.height, 200, 8000),
    format,
    names: values.names,
    scale: integer('scale', values.scale, 1, 4),
  };
}

function readArticle(path: string): { collection: PlaceCollection; folder: string } {
  let file = path;
  if (existsSync(path) && statSync(path).isDirectory()) file = join(path, 'places.geojson');
  const { collection, problems } = readPlaceCollection(readJsonFile(file, '--article file'));
  if (!collection) throw new UsageError(`--article file ${file}: ${problems.join(' ')}`);
  for (const problem of problems) process.stderr.write(`image: ${file}: ${problem}\n`);
  return { collection, folder: dirname(file) };
}

async function rasterise(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<Buffer> {
  let browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    throw new RenderError(`cannot start Chromium (set CHROMIUM_PATH): ${firstLine(error)}`);
  }
  try {
    const context = await browser.newContext({
      viewport: { width, height },
      deviceScaleFactor: scale,
    });
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    const body = svg.replace(/^<\?xml[^>]*>\s*/, '');
    await page.setContent(`<!doctype html><html><body style="margin:0">${body}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    return await page.screenshot({ clip: { x: 0, y: 0, width, height }, type: 'png' });
  } catch (error) {
    throw new RenderError(`Chromium could not draw the image: ${firstLine(error)}`);
  } finally {
    await browser.close();
  }
}

async function run(args: string[]): Promise<void> {
  const command = parseCommand(args);
  if (command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  const { collection, folder } = readArticle(command.article);
  const parties = partiesOf(collection.article);
  const names = parseNamingMode(command.names, parties);
  if (names === undefined) {
    throw new UsageError(
      `--names must be one of ${namingModes(parties).join(', ')}, not ${JSON.stringify(command.names)} (see --help).`,
    );
  }
  const ids = collection.features.map((f) => f.id);
  if (command.place !== undefined && !ids.includes(command.place)) {
    throw new UsageError(
      `no place has the id ${JSON.stringify(command.place)}; the ids are ${ids.join(', ')}.`,
    );
  }
  const { header, footer } = frameHeights(
    collection.article.title,
    command.width,
    estimateTextWidth,
  );
  const mapHeight = command.height - header - footer;
  if (mapHeight < 100)
    throw new UsageError(`--height ${command.height} leaves no room for the map.`);
  const view = command.view
    ? { ...command.view, width: command.width, height: mapHeight }
    : articleView(collection, command.width, mapHeight, command.place);
  if (!view) throw new UsageError('the article has no places to draw.');
  const { levels, world } = basemapLevels(view.zoom, folder);
  const painted = paintMap(
    articleImageOptions({
      collection,
      names,
      view,
      basemap: levels,
      insetLand: world.land,
      claimLines: claimLinesForImage(readClaims(folder), parties, names),
      measureText: estimateTextWidth,
    }),
  );
  const bytes =
    command.format === 'svg'
      ? Buffer.from(painted.svg, 'utf8')
      : await rasterise(painted.svg, painted.width, painted.height, command.scale);
  try {
    writeFileSync(command.out, bytes);
  } catch (error) {
    throw new UsageError(`cannot write --out file ${command.out}: ${firstLine(error)}`);
  }
  process.stdout.write(`${command.out}\n`);
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (
    error instanceof UsageError ||
    error instanceof MapInputError ||
    error instanceof RenderError
  ) {
    process.stderr.write(`image: ${firstLine(error)}\n`);
    process.exitCode = error instanceof RenderError ? 1 : 2;
    return;
  }
  // Anything else is a bug; still one line, not a stack trace.
  process.stderr.write(`image: unexpected error: ${firstLine(error)}\n`);
  process.exitCode = 1;
});
