/**
 * The command line of `npm run new-article` and the article text it writes: pure, so the
 * checks are tested without files. scripts/new-article.ts does the reading and writing.
 */
import { parseArgs } from 'node:util';
import { splitParagraphs } from '../src/core/article/article';

export const USAGE = `Usage: npm run new-article -- SLUG --text FILE --title TITLE --source SOURCE --date YYYY-MM-DD [options]

Makes geodata/SLUG/ from an article's plain text: article.txt (its paragraphs, separated by
blank lines) and a draft places.source.json (cities and countries found in the text, with
coordinates, native names, sources and the sentences that name them; what could not be
resolved is listed in "unresolved" and printed for you to settle).

  SLUG              the article's folder and address: lower-case letters, digits and single
                    hyphens, e.g. lavrov-japan-2019
  --text FILE       the article as plain UTF-8 text, paragraphs separated by blank lines
  --title TITLE     the article's headline
  --source SOURCE   who published it, e.g. "Pakistan Point News / Sputnik"
  --date DATE       its date, YYYY-MM-DD
  --url URL         where it was published (http or https)
  --force           replace the folder if it exists
  --geodata DIR     where article folders live (default: geodata/)
  -h, --help        show this help

Exit status: 0 folder written, 2 bad arguments or unreadable text.
`;

/** A problem with the command line: one line for the person, then the usage. */
export class UsageError extends Error {}

export interface NewArticleCommand {
  slug: string;
  text: string;
  title: string;
  source: string;
  date: string;
  url: string | undefined;
  force: boolean;
  geodata: string | undefined;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads the arguments after `--`, or throws UsageError saying what is wrong. */
export function parseNewArticleArgs(args: readonly string[]): NewArticleCommand | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: true,
      options: {
        text: { type: 'string' },
        title: { type: 'string' },
        source: { type: 'string' },
        date: { type: 'string' },
        url: { type: 'string' },
        force: { type: 'boolean', default: false },
        geodata: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // parseArgs's own message names the flag ("Unknown option '--titel'").
    throw new UsageError((error as Error).message.split(/\n|\. /)[0]!.replace(/\.$/, ''));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('missing SLUG, the article folder name');
  if (positionals.length > 1) {
    throw new UsageError(`one SLUG expected, got ${positionals.map((p) => `"${p}"`).join(' ')}`);
  }
  const slug = positionals[0]!;
  if (!SLUG.test(slug) || slug.length > 80) {
    throw new UsageError(
      `bad SLUG "${slug}": use lower-case letters, digits and single hyphens, e.g. lavrov-japan-2019`,
    );
  }
  const required = (name: 'text' | 'title' | 'source' | 'date'): string => {
    const value = values[name];
    if (value === undefined) throw new UsageError(`missing --${name}`);
    if (value.trim() === '') throw new UsageError(`--${name} is empty`);
    return value.trim();
  };
  const text = required('text');
  const title = required('title');
  const source = required('source');
  const date = required('date');
  if (!isIsoDate(date))
    throw new UsageError(`bad --date "${date}": give a real date as YYYY-MM-DD`);
  let url: string | undefined;
  if (values.url !== undefined) {
    url = values.url.trim();
    if (!isWebUrl(url)) throw new UsageError(`bad --url "${url}": give an http or https URL`);
  }
  return {
    slug,
    text,
    title,
    source,
    date,
    url,
    force: values.force,
    geodata: values.geodata,
  };
}

/** YYYY-MM-DD that names a day of the calendar (not 2019-02-30). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The article as the project keeps it: no byte-order mark, `\n` line endings, each paragraph
 * on one line (lines broken inside a paragraph are joined with a space), paragraphs separated
 * by one blank line, a final newline. Paragraphs are as `splitParagraphs` reads them, so the
 * draft's paragraph numbers hold for the file written.
 */
export function normaliseArticleText(text: string): string {
  const unix = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const paragraphs = splitParagraphs(unix).map((p) => p.replace(/[ \t]*\n[ \t]*/g, ' '));
  return paragraphs.length === 0 ? '' : `${paragraphs.join('\n\n')}\n`;
}
