/**
 * The command line of `npm run screenshot`: parsed and checked before any
 * browser starts, so a typo or an unknown place is refused at once (exit 2)
 * instead of ending in a stack trace or a 30-second wait.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run screenshot -- [options]
       npx tsx scripts/screenshot.ts [options]

PNG screenshots of the built app (run \`npm run build\` first) in headless Chromium:
NAME.png, then NAME-ID.png with each --place's popup open.

Options:
  --out DIR       where to write (default: a new temporary folder, printed);
                  --out docs rewrites the README's screenshots
  --place ID      open this place's popup and take another screenshot (repeatable),
                  e.g. iturup
  --name NAME     file name stem (default: screenshot)
  --width PX      viewport width (default: 1280)
  --height PX     viewport height (default: 800)
  --lang LANG     interface language: en, ru or ja (default: the browser's)
  -h, --help      show this help

Exit status: 0 written, 2 bad arguments, 1 anything else.
`;

/** A problem with the command line: one line on stderr and exit 2. */
export class UsageError extends Error {}

export interface ScreenshotCommand {
  /** The folder to write to; undefined: a new temporary folder (never docs/ by surprise). */
  out: string | undefined;
  places: string[];
  name: string;
  width: number;
  height: number;
  /** The interface language (`lang=` in the address); undefined: the browser's. */
  lang: 'en' | 'ru' | 'ja' | undefined;
}

/** Reads `args` (without node and the script); throws UsageError for anything it cannot use. */
export function parseScreenshotArgs(
  args: readonly string[],
  placeIds: readonly string[],
): ScreenshotCommand | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string' },
        place: { type: 'string', multiple: true, default: [] },
        name: { type: 'string', default: 'screenshot' },
        width: { type: 'string', default: '1280' },
        height: { type: 'string', default: '800' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    // parseArgs names the option ("Unknown option '--bogus'"); keep its first line.
    throw new UsageError(`${firstLine(error).replace(/\.$/, '')} (see --help).`);
  }
  if (values.help) return 'help';
  for (const id of values.place) {
    if (!placeIds.includes(id)) {
      throw new UsageError(
        `no place has the id ${JSON.stringify(id)}; the ids are ${placeIds.join(', ')}.`,
      );
    }
  }
  if (!/^[\w.-]+$/.test(values.name)) {
    throw new UsageError(
      `--name must be a plain file name stem, not ${JSON.stringify(values.name)}.`,
    );
  }
  if (values.out === '') throw new UsageError('--out needs a folder.');
  const lang = values.lang;
  if (lang !== undefined && lang !== 'en' && lang !== 'ru' && lang !== 'ja') {
    throw new UsageError(`--lang must be en, ru or ja, not ${JSON.stringify(lang)}.`);
  }
  return {
    out: values.out,
    places: values.place,
    name: values.name,
    width: pixels('--width', values.width),
    height: pixels('--height', values.height),
    lang,
  };
}

/** The folder to write to: --out, or a new temporary one. */
export function outputDir(command: ScreenshotCommand): string {
  return command.out ?? mkdtempSync(join(tmpdir(), 'article-map-screenshots-'));
}

function pixels(option: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 100 || n > 4000) {
    throw new UsageError(
      `${option} must be a whole number of pixels from 100 to 4000, not ${JSON.stringify(value)}.`,
    );
  }
  return n;
}

/** The first line of an error's message. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? message;
}
