/**
 * GeoJSON export: the article's places, or any FeatureCollection, as RFC 7946 text.
 *
 * Pure: no DOM, no files. The page's "Download GeoJSON" button and `npm run export` both
 * write exactly the text returned here.
 *
 * The text is JSON indented by two spaces, ending with a newline (readable, diffable, and
 * the layout of geodata/<slug>/places.geojson). Members come in a fixed order: `type` first, then
 * the others in the input object's order (JavaScript's, which lists integer-like keys such as
 * "10" first, as JSON.parse builds them), except that a FeatureCollection's `features` come
 * last, after any foreign members added. So the same input always gives the same bytes, and
 * exporting the parsed text gives it again byte for byte.
 *
 * Only these changes are made (RFC 7946): `crs` members are dropped (§4); positions are cut
 * to [longitude, latitude, altitude] (§3.1.1) and, like bboxes, rounded to 6 decimals, -0 to 0
 * (§11.2); exterior rings are wound counter-clockwise and holes clockwise (§3.1.6); a Feature
 * missing `properties` or `geometry` gets null. Everything else is written back as it was:
 * ids, properties (any keys, "__proto__" included, nested values, nulls, -0) and foreign members.
 * What cannot be written faithfully is refused with an ExportError naming the feature.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { ExportError } from './export-error';
import { exportBbox, exportGeometry } from './export-geometry';
import { findNonFiniteNumber } from '../geojson/find-non-finite-number';
import { formatJson, JsonMembers } from './format-json';
import { labelFor, namingModes, parseNamingMode, type NamingMode } from '../article/naming';
import { partiesOf, type PlaceCollection, type PlaceProperties } from '../article/places';
import { ARTICLE_TEXT_MEMBER, CLAIM_LINES_MEMBER } from '../article/opened-article';
import type { ClaimLine } from '../borders/read-claim-lines';

export { ExportError } from './export-error';

/** The media type of GeoJSON (RFC 7946 §12), for a download's Blob. */
export const GEOJSON_MEDIA_TYPE = 'application/geo+json';

export interface ExportOptions {
  /**
   * The naming mode: `both` (all sides) or one of the article's party ids; each place's
   * `name` becomes its label in it (see naming.ts).
   */
  names: NamingMode;
  /** Only this place, as a FeatureCollection of one feature (default: every place). */
  placeId?: string;
  /** Only these places, in this order (with `placeId`, that one comes first). */
  placeIds?: readonly string[];
  /**
   * The article's text, written as the foreign member `article_text`, so the file opens
   * again as the article with its text (core/article/opened-article.ts).
   */
  text?: string | null;
  /** The article's claim lines, written as the foreign member `claim_lines`. */
  claims?: readonly ClaimLine[];
}

export interface ExportGeoJsonOptions {
  /** Members to set on the collection (RFC 7946 §6.1), replacing any of the same name. */
  foreign?: Record<string, unknown>;
  /**
   * Numbers that are NaN or ±Infinity outside coordinates (a property `1e400` that JSON.parse
   * read as Infinity) are written as null, as JSON.stringify does, rather than refused.
   * Opening warns of each; coordinates are never non-finite in what opening accepts.
   * Default false: refused with an ExportError.
   */
  nonFiniteAsNull?: boolean;
  /**
   * Above this many characters the text is written compact (no indentation): two-space
   * indentation doubles a large file, which would then be over the size that opens again.
   * Default: {@link PRETTY_EXPORT_MAX_CHARS}.
   */
  maxPrettyChars?: number;
}

/**
 * Exports of opened files longer than this are written compact. Below every device's open
 * limit (core/geojson/open-limit.ts), so a pretty export always opens again, and a compact
 * one is no longer than the file it came from, less what export normalises away.
 */
export const PRETTY_EXPORT_MAX_CHARS = 10_000_000;

