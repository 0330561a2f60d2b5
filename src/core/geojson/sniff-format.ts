/**
 * Telling what a file is when it is not GeoJSON: KML, GPX, HTML or other XML by the root
 * element, CSV by its first lines, and a best guess for JSON that does not parse. Looks
 * only at the start of the text.
 */
import { phrase, type Phrase } from '../i18n/phrase';

/** What a file turned out to be. */
export type FileFormat =
  'geojson' | 'topojson' | 'kml' | 'gpx' | 'csv' | 'html' | 'xml' | 'json' | 'empty' | 'unknown';

export interface Sniffed {
  format: FileFormat;
  /** What to tell the person who opened the file. */
  phrase: Phrase;
}

/** How much of the start of the file the sniffers read. */
const HEAD = 65_536;

const HTML_ELEMENTS = new Set(
  'html head body title meta link script style div p span a img table h1 h2 iframe noscript'.split(
    ' ',
  ),
);

/**
 * Recognises a file that is not JSON at all: markup (KML, GPX, HTML, other XML) or CSV.
 * Returns undefined for anything else, which is then read as (possibly broken) JSON.
 */
export function sniffFormat(text: string): Sniffed | undefined {
  const head = text.slice(0, HEAD).trimStart();
  return head.startsWith('<') ? sniffMarkup(head) : sniffCsv(head);
}

function sniffMarkup(head: string): Sniffed | undefined {
  // Skip the XML declaration, processing instructions, comments and a DOCTYPE.
  const prolog = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?!\s+html\b)[^>]*>)*/i;
  const rest = head.replace(prolog, '');
  const name = /^<!DOCTYPE\s+html\b/i.test(rest) ? 'html' : /^<([A-Za-z_][\w.:-]*)/.exec(rest)?.[1];
  if (name === undefined) return undefined;
  const local = (name.split(':').pop() ?? name).toLowerCase();
  if (local === 'kml') return { format: 'kml', phrase: phrase('problems.kml') };
  if (local === 'gpx') return { format: 'gpx', phrase: phrase('problems.gpx') };
  if (HTML_ELEMENTS.has(local)) return { format: 'html', phrase: phrase('problems.html') };
  return { format: 'xml', phrase: phrase('problems.xml', { element: name }) };
}

function sniffCsv(head: string): Sniffed | undefined {
  if (/^[[{]/.test(head)) return undefined;
  const lines = head
    .split(/\r\n|\r|\n/, 3)
    .filter((line) => line.trim() !== '')
    .slice(0, 2);
  const [header, second] = lines;
  if (header === undefined || second === undefined) return undefined;
  const columns = countFields(header);
  if (columns < 2 || countFields(second) !== columns) return undefined;
  const shown = header.length > 60 ? `${header.slice(0, 60)}…` : header;
  return { format: 'csv', phrase: phrase('problems.csv', { header: shown }) };
}

/** Comma-separated fields in one CSV line, with commas inside double quotes not counted. */
function countFields(line: string): number {
  let fields = 1;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) fields += 1;
  }
  return fields;
}

/**
 * A guess at what JSON-like text was meant to be, for text that does not parse or nests too
 * deep: TopoJSON or GeoJSON by a `"type"` member near the start, else JSON if it opens like
 * JSON, else unknown.
 */
export function guessJsonFormat(text: string): FileFormat {
  const head = text.slice(0, HEAD);
  if (/"type"\s*:\s*"Topology"/.test(head)) return 'topojson';
  const geojsonType =
    /"type"\s*:\s*"(?:FeatureCollection|Feature|Point|MultiPoint|LineString|MultiLineString|Polygon|MultiPolygon|GeometryCollection)"/;
  if (geojsonType.test(head)) return 'geojson';
  return /^\s*[[{]/.test(head) ? 'json' : 'unknown';
}
