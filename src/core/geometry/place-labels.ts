/**
 * Label placement for the map: each label tries its sides in turn and takes
 * the first where it overlaps no label placed before it, no obstacle (a city
 * marker) and does not leave the view; a label with no free side is hidden
 * until zooming makes room. Greedy in the order given, so callers pass the
 * most important labels first. placeLabelsWithLeaders goes one step further:
 * a label with no free side moves away from its anchor, within a set distance,
 * and gets a leader line back to it. Pure geometry in screen pixels.
 */

export type LabelSide =
  | 'right'
  | 'left'
  | 'top'
  | 'bottom'
  | 'top-right'
  | 'top-left'
  | 'bottom-right'
  | 'bottom-left'
  | 'center';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** Anchor point, in pixels. */
  x: number;
  y: number;
  /** Size of the label box. */
  width: number;
  height: number;
  /** Space between the anchor and the label box (not used for `center`). */
  gap: number;
  /** Sides to try, best first. */
  sides: readonly LabelSide[];
  /** May move away with a leader line when no side is free (placeLabelsWithLeaders; default true). */
  leader?: boolean;
}

/** The box a label of `size` takes on `side` of its anchor. */
export function labelRect(request: LabelRequest, side: LabelSide): Rect {
  const { x, y, width: w, height: h, gap } = request;
  switch (side) {
    case 'right':
      return { x: x + gap, y: y - h / 2, width: w, height: h };
    case 'left':
      return { x: x - gap - w, y: y - h / 2, width: w, height: h };
    case 'top':
      return { x: x - w / 2, y: y - gap - h, width: w, height: h };
    case 'bottom':
      return { x: x - w / 2, y: y + gap, width: w, height: h };
    // Diagonals keep the box's corner clear of the anchor by `gap` on both axes.
    case 'top-right':
      return { x: x + gap * 0.85, y: y - gap * 0.85 - h, width: w, height: h };
    case 'top-left':
      return { x: x - gap * 0.85 - w, y: y - gap * 0.85 - h, width: w, height: h };
    case 'bottom-right':
      return { x: x + gap * 0.85, y: y + gap * 0.85, width: w, height: h };
    case 'bottom-left':
      return { x: x - gap * 0.85 - w, y: y + gap * 0.85, width: w, height: h };
    case 'center':
      return { x: x - w / 2, y: y - h / 2, width: w, height: h };
  }
}

/** Where the centre of the label box is, relative to the anchor: the offset a renderer needs. */
export function labelOffset(request: LabelRequest, side: LabelSide): [number, number] {
  const rect = labelRect(request, side);
  return [rect.x + rect.width / 2 - request.x, rect.y + rect.height / 2 - request.y];
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(a: Rect, view: Rect): boolean {
  return (
    a.x >= view.x &&
    a.y >= view.y &&
    a.x + a.width <= view.x + view.width &&
    a.y + a.height <= view.y + view.height
  );
}

/**
 * Chooses a side for every label, or null to hide it. `obstacles` are boxes no
 * label may cover; `view`, when given, is the box labels must stay within.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Rect[] = [],
  view?: Rect,
): Map<string, LabelSide | null> {
  const placed: Rect[] = [];
  const result = new Map<string, LabelSide | null>();
  for (const request of requests) {
    let chosen: LabelSide | null = null;
    for (const side of request.sides) {
      const rect = labelRect(request, side);
      if (view && !inside(rect, view)) continue;
      if (placed.some((other) => overlaps(rect, other))) continue;
      if (obstacles.some((other) => overlaps(rect, other))) continue;
      chosen = side;
      placed.push(rect);
      break;
    }
    result.set(request.id, chosen);
  }
  return result;
}

/** Where a label went: its side, its box, the offset of the box's centre, and whether it needs a leader. */
export interface LabelPlacement {
  side: LabelSide;
  rect: Rect;
  /** Centre of the box relative to the anchor (what labelOffset gives). */
  offset: [number, number];
  /** The label sits away from its anchor: draw a line from the anchor to leaderEnd. */
  leader: boolean;
  /** Nearest point of the box to the anchor: where a leader line ends. */
  leaderEnd: [number, number];
  /** The leader runs through another label: there was no other spot within reach. */
  crossing?: boolean;
}

export interface LeaderOptions {
  /** How much farther than its gap a label may move, in px (a label never strays farther). */
  maxDistance: number;
  /** Distance between tries, in px. */
  step: number;
}

const DEFAULT_LEADER_OPTIONS: LeaderOptions = { maxDistance: 48, step: 8 };

/** Sides a moved label tries, nearest to the usual reading order first. */
const LEADER_SIDES: readonly LabelSide[] = [
  'right',
  'top-right',
  'bottom-right',
  'left',
  'top-left',
  'bottom-left',
  'top',
  'bottom',
];

/** Whether the segment (x0, y0)–(x1, y1) passes through the inside of `rect` (Liang–Barsky). */
export function crosses(rect: Rect, x0: number, y0: number, x1: number, y1: number): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, x0 - rect.x],
    [dx, rect.x + rect.width - x0],
    [-dy, y0 - rect.y],
    [dy, rect.y + rect.height - y0],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
    }
  }
  // Strictly inside: a leader may touch a box's edge (its own label's, for one).
  return t1 - t0 > 1e-9;
}

