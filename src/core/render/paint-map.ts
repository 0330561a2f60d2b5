/**
 * The map as an SVG document: the painter shared by the image download and the
 * command line (and, through ./map-style.ts and ./plan-places.ts, by the live map),
 * so an image matches the map by construction. From the decoded basemap, the places,
 * the claim lines and a view it draws a title, the map, a legend, a scale bar, an
 * inset locator, the source line and the data credits. Every string from data is
 * escaped (./svg.ts); fonts are named with fallback lists; sizes are in px. Pure.
 */
import type { FeatureCollection, Geometry, LineString, MultiLineString, Position } from 'geojson';
import type { PlaceKind } from '../article/places';
import { formatDate } from '../article/format-date';
import type { BasemapLayers } from '../geometry/basemap';
import { scaleBar } from '../geometry/scale-bar';
import {
  BASEMAP_STYLE,
  CITY_RADIUS,
  CLAIM_LINE_STYLES,
  DRAW_ORDER,
  HATCH,
  LABEL_FONT,
  LEGEND_LABELS,
  placeStyle,
  PLACE_STYLES,
  type ShapeStyle,
} from './map-style';
import {
  LABEL_PADDING,
  planPlaces,
  type PaintPlace,
  type PlacesPlan,
  type PlannedPlace,
} from './plan-places';
import { element, escapeXml, num, textElement } from './svg';
import { landPath, linesPath, rings, shifts, type Project } from './path-data';
import { planInset } from './plan-inset';

export { planInset, type InsetPlan } from './plan-inset';
import { geometryBox } from './geometry-box';
import type { PlacedTile } from './tiles-for-view';
import { FONT_FAMILIES, type MeasureText, type TextFont } from './text-width';
import { viewBox, viewProjector, type LonLatBox, type MapView } from './web-mercator';

export type { PaintPlace } from './plan-places';

/** A claim line of the current view, classed as the chosen side classes it. */
export interface ClaimLine {
  geometry: LineString | MultiLineString;
  style: 'boundary' | 'disputed' | 'hidden';
  /** Whose claim it is ("Claimed by <party>"); drawn beside the line. */
  label?: string;
}

/** One level of the built-in basemap; a regional level is drawn only inside its bbox. */
export interface BasemapLevelLayers {
  layers: BasemapLayers;
  regional?: boolean;
}

export interface PaintOptions {
  /** The map area: centre, zoom and size in px (the title and footer are added around it). */
  view: MapView;
  /** Basemap levels, coarse first; an empty list draws only the sea. */
  basemap: readonly BasemapLevelLayers[];
  /**
   * Raster tiles drawn instead of the basemap (./tiles-for-view.ts), their `url` a data:
   * URL: an SVG drawn as an image loads nothing from the network.
   */
  tiles?: readonly PlacedTile[];
  places: readonly PaintPlace[];
  claimLines?: readonly ClaimLine[];
  title: string;
  /** The article's source and ISO date: "Source: …, 23 November 2019". */
  source: { name: string; date: string };
  /** Data credits (./data-credits.ts). */
  credits: readonly string[];
  measureText: MeasureText;
  /** Draw a legend (default true). */
  legend?: boolean;
  /** Draw a scale bar (default true). */
  scaleBar?: boolean;
  /** The inset locator: world land and the region of the story; null for none. */
  inset?: { land: FeatureCollection<Geometry>; region: LonLatBox } | null;
  /** For screen readers: what the image shows (default: the places' labels). */
  description?: string;
  /** Where labels may go, in the map area's px (default: all of it but a 4-px margin). */
  labelBounds?: { x: number; y: number; width: number; height: number };
}

export interface PaintedMap {
  svg: string;
  width: number;
  height: number;
  /** Where the map area starts, from the top (the title band's height). */
  mapTop: number;
}

const INK = '#1b1b1b';
const MUTED = '#555555';
const PAPER = '#fdfcf9';
const RULE = '#d9d4c7';
const ACCENT = '#b3261e';
const MARGIN = 12;
const TITLE_FONT: TextFont = { family: 'serif', size: 20, weight: 700 };
const TITLE_LINE = 26;
const SOURCE_FONT: TextFont = { family: 'sans', size: 12, weight: 400 };
const CREDIT_FONT: TextFont = { family: 'sans', size: 11, weight: 400 };
const LEGEND_FONT: TextFont = { family: 'sans', size: 12, weight: 400 };
const SCALE_FONT: TextFont = { family: 'sans', size: 11, weight: 400 };
const FOOTER = 44;

