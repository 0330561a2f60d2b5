/**
 * RFC 7946 winding for polygons.
 *
 * Pure. RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise. TopoJSON
 * and d3 (and so world-atlas) use the opposite convention, and Natural Earth's
 * shapefiles the opposite again, so outlines taken from them must be rewound.
 */
import type { Geometry, Position } from 'geojson';
import { signedArea } from '../geometry/signed-area';

/**
 * Returns a copy of `geometry` whose Polygon and MultiPolygon rings follow RFC 7946:
 * each polygon's first ring counter-clockwise, the others clockwise (also inside a
 * GeometryCollection). Other geometries are returned as they are. Only reverses rings;
 * does not mutate the input, close rings, or repair invalid polygons.
 */
export function rewind<G extends Geometry>(geometry: G): G {
  const g: Geometry = geometry;
  switch (g.type) {
    case 'Polygon':
      return { ...g, coordinates: rewindPolygon(g.coordinates) } as G;
    case 'MultiPolygon':
      return { ...g, coordinates: g.coordinates.map(rewindPolygon) } as G;
    case 'GeometryCollection':
      return { ...g, geometries: g.geometries.map((child) => rewind(child)) } as G;
    case 'Point':
    case 'MultiPoint':
    case 'LineString':
    case 'MultiLineString':
      return geometry;
  }
}

function rewindPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, index) => {
    const wantCounterClockwise = index === 0;
    const isCounterClockwise = signedArea(ring) > 0;
    return isCounterClockwise === wantCounterClockwise ? ring : [...ring].reverse();
  });
}
