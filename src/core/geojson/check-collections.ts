/**
 * RFC 7946 §3.1.8 on GeometryCollections: avoid nesting them, and avoid one that holds a
 * single geometry. Both are warnings: the geometries are still drawn.
 */
import { phrase } from '../i18n/phrase';
import type { JsonPath } from './locate-json-path';
import type { GeometryFinding } from './problem';

/**
 * Warnings for each GeometryCollection inside another and each holding a single geometry,
 * in `geometry` and below. Reads any value safely, valid GeoJSON or not, because nested
 * collections must be found before check-geojson's verdict is read (it rejects them).
 */
export function checkCollections(geometry: unknown): GeometryFinding[] {
  const findings: GeometryFinding[] = [];
  for (const { path, count } of findCollections(geometry)) {
    if (path.length > 0) {
      findings.push({
        severity: 'warning',
        phrase: phrase('check.nestedCollection'),
        path,
      });
    }
    if (count === 1) {
      findings.push({
        severity: 'warning',
        phrase: phrase('check.singleCollection'),
        path,
      });
    }
  }
  return findings;
}

/** Paths, from `geometry`, of the GeometryCollections nested inside it. */
export function findNestedCollections(geometry: unknown): JsonPath[] {
  return findCollections(geometry)
    .map(({ path }) => path)
    .filter((path) => path.length > 0);
}

/** Every GeometryCollection at or under `geometry`, with its path and its geometries' count. */
function findCollections(geometry: unknown): { path: JsonPath; count: number }[] {
  // Nearly every geometry is no collection: no work list for it.
  if (!isObject(geometry) || geometry.type !== 'GeometryCollection') return [];
  const found: { path: JsonPath; count: number }[] = [];
  // A work list, not recursion: the depth limit is checked elsewhere, but need not be trusted.
  const pending: { value: unknown; path: JsonPath }[] = [{ value: geometry, path: [] }];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const { value, path } = item;
    if (!isObject(value) || value.type !== 'GeometryCollection') continue;
    const geometries = value.geometries;
    if (!Array.isArray(geometries)) continue;
    found.push({ path, count: geometries.length });
    geometries.forEach((child, i) =>
      pending.push({ value: child, path: [...path, 'geometries', i] }),
    );
  }
  return found;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
