/**
 * The map's look as data, one table for both frontends (the live Leaflet map in
 * src/map/ and the image painter in ./paint-map.ts), so an exported image matches the
 * map by construction: colours and strokes per kind of place, the basemap's colours,
 * the hatching of disputed areas, and how labels are placed. Pure data.
 */
import type { PlaceKind } from '../article/places';
import type { LabelSide } from '../geometry/place-labels';

/** A shape's stroke and fill; the field names are Leaflet's PathOptions, so the map takes them as is. */
export interface ShapeStyle {
  /** CSS class on the live map's path. */
  className: string;
  color: string;
  weight: number;
  fillColor?: string;
  fillOpacity: number;
  dashArray?: string;
  /** Filled with the diagonal hatching (HATCH) instead of fillColor. */
  hatched?: boolean;
}

export const PLACE_STYLES: Record<PlaceKind, ShapeStyle> = {
  city: {
    className: 'place-shape place-city',
    color: '#ffffff',
    weight: 2,
    fillColor: '#b3261e',
    fillOpacity: 1,
  },
  island: {
    className: 'place-shape place-island',
    color: '#1f4e79',
    weight: 1.5,
    fillColor: '#3d7ab8',
    fillOpacity: 0.35,
  },
  region: {
    className: 'place-shape place-region',
    color: '#1f4e79',
    weight: 1.5,
    fillColor: '#3d7ab8',
    fillOpacity: 0.12,
  },
  sea: {
    className: 'place-shape place-sea',
    color: '#1f4e79',
    weight: 1,
    dashArray: '2 4',
    fillOpacity: 0,
  },
  country: {
    className: 'place-shape place-country',
    color: '#5a5a5a',
    weight: 1,
    fillColor: '#9a9a9a',
    fillOpacity: 0.08,
  },
  // Diagonal hatching says "disputed" without a side's colour (the live map fills it from CSS).
  'island-group': {
    className: 'place-shape place-disputed',
    color: '#6b3fa0',
    weight: 2,
    dashArray: '6 4',
    fillOpacity: 1,
    hatched: true,
  },
};

/** The hatching pattern of disputed areas (index.html's `#hatch` draws the same). */
export const HATCH = {
  size: 6,
  angle: 45,
  color: '#6b3fa0',
  backgroundOpacity: 0.12,
  lineWidth: 2,
  lineOpacity: 0.55,
} as const;

/** Zoom for a city shown on its own (opened from the list, or framed in an image). */
export const CITY_ZOOM = 6;

/** Radius of a city's marker, in pixels. */
export const CITY_RADIUS = 7;

/** Lower draws first (underneath): groups under islands under cities, so the smaller target wins. */
export const DRAW_ORDER: Record<PlaceKind, number> = {
  country: 0,
  sea: 0,
  region: 1,
  'island-group': 1,
  island: 2,
  city: 3,
};

/** Label sides to try, best first (the cartographer's usual order for points). */
export const LABEL_SIDES: Record<PlaceKind, readonly LabelSide[]> = {
  city: ['right', 'top-right', 'bottom-right', 'left', 'top-left', 'bottom-left', 'top', 'bottom'],
  island: ['center', 'right', 'left', 'bottom', 'top'],
  'island-group': ['bottom', 'center', 'right', 'left', 'top'],
  region: ['center', 'bottom', 'top', 'right', 'left'],
  sea: ['center', 'bottom', 'top'],
  country: ['center', 'bottom', 'top'],
};

/**
 * Whether a label with no room beside its place moves away with a leader line (points must
 * stay named; an island's label may wait for a closer zoom, its group's label names it).
 */
export const LABEL_LEADER: Record<PlaceKind, boolean> = {
  city: true,
  island: false,
  'island-group': true,
  region: true,
  sea: false,
  country: false,
};

/** Which labels win a conflict: the article's disputed group, then cities, then islands. */
export const LABEL_PRIORITY: Record<PlaceKind, number> = {
  'island-group': 0,
  region: 0,
  city: 1,
  island: 2,
  sea: 3,
  country: 4,
};

/** Space between a label and its anchor: room for a city's marker, a little for areas. */
export const LABEL_GAP: Record<PlaceKind, number> = {
  city: CITY_RADIUS + 4,
  island: 6,
  'island-group': 6,
  region: 6,
  sea: 6,
  country: 6,
};

/** How a label is set: size and weight in px / CSS weight, italic for groups. */
export const LABEL_FONT: Record<
  PlaceKind,
  { size: number; weight: number; italic: boolean; color: string }
> = {
  city: { size: 12, weight: 600, italic: false, color: '#1b1b1b' },
  island: { size: 12, weight: 600, italic: false, color: '#1b1b1b' },
  'island-group': { size: 12, weight: 600, italic: true, color: '#4a2a73' },
  region: { size: 12, weight: 600, italic: true, color: '#1b1b1b' },
  sea: { size: 12, weight: 400, italic: true, color: '#1f4e79' },
  country: { size: 12, weight: 600, italic: false, color: '#3a3a3a' },
};

/** The built-in basemap's colours. */
export const BASEMAP_STYLE = {
  sea: '#cfe0ea',
  land: '#f3efe6',
  coast: { color: '#9d9482', weight: 0.8 },
  borders: { color: '#8a7d99', weight: 0.9, dashArray: '4 3' },
} as const;

/** Claim lines by how the chosen side classes them; `hidden` ones are not drawn. */
export const CLAIM_LINE_STYLES = {
  boundary: { color: '#5b5b5b', weight: 1.2, dashArray: undefined },
  disputed: { color: '#6b3fa0', weight: 1.5, dashArray: '5 3' },
} as const;

/** The legend's words for each kind of place. */
export const LEGEND_LABELS: Record<PlaceKind, string> = {
  city: 'City',
  island: 'Island',
  'island-group': 'Disputed area',
  region: 'Region',
  sea: 'Sea',
  country: 'Country',
};

/**
 * A place's shape style: a disputed area (someone other than its administrator claims it,
 * whatever its kind) is hatched; a point keeps its kind's marker.
 */
export function placeStyle(kind: PlaceKind, disputed: boolean, point: boolean): ShapeStyle {
  return disputed && !point ? PLACE_STYLES['island-group'] : PLACE_STYLES[kind];
}
