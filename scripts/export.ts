/**
 * `npm run export -- [--names both|ru|ja] [--place ID] [--out FILE] [--data FILE]`: the
 * article's places as RFC 7946 GeoJSON, the same bytes as the page's "Download GeoJSON".
 *
 * Only reads and writes files; the export itself is src/core/export/export.ts. Exit status: 0 when
 * written, 2 for a bad command line or an unusable --data or --out file, 1 when the data
 * cannot be exported faithfully (e.g. a coordinate that is not a finite number).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ExportError, exportPlaces } from '../src/core/export/export';
import { namingModes, parseNamingMode, type NamingMode } from '../src/core/article/naming';
import { partiesOf, readPlaceCollection, type PlaceCollection } from '../src/core/article/places';

const USAGE = `Usage: npm run export -- [options]
       npx tsx scripts/export.ts [options]

Writes the article's places as RFC 7946 GeoJSON (UTF-8, two-space indented JSON),
the same bytes as the map's "Download GeoJSON" button.

Options:
  --names MODE   naming of the places: both (all sides, the default) or a party id of the
                 article (for the Kurils article: ru, Russian usage; ja, Japanese usage)
  --place ID     only this place, e.g. iturup
  --out FILE     write to FILE (default: standard output)
  --data FILE    the places to read (default: geodata/kurils-2019/places.geojson)
  -h, --help     show this help

Exit status: 0 written, 1 the data cannot be exported, 2 bad arguments or unreadable files.
`;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A problem to fix in the command line or its files: one line on stderr, exit 2. */
class UsageError extends Error {}

interface Command {
  names: NamingMode;
  place: string | undefined;
  out: string | undefined;
  data: string;
}

function parseCommand(args: string[]): Command | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        names: { type: 'string', default: 'both' },
        place: { type: 'string' },
        out: { type: 'string' },
        data: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    // parseArgs's messages name the option ("Unknown option '--nmes'"); keep their first line.
    throw new UsageError(`${firstLine(error).replace(/\.$/, '')} (see --help).`);
  }
  if (values.help) return 'help';
  return {
    names: values.names,
    place: values.place,
    out: values.out,
    data: values.data ?? join(root, 'geodata', 'kurils-2019', 'places.geojson'),
  };
}

function readPlaces(file: string): PlaceCollection {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read --data file ${file}: ${firstLine(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--data file ${file} is not JSON: ${firstLine(error)}`);
  }
  const { collection, problems } = readPlaceCollection(json);
  // A place left out would silently be missing from the export, so any problem stops it.
  if (collection === null || problems.length > 0) {
    throw new UsageError(`--data file ${file}: ${problems.join(' ')}`);
  }
  return collection;
}

function run(args: string[]): void {
  const command = parseCommand(args);
  if (command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  const collection = readPlaces(command.data);
  // The modes come from the article's parties, so --names is checked once the data is read.
  const parties = partiesOf(collection.article);
  const names = parseNamingMode(command.names, parties);
  if (names === undefined) {
    throw new UsageError(
      `--names must be one of ${namingModes(parties).join(', ')}, not ${JSON.stringify(command.names)} (see --help).`,
    );
  }
  const ids = collection.features.map((feature) => feature.id);
  if (command.place !== undefined && !ids.includes(command.place)) {
    throw new UsageError(
      `no place has the id ${JSON.stringify(command.place)}; the ids are ${ids.join(', ')}.`,
    );
  }
  const text = exportPlaces(collection, { names, placeId: command.place });
  if (command.out === undefined) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileSync(command.out, text);
  } catch (error) {
    throw new UsageError(`cannot write --out file ${command.out}: ${firstLine(error)}`);
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? message;
}

try {
  run(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError || error instanceof ExportError)) throw error;
  process.stderr.write(`export: ${firstLine(error)}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
