/** Telling parsed JSON that is not GeoJSON from GeoJSON, by its top-level value. */
import type { GeoJSON } from 'geojson';
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

const EXPECTED =
  'a GeoJSON file holds one object whose "type" is "FeatureCollection", "Feature" or a geometry type';

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
      message: allFeatures
        ? `This is a JSON array of ${value.length} features, not GeoJSON: GeoJSON keeps features in a FeatureCollection, {"type": "FeatureCollection", "features": [...]}`
        : `This is a JSON array, not GeoJSON: ${EXPECTED}`,
    };
  }
  if (!isObject(value)) {
    const kind = value === null ? 'null' : `a single ${typeof value}`;
    return {
      format: 'json',
      path: [],
      message: `This is JSON, but only ${kind}, not GeoJSON: ${EXPECTED}`,
    };
  }
  const type = value.type;
  if (type === 'Topology') {
    return {
      format: 'topojson',
      path: [],
      message: "This is TopoJSON, not GeoJSON: convert it first (e.g. topojson-client's topo2geo)",
    };
  }
  if (!Object.hasOwn(value, 'type')) {
    const hint = Array.isArray(value.features)
      ? ' (a FeatureCollection needs "type": "FeatureCollection")'
      : '';
    return {
      format: 'json',
      path: [],
      message: `This is JSON, but not GeoJSON: its top-level object has no "type" member${hint}`,
    };
  }
  if (typeof type !== 'string') {
    return {
      format: 'json',
      path: ['type'],
      message: `The top-level "type" member must be a string such as "FeatureCollection", not ${preview(type)}`,
    };
  }
  if (GEOJSON_TYPES.has(type)) return undefined;
  const meant = [...GEOJSON_TYPES].find((known) => known.toLowerCase() === type.toLowerCase());
  if (meant !== undefined) {
    return {
      format: 'geojson',
      path: ['type'],
      message: `The type "${type}" must be written "${meant}": GeoJSON types are case-sensitive`,
    };
  }
  return {
    format: 'json',
    path: ['type'],
    message: `This is JSON, but not GeoJSON: "${clip(type)}" is not a GeoJSON type (${[...GEOJSON_TYPES].join(', ')})`,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function preview(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return clip(JSON.stringify(value));
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
