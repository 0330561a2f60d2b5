/**
 * Coordinate rounding for published GeoJSON.
 *
 * Pure. Six decimals of a degree is about 0.1 m, far finer than the 1:10m sources,
 * and RFC 7946 §11.2 recommends trimming precision to what the data supports.
 */
import type { Geometry, Position } from 'geojson';

/**
 * Returns a copy of `geometry` with every coordinate rounded to `decimals` places
 * (default 6). Rounding can make neighbours equal, so it then drops consecutive
 * repeated positions in lines and rings, keeps rings closed, drops holes that
 * collapse below four positions, and drops polygons whose exterior does. Keeps
 * any third (altitude) value, rounded. Does not simplify, rewind or validate.
 */
export function roundGeometry<G extends Geometry>(geometry: G, decimals = 6): G {
  const round = makeRounder(decimals);
  const g: Geometry = geometry;
  switch (g.type) {
    case 'Point':
      return { ...g, coordinates: round(g.coordinates) } as G;
    case 'MultiPoint':
      return { ...g, coordinates: g.coordinates.map(round) } as G;
    case 'LineString':
      return { ...g, coordinates: dedupe(g.coordinates.map(round)) } as G;
    case 'MultiLineString':
      return { ...g, coordinates: g.coordinates.map((line) => dedupe(line.map(round))) } as G;
    case 'Polygon':
      return { ...g, coordinates: roundPolygon(g.coordinates, round) ?? [] } as G;
    case 'MultiPolygon':
      return {
        ...g,
        coordinates: g.coordinates.flatMap((polygon) => {
          const rounded = roundPolygon(polygon, round);
          return rounded === null ? [] : [rounded];
        }),
      } as G;
    case 'GeometryCollection':
      return { ...g, geometries: g.geometries.map((child) => roundGeometry(child, decimals)) } as G;
  }
}

function makeRounder(decimals: number): (position: Position) => Position {
  const factor = 10 ** decimals;
  // Integer / 10^n is the double nearest that decimal, so JSON prints it with at most
  // `decimals` places. `+ 0` turns -0 into 0.
  const roundNumber = (value: number): number => Math.round(value * factor) / factor + 0;
  return (position) => position.map(roundNumber);
}

function samePosition(a: Position, b: Position): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function dedupe(positions: Position[]): Position[] {
  return positions.filter((position, i) => {
    const previous = positions[i - 1];
    return previous === undefined || !samePosition(previous, position);
  });
}

function roundPolygon(
  rings: Position[][],
  round: (position: Position) => Position,
): Position[][] | null {
  const rounded: Position[][] = [];
  for (const [index, ring] of rings.entries()) {
    const closed = closeRing(dedupe(ring.map(round)));
    if (closed.length >= 4) rounded.push(closed);
    else if (index === 0) return null;
  }
  return rounded;
}

function closeRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first === undefined || last === undefined || samePosition(first, last)) return ring;
  return [...ring, first];
}
