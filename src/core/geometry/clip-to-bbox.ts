/**
 * Clipping to a longitude/latitude box, for cutting Natural Earth's 1:10m
 * data down to the region of a story (scripts/build-basemap.ts). Rings are
 * clipped with Sutherland–Hodgman (right for a rectangle: it is convex), lines
 * with Liang–Barsky, split where they leave the box. Pure.
 */
import type { Position } from 'geojson';

/** [west, south, east, north]. */
export type Box = readonly [number, number, number, number];

type Edge = (p: Position) => number;

/** Clips a closed ring; returns a closed ring, or null when nothing is left. */
export function clipRing(ring: readonly Position[], [w, s, e, n]: Box): Position[] | null {
  // Each edge as a signed distance: ≥ 0 inside.
  const edges: Edge[] = [
    (p) => (p[0] as number) - w,
    (p) => e - (p[0] as number),
    (p) => (p[1] as number) - s,
    (p) => n - (p[1] as number),
  ];
  let points = ring.slice(0, -1);
  for (const edge of edges) {
    if (points.length === 0) break;
    const out: Position[] = [];
    for (let i = 0; i < points.length; i++) {
      const a = points[(i + points.length - 1) % points.length] as Position;
      const b = points[i] as Position;
      const da = edge(a);
      const db = edge(b);
      if (db >= 0) {
        if (da < 0) out.push(cross(a, b, da, db));
        out.push(b);
      } else if (da >= 0) {
        out.push(cross(a, b, da, db));
      }
    }
    points = out;
  }
  if (points.length < 3) return null;
  const first = points[0] as Position;
  return [...points, [first[0] as number, first[1] as number]];
}

function cross(a: Position, b: Position, da: number, db: number): Position {
  const t = da / (da - db);
  return [
    (a[0] as number) + t * ((b[0] as number) - (a[0] as number)),
    (a[1] as number) + t * ((b[1] as number) - (a[1] as number)),
  ];
}

/** Clips a line; returns the pieces inside the box (each of two or more positions). */
export function clipLine(line: readonly Position[], [w, s, e, n]: Box): Position[][] {
  const pieces: Position[][] = [];
  let current: Position[] = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Position;
    const b = line[i] as Position;
    const x0 = a[0] as number;
    const y0 = a[1] as number;
    const dx = (b[0] as number) - x0;
    const dy = (b[1] as number) - y0;
    let t0 = 0;
    let t1 = 1;
    let inside = true;
    for (const [p, q] of [
      [-dx, x0 - w],
      [dx, e - x0],
      [-dy, y0 - s],
      [dy, n - y0],
    ] as const) {
      if (p === 0) {
        if (q < 0) inside = false;
      } else {
        const r = q / p;
        if (p < 0) t0 = Math.max(t0, r);
        else t1 = Math.min(t1, r);
      }
    }
    if (!inside || t0 > t1) {
      if (current.length > 1) pieces.push(current);
      current = [];
      continue;
    }
    const start: Position = [x0 + t0 * dx, y0 + t0 * dy];
    const end: Position = [x0 + t1 * dx, y0 + t1 * dy];
    if (current.length === 0) current.push(start);
    current.push(end);
    if (t1 < 1) {
      pieces.push(current);
      current = [];
    }
  }
  if (current.length > 1) pieces.push(current);
  return pieces;
}