function containsPoint(rect: Rect, x: number, y: number): boolean {
  return x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height;
}

/** The point of `rect` nearest to (x, y). */
export function nearestPoint(rect: Rect, x: number, y: number): [number, number] {
  return [
    Math.max(rect.x, Math.min(x, rect.x + rect.width)),
    Math.max(rect.y, Math.min(y, rect.y + rect.height)),
  ];
}

function placement(
  request: LabelRequest,
  side: LabelSide,
  rect: Rect,
  leader: boolean,
): LabelPlacement {
  return {
    side,
    rect,
    offset: [rect.x + rect.width / 2 - request.x, rect.y + rect.height / 2 - request.y],
    leader,
    leaderEnd: nearestPoint(rect, request.x, request.y),
  };
}

/**
 * Like placeLabels, then a second pass for the labels left without room: each tries
 * the eight sides at growing distances (gap + step, gap + 2·step, … up to gap +
 * maxDistance) and, where one is free, is placed there with a leader line. Labels
 * placed in the first pass keep their places, so moving one never displaces another.
 * A label still without room is null (hidden). Every placed label's box is within
 * gap + maxDistance of its anchor on each axis.
 */
export function placeLabelsWithLeaders(
  requests: readonly LabelRequest[],
  obstacles: readonly Rect[] = [],
  view?: Rect,
  options: Partial<LeaderOptions> = {},
): Map<string, LabelPlacement | null> {
  const { maxDistance, step } = { ...DEFAULT_LEADER_OPTIONS, ...options };
  const placed: Rect[] = [];
  const result = new Map<string, LabelPlacement | null>();
  const free = (rect: Rect): boolean =>
    (!view || inside(rect, view)) &&
    !placed.some((other) => overlaps(rect, other)) &&
    !obstacles.some((other) => overlaps(rect, other));
  const waiting: LabelRequest[] = [];
  for (const request of requests) {
    const side = request.sides.find((s) => free(labelRect(request, s)));
    if (side === undefined) {
      waiting.push(request);
      result.set(request.id, null);
      continue;
    }
    const rect = labelRect(request, side);
    placed.push(rect);
    result.set(request.id, placement(request, side, rect, false));
  }
  // Leaders that run through another label or mark would point at the wrong one: first look
  // for a spot without one (an anchor under a label cannot avoid that label), then,
  // rather than hide the label, accept one.
  for (const request of waiting) {
    if (request.leader === false) continue;
    const through = (rect: Rect): boolean => {
      const [ex, ey] = nearestPoint(rect, request.x, request.y);
      return [...placed, ...obstacles].some(
        (other) =>
          !containsPoint(other, request.x, request.y) &&
          crosses(other, request.x, request.y, ex, ey),
      );
    };
    search: for (const allowCrossing of [false, true]) {
      for (let extra = step; extra <= maxDistance + 1e-9; extra += step) {
        const moved = { ...request, gap: request.gap + extra };
        for (const side of LEADER_SIDES) {
          const rect = labelRect(moved, side);
          if (!free(rect)) continue;
          const crossing = through(rect);
          if (crossing && !allowCrossing) continue;
          placed.push(rect);
          result.set(request.id, { ...placement(request, side, rect, true), crossing });
          break search;
        }
      }
    }
  }
  return result;
}