/** Splits `text` into at most `maxLines` lines of `width` px; the last ends in "…" if cut. */
export function wrapText(
  text: string,
  width: number,
  font: TextFont,
  measure: MeasureText,
  maxLines = 2,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let rest = 0;
  for (; rest < words.length; rest++) {
    const word = words[rest] as string;
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, font) > width) {
      lines.push(line);
      if (lines.length === maxLines) break;
      line = word;
    } else {
      line = next;
    }
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    rest = words.length;
  }
  if (rest === words.length && lines.length === 2) return balance(words, width, font, measure);
  if (rest < words.length && lines.length > 0) {
    lines[lines.length - 1] = fitText(
      `${lines[lines.length - 1]} ${words.slice(rest).join(' ')}`,
      width,
      font,
      measure,
    );
  }
  return lines.map((l) => fitText(l, width, font, measure));
}

/** Two lines as even as they can be (no short last line under a long first one). */
function balance(
  words: readonly string[],
  width: number,
  font: TextFont,
  measure: MeasureText,
): string[] {
  let best: string[] = [words.join(' ')];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const pair = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const widest = Math.max(...pair.map((l) => measure(l, font)));
    if (widest <= width && widest < bestWidth) {
      best = pair;
      bestWidth = widest;
    }
  }
  return best;
}

/** `text`, cut with "…" where it would be wider than `width`. */
export function fitText(text: string, width: number, font: TextFont, measure: MeasureText): string {
  if (measure(text, font) <= width) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`, font) <= width) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}

/** Heights of the title band and the footer around a map `width` px wide. */
export function frameHeights(
  title: string,
  width: number,
  measure: MeasureText,
): { header: number; footer: number } {
  const lines = wrapText(title, width - 2 * MARGIN, TITLE_FONT, measure).length;
  return { header: MARGIN + Math.max(1, lines) * TITLE_LINE + 8, footer: FOOTER };
}

function fontAttrs(font: TextFont): Record<string, string | number | undefined> {
  return {
    'font-family': FONT_FAMILIES[font.family],
    'font-size': font.size,
    'font-weight': font.weight === 400 ? undefined : font.weight,
    'font-style': font.italic ? 'italic' : undefined,
  };
}

function lines(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
      return geometry.coordinates;
    case 'GeometryCollection':
      return geometry.geometries.flatMap(lines);
    default:
      return [];
  }
}

function shapeAttrs(style: ShapeStyle): Record<string, string | number | undefined> {
  return {
    stroke: style.color,
    'stroke-width': style.weight,
    'stroke-dasharray': style.dashArray,
    'stroke-linejoin': 'round',
    fill: style.hatched ? 'url(#hatch)' : (style.fillColor ?? 'none'),
    'fill-opacity': style.hatched ? undefined : style.fillOpacity,
    'fill-rule': 'evenodd',
  };
}

function hatchPattern(): string {
  return element(
    'pattern',
    {
      id: 'hatch',
      width: HATCH.size,
      height: HATCH.size,
      patternUnits: 'userSpaceOnUse',
      patternTransform: `rotate(${HATCH.angle})`,
    },
    [
      element('rect', {
        width: HATCH.size,
        height: HATCH.size,
        fill: HATCH.color,
        'fill-opacity': HATCH.backgroundOpacity,
      }),
      element('line', {
        x1: 0,
        y1: 0,
        x2: 0,
        y2: HATCH.size,
        stroke: HATCH.color,
        'stroke-width': HATCH.lineWidth,
        'stroke-opacity': HATCH.lineOpacity,
      }),
    ],
  );
}

function basemapLayer(
  level: BasemapLevelLayers,
  index: number,
  project: Project,
  box: LonLatBox,
): string {
  const { layers } = level;
  const parts: string[] = [];
  let clip: string | undefined;
  const defs: string[] = [];
  if (level.regional) {
    // A regional level covers only its own box: hide the coarser level there, draw nothing outside.
    if (!layers.bbox) return '';
    const [w, s, e, n] = layers.bbox;
    const [x0, y0] = project(w, n);
    const [x1, y1] = project(e, s);
    const rect = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    defs.push(element('clipPath', { id: `basemap-clip-${index}` }, element('rect', rect)));
    clip = `url(#basemap-clip-${index})`;
    parts.push(element('rect', { ...rect, fill: BASEMAP_STYLE.sea }));
  }
  const land = landPath(layers.land, project, box);
  if (land)
    parts.push(element('path', { d: land, fill: BASEMAP_STYLE.land, 'fill-rule': 'evenodd' }));
  // Coasts, then country borders (dashed), each one path.
  const strokes = [
    { line: layers.coast, style: { ...BASEMAP_STYLE.coast, dashArray: undefined } },
    { line: layers.borders, style: BASEMAP_STYLE.borders },
  ];
  for (const { line, style } of strokes) {
    const d = linesPath(line.coordinates, project, box, false);
    if (!d) continue;
    parts.push(
      element('path', {
        d,
        fill: 'none',
        stroke: style.color,
        'stroke-width': style.weight,
        'stroke-dasharray': style.dashArray,
        'stroke-linejoin': 'round',
      }),
    );
  }
  return defs.join('') + element('g', { class: 'basemap', 'clip-path': clip }, parts);
}

