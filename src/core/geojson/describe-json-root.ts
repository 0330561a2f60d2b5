/** Telling parsed JSON that is not GeoJSON from GeoJSON, by its top-level value. */
import type { GeoJSON } from 'geojson';
import { phrase, type Phrase } from '../i18n/phrase';
import type { JsonPath } from './locate-json-path';
import type { Sniffed } from './sniff-format';

/** The nine GeoJSON types (RFC 7946 §1.4), which are case-sensitive. */
export const GEOJSON_TYPES: ReadonlySet<string> = new Set<GeoJSON['type']>([
  'FeatureCollection',
  'Feature',
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

export interface NotGeoJson extends Sniffed {
  /** Where the problem is, from the top-level value (`[]` for the value itself). */
  path: JsonPath;
}

const EXPECTED = phrase('problems.expectedRoot');

const SINGLE = {
  string: phrase('value.singleString'),
  number: phrase('value.singleNumber'),
  boolean: phrase('value.singleBoolean'),
} as const;

/**
 * Why the parsed top-level value is not GeoJSON (TopoJSON, an array, a bare number, an
 * object with no or an unknown `type`), or undefined when its `type` is a GeoJSON type.
 * Says nothing about the rest of the object; that is for the GeoJSON checks.
 */
export function describeJsonRoot(value: unknown): NotGeoJson | undefined {
  if (Array.isArray(value)) {
    const allFeatures =
      value.length > 0 && value.every((item) => isObject(item) && item.type === 'Feature');
    return {
      format: 'json',
      path: [],
      phrase: allFeatures
        ? phrase('problems.arrayOfFeatures', {
            count: value.length,
            example: '{"type": "FeatureCollection", "features": [...]}',
          })
        : phrase('problems.jsonArray', { expected: EXPECTED }),
    };
  }
  if (!isObject(value)) {
    const kind =
      value === null
        ? phrase('value.null')
        : (SINGLE[typeof value as keyof typeof SINGLE] ?? SINGLE.string);
    return {
      format: 'json',
      path: [],
      phrase: phrase('problems.jsonScalar', { kind, expected: EXPECTED }),
    };
  }
  const type = value.type;
  if (type === 'Topology') {
    return {
      format: 'topojson',
      path: [],
      phrase: phrase('problems.topojson'),
    };
  }
  if (!Object.hasOwn(value, 'type')) {
    return {
      format: 'json',
      path: [],
      phrase: phrase(
        Array.isArray(value.features) ? 'problems.noTypeCollection' : 'problems.noType',
      ),
    };
  }
  if (typeof type !== 'string') {
    return {
      format: 'json',
      path: ['type'],
      phrase: phrase('problems.typeNotString', { found: preview(type) }),
    };
  }
  if (GEOJSON_TYPES.has(type)) return undefined;
  const meant = [...GEOJSON_TYPES].find((known) => known.toLowerCase() === type.toLowerCase());
  if (meant !== undefined) {
    return {
      format: 'geojson',
      path: ['type'],
      phrase: phrase('problems.typeCase', { type, meant }),
    };
  }
  return {
    format: 'json',
    path: ['type'],
    phrase: phrase('problems.unknownType', {
      type: clip(type),
      types: [...GEOJSON_TYPES].join(', '),
    }),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function preview(value: unknown): Phrase | string {
  if (Array.isArray(value)) return phrase('value.array');
  if (value === null) return phrase('value.null');
  if (typeof value === 'object') return phrase('value.object');
  return clip(JSON.stringify(value));
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
