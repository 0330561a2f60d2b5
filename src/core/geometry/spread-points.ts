/**
 * Points that overlap on screen at the current zoom (Tokyo, Nagoya and Osaka at world
 * zoom) are spread on a small circle around their middle, in the order of their
 * bearings, so each stays visible and clickable; a group too large to spread is drawn
 * as one marker with a count. Pure geometry in screen pixels.
 */

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

export interface SpreadPoint extends ScreenPoint {
  /** True when drawn away from its true position (draw a line back to it). */
  moved: boolean;
  /** Where the point really is. */
  trueX: number;
  trueY: number;
}

/** A group of points drawn as one marker that says how many it holds. */
export interface PointGroup {
  x: number;
  y: number;
  ids: string[];
}

export interface SpreadResult {
  /** Every point not in a group, at the position to draw it. */
  points: SpreadPoint[];
  groups: PointGroup[];
}

export interface SpreadOptions {
  /** Centres closer than this (px) overlap; spread ones end at least this far apart. */
  minDistance: number;
  /** Groups of more points than this are drawn as one marker with a count. */
  maxSpread: number;
}

const DEFAULTS: SpreadOptions = { minDistance: 18, maxSpread: 8 };

/** Groups of points connected by distances below `min` (single linkage). */
function overlapGroups(points: readonly ScreenPoint[], min: number): ScreenPoint[][] {
  const parent = points.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i] as ScreenPoint;
      const b = points[j] as ScreenPoint;
      if (Math.hypot(a.x - b.x, a.y - b.y) < min) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, ScreenPoint[]>();
  points.forEach((point, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), point]);
  });
  return [...groups.values()];
}

/**
 * Spreads overlapping points. A lone point stays where it is; a group of up to
 * `maxSpread` goes on a circle around its middle whose chord between neighbours is
 * `minDistance`, each keeping its bearing's order (the eastern city stays east); a larger
 * group becomes one PointGroup. The input order is kept in `points`.
 */
export function spreadPoints(
  points: readonly ScreenPoint[],
  options: Partial<SpreadOptions> = {},
): SpreadResult {
  const { minDistance, maxSpread } = { ...DEFAULTS, ...options };
  const placed = new Map<string, SpreadPoint>();
  const groups: PointGroup[] = [];
  for (const group of overlapGroups(points, minDistance)) {
    const cx = group.reduce((sum, p) => sum + p.x, 0) / group.length;
    const cy = group.reduce((sum, p) => sum + p.y, 0) / group.length;
    if (group.length === 1) {
      const p = group[0] as ScreenPoint;
      placed.set(p.id, { ...p, moved: false, trueX: p.x, trueY: p.y });
      continue;
    }
    if (group.length > maxSpread) {
      groups.push({ x: cx, y: cy, ids: group.map((p) => p.id) });
      continue;
    }
    const n = group.length;
    const radius = n === 2 ? minDistance / 2 : minDistance / (2 * Math.sin(Math.PI / n));
    const bearing = (p: ScreenPoint): number => Math.atan2(p.y - cy, p.x - cx);
    const sorted = [...group].sort((a, b) => bearing(a) - bearing(b) || (a.id < b.id ? -1 : 1));
    // Turn the circle so that, on average, each point moves as little as it can.
    const first = sorted[0] as ScreenPoint;
    const coincident = group.every((p) => Math.hypot(p.x - cx, p.y - cy) < 1e-6);
    let turn = 0;
    if (!coincident) {
      let sx = 0;
      let sy = 0;
      sorted.forEach((p, i) => {
        const delta = bearing(p) - (2 * Math.PI * i) / n;
        sx += Math.cos(delta);
        sy += Math.sin(delta);
      });
      turn = Math.atan2(sy, sx);
    } else {
      turn = bearing(first);
    }
    sorted.forEach((p, i) => {
      const angle = turn + (2 * Math.PI * i) / n;
      placed.set(p.id, {
        id: p.id,
        x: cx + radius * Math.cos(angle),
        y: cy + radius * Math.sin(angle),
        moved: true,
        trueX: p.x,
        trueY: p.y,
      });
    });
  }
  return {
    points: points.flatMap((p) => {
      const spread = placed.get(p.id);
      return spread ? [spread] : [];
    }),
    groups,
  };
}
