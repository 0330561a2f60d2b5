/**
 * `npm run new-article -- SLUG --text FILE --title … --source … --date YYYY-MM-DD [--url …]`:
 * a new article's folder, geodata/SLUG/, with its text and a draft places.source.json.
 *
 * Reads and writes files only; finding the places is scripts/draft-places.ts, the gazetteer
 * scripts/gazetteer.ts. See scripts/new-article.README.md. Exit status: 0 written (with or
 * without unresolved names), 2 bad arguments or unreadable text.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { draftPlaces, indexGazetteer, type Draft } from './draft-places';
import { loadGazetteer } from './gazetteer';
import {
  normaliseArticleText,
  parseNewArticleArgs,
  USAGE,
  UsageError,
  type NewArticleCommand,
} from './new-article-args';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function readText(file: string): string {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new UsageError(`cannot read --text file ${file}: no such file`);
  }
  if (!stat.isFile()) throw new UsageError(`--text ${file} is not a file`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read --text file ${file}: ${(error as Error).message}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`--text file ${file} is not UTF-8 text`);
  }
  if (text.trim() === '') throw new UsageError(`--text file ${file} is empty`);
  return text;
}

/** The draft file's JSON, formatted as Prettier would, so `npm run lint` passes on it. */
async function formatJson(value: unknown, file: string): Promise<string> {
  const options = (await resolveConfig(file)) ?? {};
  return format(JSON.stringify(value), { ...options, parser: 'json', filepath: file });
}

function sourceFile(command: NewArticleCommand, draft: Draft): unknown {
  return {
    article: {
      title: command.title,
      source: command.source,
      ...(command.url === undefined ? {} : { url: command.url }),
      date: command.date,
      text: 'article.txt',
      parties: [],
    },
    places: draft.places,
    unresolved: draft.unresolved,
  };
}

function report(folder: string, text: string, draft: Draft): string {
  const lines: string[] = [];
  const paragraphs = text.split('\n\n').length;
  lines.push(`Wrote ${folder}/article.txt (${paragraphs} paragraphs) and places.source.json.`);
  const replaced = text.split('\n\n').flatMap((p, i) => (p.includes('\uFFFD') ? [i + 1] : []));
  if (replaced.length > 0) {
    lines.push(
      `Note: paragraph(s) ${replaced.join(', ')} hold U+FFFD replacement characters, where the ` +
        'text lost a character; restore them in article.txt and say so in article.note.',
    );
  }
  lines.push('', `Places found (${draft.places.length}):`);
  for (const place of draft.places) {
    const where =
      place.geometry.type === 'geonames-point'
        ? `GeoNames ${place.geometry.geonameid}`
        : `ISO 3166-1 numeric ${place.geometry.iso_numeric}`;
    lines.push(
      `  ${place.id}  ${place.kind} ${place.name}, ${where}, ${place.passages.length} passage(s)`,
    );
  }
  lines.push(
    '',
    'Still to do: fill article.parties; check each place; add the names, labels and claims the',
    'parties use, each with a source.',
  );
  if (draft.unresolved.length === 0) {
    lines.push('Nothing unresolved.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    '',
    `Unresolved (${draft.unresolved.length}): make each a place with a geometry recipe and sources,`,
    'or delete it; the build refuses the folder while "unresolved" is not empty.',
  );
  for (const item of draft.unresolved) {
    lines.push('', `* ${item.name}: ${item.why}`);
    for (const candidate of item.candidates) lines.push(`    candidate: ${candidate}`);
    for (const passage of item.passages) lines.push(`    ¶${passage.paragraph}: ${passage.text}`);
  }
  return `${lines.join('\n')}\n`;
}

async function run(args: string[]): Promise<void> {
  const command = parseNewArticleArgs(args);
  if (command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  const geodata = resolve(command.geodata ?? join(root, 'geodata'));
  const folder = join(geodata, command.slug);
  if (existsSync(folder) && !command.force) {
    throw new UsageError(`${folder} exists; give --force to replace it`);
  }
  const text = normaliseArticleText(readText(command.text));
  const draft = draftPlaces(text, indexGazetteer(loadGazetteer()));

  if (command.force) rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const sourcePath = join(folder, 'places.source.json');
  writeFileSync(join(folder, 'article.txt'), text);
  writeFileSync(sourcePath, await formatJson(sourceFile(command, draft), sourcePath));
  const shown = relative(process.cwd(), folder) || '.';
  process.stdout.write(report(shown.startsWith('..') ? folder : shown, text, draft));
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`new-article: ${error.message}\n\n${USAGE}`);
  process.exitCode = 2;
});