/** How values are written: see ExportGeoJsonOptions. */
interface WriteRules {
  nonFiniteAsNull: boolean;
  maxPrettyChars: number;
}

const STRICT: WriteRules = { nonFiniteAsNull: false, maxPrettyChars: Infinity };

/** What a FeatureCollection must not have (RFC 7946 §7.1). */
const COLLECTION_FORBIDDEN: readonly string[] = [
  'coordinates',
  'geometries',
  'geometry',
  'properties',
];
/** What a Feature must not have (RFC 7946 §7.1). */
const FEATURE_FORBIDDEN: readonly string[] = ['coordinates', 'geometries', 'features'];
/** Names that are GeoJSON members of a FeatureCollection, so cannot be foreign ones. */
const NOT_FOREIGN: readonly string[] = ['type', 'features', 'bbox', ...COLLECTION_FORBIDDEN];
const COLLECTION = 'The FeatureCollection';

/**
 * The article's places as RFC 7946 text. Each place's `name` is its label in the naming mode
 * (labelFor); every other property is kept (`name:*`, `label:*`, passages, sources,
 * administered_by, claimed_by ...). The collection gets the foreign members `article` (the
 * article's metadata) and `naming` (the mode), and with `text` and `claims` the article's
 * text and claim lines (`article_text`, `claim_lines`), so the file re-opens as the article. With `placeId` or `placeIds`, a collection of
 * those places only, with the same foreign members and without the collection's bbox. The
 * all-sides `name` is only in the `both` export: a party's mode replaces it, as the map's
 * labels do.
 *
 * Throws ExportError for an unknown naming mode, an unknown place id (listing the ids), or
 * data that cannot be written faithfully, such as a coordinate that is NaN or Infinity
 * (`Feature 3 (id "x"): coordinate 2 of ring 1 is not a finite number (its latitude is NaN)`).
 */
export function exportPlaces(collection: PlaceCollection, options: ExportOptions): string {
  const wanted = [
    ...new Set([
      ...(options.placeId === undefined ? [] : [options.placeId]),
      ...(options.placeIds ?? []),
    ]),
  ];
  const parties = partiesOf(collection.article);
  const names = parseNamingMode(options.names, parties);
  if (names === undefined) {
    throw new ExportError(
      `Unknown naming mode ${JSON.stringify(options.names)}; the modes are ${namingModes(parties).join(', ')}.`,
    );
  }
  let source: unknown = collection;
  const every = collection.features.map((feature, index) => ({ feature, index }));
  let picked = every;
  if (wanted.length > 0) {
    picked = wanted.map((placeId) => {
      const place = every.find(({ feature }) => feature.id === placeId);
      if (place === undefined) {
        const ids = collection.features.map((feature) => feature.id).join(', ');
        throw new ExportError(
          `No place has the id ${JSON.stringify(placeId)}; the ids are ${ids}.`,
        );
      }
      return place;
    });
    // The collection's bbox is that of every place, not of this one.
    source = Object.fromEntries(Object.entries(collection).filter(([key]) => key !== 'bbox'));
  }
  return writeCollection(
    source,
    picked,
    {
      article: collection.article,
      naming: names,
      ...(options.text ? { [ARTICLE_TEXT_MEMBER]: options.text } : {}),
      ...(options.claims && options.claims.length > 0
        ? { [CLAIM_LINES_MEMBER]: { type: 'FeatureCollection', features: options.claims } }
        : {}),
    },
    STRICT,
    (properties) => labelFor(properties as unknown as PlaceProperties, names, parties),
  );
}

/**
 * Any FeatureCollection (a file the user opened, say) as RFC 7946 text, changed only as the
 * module comment lists: properties, ids and foreign members are written back exactly.
 * `foreign` sets members of the collection (a `crs` among them is dropped; `type`,
 * `features`, `bbox` and the members RFC 7946 §7.1 forbids are refused). Large exports are
 * compact (`maxPrettyChars`). Throws ExportError naming the feature for what cannot be written
 * faithfully: a NaN or Infinity in coordinates (anywhere, unless `nonFiniteAsNull`), a malformed geometry, an id that is not
 * a string or number, a member RFC 7946 §7.1 forbids.
 */
