/**
 * GeoJSON text sequences (RFC 8142: each GeoJSON text preceded by the record separator
 * U+001E, usually one Feature per line, as `ogr2ogr -f GeoJSONSeq` writes) read as one
 * FeatureCollection, so they are checked like any other file.
 */

const RS = '\u001e';
const PREFIX = '{"type":"FeatureCollection","features":[';

export interface TextSequence {
  /** A FeatureCollection's text: the records become its features, offsets shifted by `shift`. */
  text: string;
  /** How far positions on the first line moved right (later lines do not move). */
  shift: number;
  /** Records in the sequence (empty ones are not counted). */
  records: number;
}

/**
 * The sequence as a FeatureCollection's text, or undefined when `text` does not start with a
 * record separator (after white space). Each separator becomes a comma (or a space before
 * the first record and around empty ones), so every record keeps its line and, after the first
 * line, its column.
 */
export function readTextSequence(text: string): TextSequence | undefined {
  if (!text.trimStart().startsWith(RS)) return undefined;
  let records = 0;
  const body = text.split(RS).map((part, i) => {
    if (i === 0) return part;
    if (part.trim() === '') return ` ${part}`;
    records += 1;
    return `${records === 1 ? ' ' : ','}${part}`;
  });
  return { text: `${PREFIX}${body.join('')}]}`, shift: PREFIX.length, records };
}
