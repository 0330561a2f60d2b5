/**
 * `npm run export -- [--names both|ru|ja] [--place ID] [--out FILE] [--data FILE]`: the
 * article's places as RFC 7946 GeoJSON, the same bytes as the page's "Download GeoJSON".
 *
 * Only reads and writes files; the export itself is src/core/export/export.ts. Exit status: 0 when
 * written, 2 for a bad command line or an unusable --data or --out file, 1 when the data
 * cannot be exported faithfully (e.g. a coordinate that is not a finite number).
 */
import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ExportError, exportPlaces } from '../src/core/export/export';
import { readClaimLines, type ClaimLine } from '../src/core/borders/read-claim-lines';
import { formatBytes } from '../src/core/geojson/byte-size';
import { checkCoordinates } from '../src/core/geojson/check-coordinates';
import { namingModes, parseNamingMode } from '../src/core/article/naming';
import { partiesOf, readPlaceCollection, type PlaceCollection } from '../src/core/article/places';

const USAGE = `Usage: npm run export -- [options]
       npx tsx scripts/export.ts [options]

Writes the article's places as RFC 7946 GeoJSON (UTF-8, two-space indented JSON),
the same bytes as the map's "Download GeoJSON" button.

Options:
  --names MODE   naming of the places: both (all sides, the default) or a party id of the
                 article (for the Kurils article: ru, Russian usage; ja, Japanese usage)
  --place ID     only this place, e.g. iturup (repeat it for several places)
  --out FILE     write to FILE (default: standard output)
  --data FILE    the places to read (default: geodata/kurils-2019/places.geojson)
  -h, --help     show this help

Exit status: 0 written, 1 the data cannot be exported, 2 bad arguments or unreadable files.
`;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Largest --data file read: far above any article's places; /dev/zero stops here. */
const MAX_DATA_BYTES = 50_000_000;

/** A problem to fix in the command line or its files: one line on stderr, exit 2. */
class UsageError extends Error {}

interface Command {
  /** As given: checked against the article's parties once the data is read. */
  names: string;
  /** The places to export, in the order given (empty: every place). */
  places: string[];
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
        place: { type: 'string', multiple: true },
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
    // Each --place once, in the order given: `--place a --place b` exports both.
    places: [...new Set(values.place ?? [])],
    out: values.out,
    data: values.data ?? join(root, 'geodata', 'kurils-2019', 'places.geojson'),
  };
}

/**
 * The file's text, read in chunks and refused past `max` bytes, so `--data /dev/zero` or a
 * huge file stops with a message rather than exhausting memory. A UTF-8 byte-order mark is
 * dropped, as the page drops it.
 */
function readBounded(file: string, max: number): string {
  const chunks: Buffer[] = [];
  let total = 0;
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > max) {
        throw new UsageError(
          `--data file ${file} is more than ${formatBytes(max)}, larger than any places file; is it the right file?`,
        );
      }
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
  } finally {
    closeSync(fd);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function readPlaces(file: string): PlaceCollection {
  let text: string;
  try {
    text = readBounded(file, MAX_DATA_BYTES);
  } catch (error) {
    if (error instanceof UsageError) throw error;
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
  if (command.out !== undefined && sameFile(command.out, command.data)) {
    throw new UsageError(`--out ${command.out} is the --data file: it would be overwritten.`);
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
  const unknown = command.places.find((place) => !ids.includes(place));
  if (unknown !== undefined) {
    throw new UsageError(
      `no place has the id ${JSON.stringify(unknown)}; the ids are ${ids.join(', ')}.`,
    );
  }
  const text = exportPlaces(collection, {
    names,
    ...(command.places.length > 0 ? { placeIds: command.places } : {}),
    ...besideData(command.data, collection),
  });
  refuseOutOfRange(command.data, collection);
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

/**
 * The article's text and claim lines, read from beside the data file (`article.text`,
 * `claims.geojson`) as the page fetches them, so the export embeds them as the button does.
 * An article without them exports without them.
 */
function besideData(
  data: string,
  collection: PlaceCollection,
): { text?: string; claims?: ClaimLine[] } {
  const read = (name: string): string | null => {
    try {
      return readFileSync(join(dirname(data), name), 'utf8');
    } catch {
      return null;
    }
  };
  const text = read(collection.article.text);
  const claims = read('claims.geojson');
  let lines: ClaimLine[] = [];
  try {
    lines = claims === null ? [] : readClaimLines(JSON.parse(claims));
  } catch {
    throw new UsageError(`claims.geojson beside ${data} is not JSON.`);
  }
  return { ...(text === null ? {} : { text }), ...(lines.length > 0 ? { claims: lines } : {}) };
}

/** Whether `out` names the same file as `data` (by device and inode, so links count). */
function sameFile(out: string, data: string): boolean {
  try {
    const a = statSync(out);
    const b = statSync(data);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false; // `out` does not exist yet (or `data` cannot be read: said later).
  }
}

/** A latitude of 95 is a typo, not a place: refuse it rather than export it without a word. */
function refuseOutOfRange(file: string, collection: PlaceCollection): void {
  collection.features.forEach((feature, index) => {
    const error = checkCoordinates(feature.geometry).find(
      (finding) => finding.severity === 'error',
    );
    if (error) {
      throw new UsageError(
        `--data file ${file}: Feature ${index + 1} (id ${JSON.stringify(feature.id)}): ${error.message}.`,
      );
    }
  });
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? message;
}

// Piped into `head`, the reader may go before the text is written: stop quietly, as cat does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  run(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError || error instanceof ExportError)) throw error;
  process.stderr.write(`export: ${firstLine(error)}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
