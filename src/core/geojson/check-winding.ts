/** RFC 7946 §3.1.6 winding: outer rings counter-clockwise, holes clockwise. */
import type { Geometry, Position } from 'geojson';
import type { JsonPath } from './locate-json-path';
import { phrase } from '../i18n/phrase';
import type { GeometryFinding } from './problem';
import { signedArea } from '../geometry/signed-area';

/** The types that hold polygons' rings, or may. */
const HAS_RINGS = new Set<Geometry['type']>(['Polygon', 'MultiPolygon', 'GeometryCollection']);

/**
 * A warning naming the first ring of `geometry` (Polygons and MultiPolygons, also inside
 * GeometryCollections) that winds against the right-hand rule, with a count of the others,
 * or undefined when all follow it. A warning only: RFC 7946 says parsers should not reject
 * polygons for their winding, and Leaflet draws either way. Degenerate rings are skipped.
 */
export function checkWinding(geometry: Geometry): GeometryFinding | undefined {
  // Points and lines have no rings: most features of a large file end here.
  if (!HAS_RINGS.has(geometry.type)) return undefined;
  let first: { path: JsonPath; outer: boolean } | undefined;
  let count = 0;
  const checkPolygon = (rings: Position[][], path: JsonPath) => {
    rings.forEach((ring, i) => {
      const area = signedArea(ring);
      const outer = i === 0;
      if (area === 0 || area > 0 === outer) return;
      count += 1;
      first ??= { path: [...path, i], outer };
    });
  };
  const walk = (g: Geometry, path: JsonPath): void => {
    switch (g.type) {
      case 'Polygon':
        return checkPolygon(g.coordinates, [...path, 'coordinates']);
      case 'MultiPolygon':
        return g.coordinates.forEach((rings, i) =>
          checkPolygon(rings, [...path, 'coordinates', i]),
        );
      case 'GeometryCollection':
        return g.geometries.forEach((child, i) => walk(child, [...path, 'geometries', i]));
      case 'Point':
      case 'MultiPoint':
      case 'LineString':
      case 'MultiLineString':
        return;
    }
  };
  walk(geometry, []);
  if (first === undefined) return undefined;
  const ring = phrase(first.outer ? 'check.outerClockwise' : 'check.holeCounter');
  const which = count > 1 ? phrase('check.moreRings', { which: ring, count: count - 1 }) : ring;
  return { severity: 'warning', phrase: phrase('check.winding', { which }), path: first.path };
}
