/**
 * SVG path data from lon/lat rings and lines, cut to a box and repeated across ±180°:
 * shared by the painter (paint-map.ts) and the inset (plan-inset.ts), which the live map
 * loads on its own. Pure.
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { clipLine, clipRing } from '../geometry/clip-to-bbox';
import { num } from './svg';
import type { LonLatBox } from './web-mercator';

export type Project = (lon: number, lat: number) => [number, number];

/**
 * One ring or line as path data, in view pixels, shifted by `shift` degrees of
 * longitude; points closer than half a pixel to the last one are left out.
 */
export function pathData(
  line: readonly Position[],
  project: Project,
  shift: number,
  close: boolean,
): string {
  let out = '';
  let lastX = Number.NaN;
  let lastY = Number.NaN;
  line.forEach((position, i) => {
    const [x, y] = project((position[0] as number) + shift, position[1] as number);
    if (i > 0 && i < line.length - 1 && Math.abs(x - lastX) < 0.5 && Math.abs(y - lastY) < 0.5)
      return;
    out += `${i === 0 ? 'M' : 'L'}${num(x)} ${num(y)}`;
    lastX = x;
    lastY = y;
  });
  return close && out ? `${out}Z` : out;
}

/** Longitude shifts (0, ±360) at which a line of these longitudes meets the view's box. */
export function shifts(line: readonly Position[], box: LonLatBox): number[] {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const p of line) {
    west = Math.min(west, p[0] as number);
    east = Math.max(east, p[0] as number);
    south = Math.min(south, p[1] as number);
    north = Math.max(north, p[1] as number);
  }
  if (north < box[1] || south > box[3]) return [];
  return [0, -360, 360].filter((s) => east + s >= box[0] && west + s <= box[2]);
}

/** Path data of every ring (or line) that shows in the box, with its copies across ±180°. */
export function linesPath(
  lines: readonly (readonly Position[])[],
  project: Project,
  box: LonLatBox,
  close: boolean,
): string {
  // Cut to a little more than the view, so a continent's outline costs only what shows.
  const padX = (box[2] - box[0]) * 0.1;
  const padY = (box[3] - box[1]) * 0.1;
  const cut: LonLatBox = [box[0] - padX, box[1] - padY, box[2] + padX, box[3] + padY];
  let d = '';
  for (const line of lines) {
    if (line.length < 2) continue;
    for (const shift of shifts(line, box)) {
      const shifted =
        shift === 0 ? line : line.map((p) => [(p[0] as number) + shift, p[1] as number]);
      if (close) {
        const ring = clipRing(shifted, cut);
        if (ring) d += pathData(ring, project, 0, true);
      } else {
        for (const piece of clipLine(shifted, cut)) d += pathData(piece, project, 0, false);
      }
    }
  }
  return d;
}

export function rings(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'GeometryCollection':
      return geometry.geometries.flatMap(rings);
    default:
      return [];
  }
}

export function landPath(
  land: FeatureCollection<Geometry>,
  project: Project,
  box: LonLatBox,
): string {
  return linesPath(
    land.features.flatMap((f) => (f.geometry ? rings(f.geometry) : [])),
    project,
    box,
    true,
  );
}