function placeShape(plan: PlannedPlace, project: Project, box: LonLatBox): string {
  const { place } = plan;
  const point = place.geometry.type === 'Point' || place.geometry.type === 'MultiPoint';
  const style = placeStyle(place.kind, place.disputed ?? false, point);
  const data = { 'data-place': place.id };
  if (place.geometry.type === 'Point' || place.geometry.type === 'MultiPoint') {
    const parts: string[] = [];
    if (plan.moved) {
      // Spread from where it really is: a dot there and a thin line to the marker.
      parts.push(
        element('line', {
          x1: plan.trueX,
          y1: plan.trueY,
          x2: plan.x,
          y2: plan.y,
          stroke: INK,
          'stroke-width': 1,
        }),
      );
      parts.push(element('circle', { cx: plan.trueX, cy: plan.trueY, r: 2, fill: INK }));
    }
    parts.push(
      element('circle', {
        cx: plan.x,
        cy: plan.y,
        r: CITY_RADIUS,
        ...shapeAttrs(style),
        'fill-rule': undefined,
      }),
    );
    return element('g', { class: 'place place-city', ...data }, parts);
  }
  const area = linesPath(rings(place.geometry), project, box, true);
  const line = linesPath(lines(place.geometry), project, box, false);
  return element('path', {
    class: `place place-${place.kind}`,
    ...data,
    d: area + line,
    ...shapeAttrs(style),
  });
}

function labelMarkup(plan: PlannedPlace): string {
  const placement = plan.label;
  if (!placement) return '';
  const { rect } = placement;
  const spec = LABEL_FONT[plan.place.kind];
  const parts: string[] = [];
  if (placement.leader) {
    // From the edge of a city's marker (or the area's label point) to the label's box.
    const [ex, ey] = placement.leaderEnd;
    const dx = ex - plan.x;
    const dy = ey - plan.y;
    const length = Math.hypot(dx, dy) || 1;
    const start = plan.place.kind === 'city' ? CITY_RADIUS + 1 : 0;
    parts.push(
      element('line', {
        class: 'leader',
        x1: plan.x + (dx / length) * start,
        y1: plan.y + (dy / length) * start,
        x2: ex,
        y2: ey,
        stroke: MUTED,
        'stroke-width': 1,
      }),
    );
    if (plan.place.kind !== 'city')
      parts.push(element('circle', { cx: plan.x, cy: plan.y, r: 2, fill: MUTED }));
  }
  parts.push(element('rect', { ...rect, rx: 3, fill: '#ffffff', 'fill-opacity': 0.85 }));
  parts.push(
    textElement(plan.place.label, {
      x: rect.x + rect.width / 2,
      y: rect.y + rect.height / 2 + LABEL_PADDING.y / 2,
      'text-anchor': 'middle',
      'dominant-baseline': 'central',
      fill: spec.color,
      ...fontAttrs(plan.font),
    }),
  );
  return element('g', { class: 'label', 'data-place': plan.place.id }, parts);
}

function claimLinesMarkup(claims: readonly ClaimLine[], project: Project, box: LonLatBox): string {
  return claims
    .map((claim) => {
      if (claim.style === 'hidden') return '';
      const style = CLAIM_LINE_STYLES[claim.style];
      const d = linesPath(lines(claim.geometry), project, box, false);
      if (!d) return '';
      return element('path', {
        class: `claim claim-${claim.style}`,
        d,
        fill: 'none',
        stroke: style.color,
        'stroke-width': style.weight,
        'stroke-dasharray': style.dashArray,
      });
    })
    .join('');
}