export function exportGeoJson(
  collection: FeatureCollection<Geometry | null>,
  options: ExportGeoJsonOptions = {},
): string {
  const features: unknown = collection.features;
  const picked = Array.isArray(features)
    ? features.map((feature: unknown, index) => ({ feature, index }))
    : [];
  return writeCollection(collection, picked, options.foreign ?? {}, {
    nonFiniteAsNull: options.nonFiniteAsNull ?? false,
    maxPrettyChars: options.maxPrettyChars ?? PRETTY_EXPORT_MAX_CHARS,
  });
}

/**
 * The download's file name: `article-map-both.geojson`, `article-map-<party id>-<place id>.geojson`.
 * A place id is reduced to letters, digits, `_` and `-` (at most 80 of them), so an id from
 * an opened file cannot name a path or a hidden file.
 */
export function exportFileName(names: NamingMode, placeId?: string): string {
  const id = placeId === undefined ? '' : fileNamePart(placeId);
  return `article-map-${names}${id === '' ? '' : `-${id}`}.geojson`;
}

function fileNamePart(text: string): string {
  const cleaned = text.normalize('NFC').replace(/[^\p{L}\p{N}_-]+/gu, '-');
  // By code points, so a character outside the BMP is never cut in half.
  return Array.from(cleaned)
    .slice(0, 80)
    .join('')
    .replace(/^-+|-+$/g, '');
}

interface Picked {
  feature: unknown;
  /** Its index in the input, for messages. */
  index: number;
}

type Relabel = (properties: Record<string, unknown>) => string;

function writeCollection(
  collection: unknown,
  picked: readonly Picked[],
  foreign: Record<string, unknown>,
  rules: WriteRules,
  relabel?: Relabel,
): string {
  if (
    !isRecord(collection) ||
    collection.type !== 'FeatureCollection' ||
    !Array.isArray(collection.features)
  ) {
    throw new ExportError('The data is not a GeoJSON FeatureCollection.');
  }
  // A Map, not an object: a foreign member may be called "__proto__".
  const added = new Map(Object.entries(foreign));
  added.delete('crs'); // RFC 7946 §4: no crs, wherever it comes from.
  for (const key of added.keys()) {
    if (NOT_FOREIGN.includes(key)) {
      throw new ExportError(`"${key}" cannot be a foreign member of a FeatureCollection.`);
    }
  }
  const members: [string, unknown][] = [['type', 'FeatureCollection']];
  const add = (key: string, value: unknown) => {
    members.push([key, checkedValue(value, rules, COLLECTION, `member ${JSON.stringify(key)}`)]);
  };
  for (const [key, value] of Object.entries(collection)) {
    if (key === 'type' || key === 'features' || key === 'crs') continue; // RFC 7946 §4: no crs.
    if (added.has(key)) {
      add(key, added.get(key));
      added.delete(key);
    } else if (key === 'bbox') {
      members.push([key, exportBbox(value, COLLECTION, 'the bbox')]);
    } else if (COLLECTION_FORBIDDEN.includes(key)) {
      throw new ExportError(
        `${COLLECTION} has a member "${key}", which RFC 7946 §7.1 forbids on a FeatureCollection.`,
      );
    } else {
      add(key, value);
    }
  }
  for (const [key, value] of added) add(key, value);
  members.push([
    'features',
    picked.map(({ feature, index }) => writeFeature(feature, index, rules, relabel)),
  ]);
  const written = new JsonMembers(members);
  const pretty = formatJson(written);
  return `${pretty.length > rules.maxPrettyChars ? formatJson(written, { compact: true }) : pretty}\n`;
}

