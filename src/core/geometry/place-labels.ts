/**
 * Label placement for the map: each label tries its sides in turn and takes
 * the first where it overlaps no label placed before it, no obstacle (a city
 * marker) and does not leave the view; a label with no free side is hidden
 * until zooming makes room. Greedy in the order given, so callers pass the
 * most important labels first. Pure geometry in screen pixels.
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
