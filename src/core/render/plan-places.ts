/**
 * Where each place's mark and label go in a view: cities that overlap are spread
 * (core/geometry/spread-points.ts), labels are placed by priority with leader lines
 * where they must move (core/geometry/place-labels.ts), all from the style tables
 * of ./map-style.ts. The image painter draws this plan; the live map can take the
 * same plan for its labels. Pure: text widths come from the caller's measureText.
 */
import type { Geometry } from 'geojson';
import type { PlaceKind } from '../article/places';
import { labelPoint } from '../geometry/label-point';
import {
  placeLabelsWithLeaders,
  type LabelPlacement,
  type LabelRequest,
  type Rect,
} from '../geometry/place-labels';
import { spreadPoints, type PointGroup } from '../geometry/spread-points';
import {
  CITY_RADIUS,
  LABEL_FONT,
  LABEL_GAP,
  LABEL_LEADER,
  LABEL_PRIORITY,
  LABEL_SIDES,
} from './map-style';
import type { MeasureText, TextFont } from './text-width';

/** A place as the painter needs it: what it is, where, and the label the naming gives it. */
export interface PaintPlace {
  id: string;
  kind: PlaceKind;
  geometry: Geometry;
  label: string;
  /** Claimed by a party other than its administrator: an area is then hatched. */
  disputed?: boolean;
}

/** Label box padding (px), as the live map's `.place-label` (1px 5px). */
export const LABEL_PADDING = { x: 5, y: 1 };

export interface PlannedPlace {
  place: PaintPlace;
  /** The anchor in view pixels: the label point, or where a spread city is drawn. */
  x: number;
  y: number;
  /** For a spread city, where it really is. */
  trueX: number;
  trueY: number;
  moved: boolean;
  font: TextFont;
  /** Null when there is no room for the label in this view. */
  label: LabelPlacement | null;
}

export interface PlacesPlan {
  places: PlannedPlace[];
  /** Cities too many to spread, drawn as one marker with a count. */
  groups: PointGroup[];
}

export interface PlanOptions {
  /** Boxes labels must not cover (the legend, the inset, the scale bar). */
  obstacles?: readonly Rect[];
  /** The box labels must stay within (default: the view, less 4 px). */
  bounds: Rect;
  measureText: MeasureText;
  /** Projects [lon, lat] into view pixels. */
  project: (lon: number, lat: number) => [number, number];
  /**
   * A label's box as drawn, when the caller has it (the live map measures its label
   * elements, which may wrap); default: one line of measureText, with LABEL_PADDING.
   */
  labelSize?: (place: PaintPlace) => { width: number; height: number } | undefined;
}

/** Plans marks and labels for `places` (any order; the style tables decide priority). */
export function planPlaces(places: readonly PaintPlace[], options: PlanOptions): PlacesPlan {
  const { bounds, measureText, project } = options;
  const anchors = places.flatMap((place) => {
    const at = labelPoint(place.geometry);
    if (!at) return [];
    const [x, y] = project(at[0], at[1]);
    return Number.isFinite(x) && Number.isFinite(y) ? [{ place, x, y }] : [];
  });
  const cities = anchors.filter((a) => a.place.kind === 'city');
  const spread = spreadPoints(
    cities.map((a) => ({ id: a.place.id, x: a.x, y: a.y })),
    { minDistance: 2 * CITY_RADIUS + 4 },
  );
  const spreadById = new Map(spread.points.map((p) => [p.id, p]));
  const grouped = new Set(spread.groups.flatMap((g) => g.ids));
  const planned: PlannedPlace[] = anchors
    .filter((a) => !grouped.has(a.place.id))
    .map(({ place, x, y }) => {
      const s = spreadById.get(place.id);
      const spec = LABEL_FONT[place.kind];
      return {
        place,
        x: s?.x ?? x,
        y: s?.y ?? y,
        trueX: x,
        trueY: y,
        moved: s?.moved ?? false,
        font: { family: 'sans', size: spec.size, weight: spec.weight, italic: spec.italic },
        label: null,
      };
    });
  const inView = (p: PlannedPlace): boolean =>
    p.x >= bounds.x &&
    p.x <= bounds.x + bounds.width &&
    p.y >= bounds.y &&
    p.y <= bounds.y + bounds.height;
  const markers: Rect[] = [
    ...planned
      .filter((p) => p.place.kind === 'city')
      .map((p) => {
        const r = CITY_RADIUS + 1;
        return { x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r };
      }),
    ...spread.groups.map((g) => {
      const r = CITY_RADIUS + 3;
      return { x: g.x - r, y: g.y - r, width: 2 * r, height: 2 * r };
    }),
  ];
  const order = planned
    .filter(inView)
    .sort((a, b) => LABEL_PRIORITY[a.place.kind] - LABEL_PRIORITY[b.place.kind]);
  const requests: LabelRequest[] = order.map((p) => ({
    id: p.place.id,
    x: p.x,
    y: p.y,
    ...(options.labelSize?.(p.place) ?? {
      width: measureText(p.place.label, p.font) + 2 * LABEL_PADDING.x,
      height: Math.ceil(p.font.size * 1.35) + 2 * LABEL_PADDING.y,
    }),
    gap: LABEL_GAP[p.place.kind],
    sides: LABEL_SIDES[p.place.kind],
    leader: LABEL_LEADER[p.place.kind],
  }));
  const placements = placeLabelsWithLeaders(
    requests,
    [...markers, ...(options.obstacles ?? [])],
    bounds,
  );
  for (const p of planned) p.label = placements.get(p.place.id) ?? null;
  return { places: planned, groups: spread.groups };
}
