/**
 * The article folders, `geodata/<slug>/`, and the command line the build scripts share:
 * `[--check] [--article SLUG]`, every other argument refused with the usage text (so a
 * typo such as `--chek` never rewrites anything).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** A slug: lower-case letters, digits and single hyphens, as in a URL path segment. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slugs of the article folders under `geodata/` (those with a places.source.json), sorted. */
export function listArticles(root: string): string[] {
  const geodata = join(root, 'geodata');
  return readdirSync(geodata, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && SLUG.test(entry.name))
    .filter((entry) => existsSync(join(geodata, entry.name, 'places.source.json')))
    .map((entry) => entry.name)
    .sort();
}

export interface BuildCommand {
  check: boolean;
  /** The folders to build: the one `--article` names, or every one. */
  articles: string[];
}

/** A command line to refuse: print the message and the usage, exit 2. */
export class UsageError extends Error {}

/**
 * Reads `[--check] [--article SLUG] [-h|--help]`. Throws UsageError for an unknown
 * option, a positional argument, or a slug that is not an article folder; returns
 * 'help' for --help.
 */
export function parseBuildArgs(args: string[], known: readonly string[]): BuildCommand | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        check: { type: 'boolean', default: false },
        article: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split('\n', 1)[0] ?? message);
  }
  if (values.help) return 'help';
  if (values.article !== undefined && !known.includes(values.article)) {
    throw new UsageError(
      `--article ${JSON.stringify(values.article)} is not an article folder; the folders are ${known.join(', ')}`,
    );
  }
  return {
    check: values.check,
    articles: values.article === undefined ? [...known] : [values.article],
  };
}

/** Runs a build script's main: usage errors print the message and usage and exit 2. */
export function runBuild(usage: string, main: () => void): void {
  try {
    main();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${usage}`);
    process.exitCode = 2;
  }
}