function writeFeature(
  feature: unknown,
  index: number,
  rules: WriteRules,
  relabel?: Relabel,
): JsonMembers {
  const subject = featureSubject(feature, index);
  if (!isRecord(feature) || feature.type !== 'Feature') {
    throw new ExportError(`${subject} is not a GeoJSON Feature.`);
  }
  const members: [string, unknown][] = [['type', 'Feature']];
  let hasProperties = false;
  let hasGeometry = false;
  for (const [key, value] of Object.entries(feature)) {
    if (key === 'type' || key === 'crs') continue; // RFC 7946 §4: no crs.
    if (key === 'id') {
      if (value === undefined) continue;
      if (!(typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))) {
        throw new ExportError(`${subject}: the id is neither a string nor a finite number.`);
      }
      members.push([key, value]);
    } else if (key === 'bbox') {
      members.push([key, exportBbox(value, subject, 'the bbox')]);
    } else if (key === 'properties') {
      hasProperties = true;
      members.push([key, writeProperties(value, subject, rules, relabel)]);
    } else if (key === 'geometry') {
      hasGeometry = true;
      members.push([
        key,
        value === null || value === undefined ? null : exportGeometry(value, subject),
      ]);
    } else if (FEATURE_FORBIDDEN.includes(key)) {
      throw new ExportError(
        `${subject} has a member "${key}", which RFC 7946 §7.1 forbids on a Feature.`,
      );
    } else {
      members.push([key, checkedValue(value, rules, subject, `member ${JSON.stringify(key)}`)]);
    }
  }
  // RFC 7946 §3.2: a Feature always has both members, null when empty.
  if (!hasProperties) members.push(['properties', null]);
  if (!hasGeometry) members.push(['geometry', null]);
  return new JsonMembers(members);
}

function writeProperties(
  properties: unknown,
  subject: string,
  rules: WriteRules,
  relabel?: Relabel,
): unknown {
  if (properties === null || properties === undefined) return null;
  if (!isRecord(properties)) {
    throw new ExportError(`${subject}: the properties member is neither an object nor null.`);
  }
  const entries = Object.entries(properties);
  for (const [key, value] of entries) {
    checkedValue(value, rules, subject, `property ${JSON.stringify(key)}`);
  }
  if (relabel === undefined) return properties;
  const name = relabel(properties);
  // Entries, not a copy made by assignment: `copy["__proto__"] = v` would set the prototype.
  const renamed = entries.map(([key, value]): [string, unknown] =>
    key === 'name' ? [key, name] : [key, value],
  );
  if (!Object.hasOwn(properties, 'name')) renamed.push(['name', name]);
  return new JsonMembers(renamed);
}

function checkedValue(value: unknown, rules: WriteRules, subject: string, what: string): unknown {
  // formatJson writes them as null.
  if (rules.nonFiniteAsNull) return value;
  const bad = findNonFiniteNumber(value);
  if (bad !== undefined) {
    throw new ExportError(`${subject}: ${what} holds ${bad}, which JSON cannot write.`);
  }
  return value;
}

function featureSubject(feature: unknown, index: number): string {
  const id = isRecord(feature) ? feature.id : undefined;
  const shown =
    typeof id === 'string'
      ? ` (id ${JSON.stringify(id)})`
      : typeof id === 'number'
        ? ` (id ${id})`
        : '';
  return `Feature ${index + 1}${shown}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The download's file name for an opened file, after the file (`cities.json` →
 * `cities.geojson`) or the last part of its URL; `article-map-opened.geojson` when neither
 * gives a name.
 */
export function openedExportFileName(name: string): string {
  let base = name;
  try {
    base = decodeURIComponent(new URL(name).pathname.split('/').pop() ?? '');
  } catch {
    // Not a URL: a file name.
  }
  const part = fileNamePart(base.replace(/\.(geo)?json$/i, ''));
  return `${part === '' ? 'article-map-opened' : part}.geojson`;
}