/** Claim lines' labels, as label-only places for the planner (placed like an island's label). */
function claimLabels(claims: readonly ClaimLine[], taken: ReadonlySet<string>): PaintPlace[] {
  return claims.flatMap((claim, i) => {
    if (claim.style === 'hidden' || !claim.label) return [];
    let id = `claim-${i}`;
    while (taken.has(id)) id = `_${id}`;
    return [{ id, kind: 'island' as PlaceKind, geometry: claim.geometry, label: claim.label }];
  });
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function legendMarkup(
  kinds: readonly PlaceKind[],
  claims: readonly ClaimLine['style'][],
  measure: MeasureText,
  mapHeight: number,
): { markup: string; box: Box } | null {
  const rows: { swatch: string; text: string }[] = [];
  for (const kind of [...kinds].sort((a, b) => DRAW_ORDER[b] - DRAW_ORDER[a])) {
    const style = PLACE_STYLES[kind];
    const swatch =
      kind === 'city'
        ? element('circle', { cx: 7, cy: 0, r: 5, ...shapeAttrs(style), 'stroke-width': 1.5 })
        : element('rect', {
            x: 0,
            y: -6,
            width: 14,
            height: 12,
            ...shapeAttrs(style),
            'stroke-width': 1.5,
          });
    rows.push({ swatch, text: LEGEND_LABELS[kind] });
  }
  for (const cls of claims) {
    if (cls === 'hidden') continue;
    const style = CLAIM_LINE_STYLES[cls];
    rows.push({
      swatch: element('line', {
        x1: 0,
        y1: 0,
        x2: 14,
        y2: 0,
        stroke: style.color,
        'stroke-width': style.weight + 0.5,
        'stroke-dasharray': style.dashArray,
      }),
      text: cls === 'disputed' ? 'Disputed boundary' : 'Boundary',
    });
  }
  if (rows.length === 0) return null;
  const rowHeight = 18;
  const width = 8 + 14 + 6 + Math.max(...rows.map((r) => measure(r.text, LEGEND_FONT))) + 8;
  const height = rows.length * rowHeight + 8;
  const box = { x: 8, y: mapHeight - height - 8, width, height };
  const markup = element(
    'g',
    { class: 'legend', transform: `translate(${num(box.x)} ${num(box.y)})` },
    [
      element('rect', { width, height, rx: 3, fill: '#ffffff', 'fill-opacity': 0.9, stroke: RULE }),
      ...rows.map((row, i) =>
        element('g', { transform: `translate(8 ${num(4 + rowHeight * i + rowHeight / 2)})` }, [
          row.swatch,
          textElement(row.text, {
            x: 20,
            y: 0,
            'dominant-baseline': 'central',
            fill: INK,
            ...fontAttrs(LEGEND_FONT),
          }),
        ]),
      ),
    ],
  );
  return { markup, box };
}

function scaleBarMarkup(view: MapView, measure: MeasureText): { markup: string; box: Box } | null {
  const bar = scaleBar(view.lat, view.zoom, Math.min(120, view.width / 4));
  if (!bar) return null;
  const labelWidth = Math.max(
    measure(bar.metric.label, SCALE_FONT),
    measure(bar.imperial.label, SCALE_FONT),
  );
  const width = 8 + Math.max(bar.metric.pixels, bar.imperial.pixels) + 6 + labelWidth + 8;
  const height = 36;
  const box = { x: view.width - width - 8, y: view.height - height - 8, width, height };
  // Two bars from the same left end: metric above, imperial below, each with end ticks and its length.
  const row = (pixels: number, label: string, y: number): string[] => [
    element('path', {
      d: `M8 ${y - 4}V${y}H${num(8 + pixels)}V${y - 4}`,
      fill: 'none',
      stroke: INK,
      'stroke-width': 1.5,
    }),
    textElement(label, {
      x: 8 + pixels + 6,
      y: y - 2,
      'dominant-baseline': 'central',
      fill: INK,
      ...fontAttrs(SCALE_FONT),
    }),
  ];
  const markup = element(
    'g',
    { class: 'scale-bar', transform: `translate(${num(box.x)} ${num(box.y)})` },
    [
      element('rect', { width, height, rx: 3, fill: '#ffffff', 'fill-opacity': 0.85 }),
      ...row(bar.metric.pixels, bar.metric.label, 15),
      ...row(bar.imperial.pixels, bar.imperial.label, 30),
    ],
  );
  return { markup, box };
}

/** Whether a geometry's box meets the view's box (or a copy of it across ±180°). */
function meets(geometry: Geometry, box: LonLatBox): boolean {
  const own = geometryBox([geometry]);
  if (!own) return false;
  return (
    shifts(
      [
        [own[0], own[1]],
        [own[2], own[3]],
      ],
      box,
    ).length > 0
  );
}

/** The inset in the top right of the image (see planInset). */
function insetMarkup(
  inset: NonNullable<PaintOptions['inset']>,
  view: MapView,
  shown: LonLatBox,
): { markup: string; box: Box } | null {
  const plan = planInset(inset, view, shown);
  if (!plan) return null;
  const { width, height } = plan;
  const box = { x: view.width - width - 8, y: 8, width, height };
  const markup = element(
    'g',
    { class: 'inset', transform: `translate(${num(box.x)} ${num(box.y)})` },
    [
      element('clipPath', { id: 'inset-clip' }, element('rect', { width, height })),
      element('g', { 'clip-path': 'url(#inset-clip)' }, [
        element('rect', { width, height, fill: BASEMAP_STYLE.sea }),
        element('path', {
          d: plan.land,
          fill: BASEMAP_STYLE.land,
          stroke: BASEMAP_STYLE.coast.color,
          'stroke-width': 0.5,
        }),
        element('rect', {
          class: 'inset-view',
          ...plan.view,
          fill: 'none',
          stroke: ACCENT,
          'stroke-width': 1.5,
        }),
      ]),
      element('rect', { width, height, fill: 'none', stroke: MUTED, 'stroke-width': 1 }),
    ],
  );
  return { markup, box };
}

type PlacesPlanGroups = PlacesPlan['groups'];

/** The count bubbles of grouped points. */
function groupsMarkup(groups: PlacesPlanGroups): string[] {
  return groups.map((g) =>
    element('g', { class: 'place-group' }, [
      element('circle', { cx: g.x, cy: g.y, r: CITY_RADIUS + 3, ...shapeAttrs(PLACE_STYLES.city) }),
      textElement(String(g.ids.length), {
        x: g.x,
        y: g.y,
        'text-anchor': 'middle',
        'dominant-baseline': 'central',
        fill: '#ffffff',
        ...fontAttrs({ family: 'sans', size: 11, weight: 700 }),
      }),
    ]),
  );
}

/** The basemap: raster tiles when given (OpenStreetMap), else the built-in levels. */
function basemapMarkup(options: PaintOptions, project: Project, box: LonLatBox): string[] {
  if (!options.tiles?.length) {
    return options.basemap.map((level, i) => basemapLayer(level, i, project, box));
  }
  return options.tiles.map((tile) =>
    element('image', {
      href: tile.url,
      x: tile.x,
      y: tile.y,
      width: tile.size,
      height: tile.size,
      preserveAspectRatio: 'none',
    }),
  );
}

/** The map area: basemap, claim lines, places, labels and the corner parts (legend, scale, inset). */
function mapMarkup(options: PaintOptions, header: number): string {
  const { view, measureText: measure } = options;
  const project = viewProjector(view);
  const box = viewBox(view);
  const claims = options.claimLines ?? [];
  const inset = options.inset ? insetMarkup(options.inset, view, box) : null;
  const scale = options.scaleBar === false ? null : scaleBarMarkup(view, measure);
  // The legend names only what the view shows.
  const kinds = [
    ...new Set(options.places.filter((p) => meets(p.geometry, box)).map((p) => p.kind)),
  ];
  const legend =
    options.legend === false
      ? null
      : legendMarkup(kinds, [...new Set(claims.map((c) => c.style))], measure, view.height);
  const bounds = options.labelBounds ?? {
    x: 4,
    y: 4,
    width: view.width - 8,
    height: view.height - 8,
  };
  const realPlaces = new Set(options.places.map((p) => p.id));
  const plan = planPlaces([...options.places, ...claimLabels(claims, realPlaces)], {
    bounds,
    measureText: measure,
    project,
    obstacles: [inset, scale, legend].flatMap((part) => (part ? [part.box] : [])),
  });
  const shapes = plan.places
    .filter((p) => realPlaces.has(p.place.id))
    .sort((a, b) => DRAW_ORDER[a.place.kind] - DRAW_ORDER[b.place.kind]);
  return element(
    'g',
    { class: 'map', transform: `translate(0 ${header})`, 'clip-path': 'url(#map-clip)' },
    [
      element('rect', {
        class: 'sea',
        width: view.width,
        height: view.height,
        fill: BASEMAP_STYLE.sea,
      }),
      ...basemapMarkup(options, project, box),
      claimLinesMarkup(claims, project, box),
      ...shapes.map((p) => placeShape(p, project, box)),
      ...groupsMarkup(plan.groups),
      ...plan.places.map(labelMarkup),
      legend?.markup ?? '',
      scale?.markup ?? '',
      inset?.markup ?? '',
    ],
  );
}

/** The footer: a rule, the source line and the data credits. */
function footerMarkup(
  top: number,
  width: number,
  source: string,
  credits: string,
  measure: MeasureText,
): string[] {
  return [
    element('line', { x1: 0, y1: top + 0.5, x2: width, y2: top + 0.5, stroke: RULE }),
    textElement(fitText(source, width - 2 * MARGIN, SOURCE_FONT, measure), {
      class: 'source',
      x: MARGIN,
      y: top + 18,
      fill: INK,
      ...fontAttrs(SOURCE_FONT),
    }),
    textElement(fitText(credits, width - 2 * MARGIN, CREDIT_FONT, measure), {
      class: 'credits',
      x: MARGIN,
      y: top + 35,
      fill: MUTED,
      ...fontAttrs(CREDIT_FONT),
    }),
  ];
}

/**
 * The map area alone, without title, footer, legend, scale bar or inset: its `<defs>` (hatch,
 * clips) and its layers, for an `<svg>` of the caller's making (./first-view.ts). Every id is
 * prefixed with `idPrefix`, so several such pictures and the live map's own `#hatch` can share
 * one page.
 */
export function paintMapArea(options: PaintOptions, idPrefix: string): string {
  const { view } = options;
  const bare = { ...options, legend: false, scaleBar: false, inset: null };
  const markup =
    element('defs', {}, [
      hatchPattern(),
      element(
        'clipPath',
        { id: 'map-clip' },
        element('rect', { width: view.width, height: view.height }),
      ),
    ]) + mapMarkup(bare, 0);
  // Ids appear only in the painter's own attributes (text from data is escaped: no `"` in it).
  return markup.replace(/ id="/g, ` id="${idPrefix}`).replace(/url\(#/g, `url(#${idPrefix}`);
}

/** Paints the map image (see the module comment). */
export function paintMap(options: PaintOptions): PaintedMap {
  const { view, measureText: measure } = options;
  const { header, footer } = frameHeights(options.title, view.width, measure);
  const width = view.width;
  const height = header + view.height + footer;
  const source = `Source: ${options.source.name}, ${formatDate(options.source.date)}`;
  const credits = options.credits.length ? `Map data: ${options.credits.join(' · ')}` : '';
  const titleLines = wrapText(options.title, width - 2 * MARGIN, TITLE_FONT, measure);
  const description =
    options.description ??
    `Map of ${options.places.map((p) => p.label).join(', ')}. ${source}. ${credits}`;
  const title = element(
    'g',
    { class: 'title' },
    titleLines.map((line, i) =>
      textElement(line, {
        x: MARGIN,
        y: MARGIN + TITLE_LINE * i + TITLE_FONT.size,
        fill: INK,
        ...fontAttrs(TITLE_FONT),
      }),
    ),
  );
  const defs = element('defs', {}, [
    hatchPattern(),
    element(
      'clipPath',
      { id: 'map-clip' },
      element('rect', { width: view.width, height: view.height }),
    ),
  ]);
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    element(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width,
        height,
        viewBox: `0 0 ${width} ${height}`,
        role: 'img',
        'aria-labelledby': 'map-title map-desc',
        'font-family': FONT_FAMILIES.sans,
      },
      [
        `<title id="map-title">${escapeXml(options.title)}</title>`,
        `<desc id="map-desc">${escapeXml(description)}</desc>`,
        defs,
        element('rect', { width, height, fill: PAPER }),
        title,
        mapMarkup(options, header),
        ...footerMarkup(header + view.height, width, source, credits, measure),
      ],
    ) +
    '\n';
  return { svg, width, height, mapTop: header };
}
