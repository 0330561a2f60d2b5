/**
 * The first view painted at build time: the article's overview as an SVG that sits in the
 * page's map element, so a reader sees the places and their names with the HTML and the CSS,
 * before any script has run (issue 15, item 1). The live map replaces it once it has drawn
 * (src/main.ts); the page's inline script (../site/first-view-script.ts) removes it when the
 * address asks for another view.
 *
 * It is the live map's own overview: the same painter as the image download (./paint-map.ts),
 * the view that Leaflet's fitBounds would choose for a map of the reference size (padding
 * 32 px, zoom in steps of 0.25 between the map's 2 and 11), labels in every side's names (the
 * map's default; no side first). The `<svg>` scales to its box with `meet`, as fitBounds does,
 * and shows the painted surroundings beyond its viewBox (`overflow: visible`), so a box of
 * another shape is filled with map, not bands of sea. One picture is painted for each width
 * class of the page's layout (wide and narrow, styles.css's 720 px), so its labels are drawn
 * near their own size. Pure.
 */
import { ALL_SIDES } from '../article/naming';
import type { PlaceCollection } from '../article/places';
import { articleImageOptions, articleRegion } from './article-image';
import { paintMapArea, type BasemapLevelLayers, type ClaimLine } from './paint-map';
import { escapeXml, num } from './svg';
import { FONT_FAMILIES, type MeasureText } from './text-width';
import { fitView, type MapView } from './web-mercator';

/** The live map's zoom limits and the padding of its overview (src/map/create-map.ts, ui/map-setup.ts). */
export const LIVE_MAP = { minZoom: 2, maxZoom: 11, zoomStep: 0.25, fitPadding: 32 } as const;

/**
 * The map's box at the reference screens, measured in Chromium on the built page: 1280×800
 * for `wide`, 390×844 for `narrow` (a phone; the layout narrows at 720 px).
 */
export const FIRST_VIEW_SIZES = {
  wide: { width: 864, height: 580 },
  narrow: { width: 390, height: 334 },
} as const;

export type FirstViewClass = keyof typeof FIRST_VIEW_SIZES;

/** How much more than its box is painted, each way, for boxes of other shapes. */
const SURROUND = 1.5;

export interface FirstViewInput {
  collection: PlaceCollection;
  /** The basemap levels for a view's zoom (coarse first), as the live map would show them. */
  basemapFor: (zoom: number) => readonly BasemapLevelLayers[];
  claimLines: readonly ClaimLine[];
  measureText: MeasureText;
}

/** The live map's overview of the article in a box of width × height px; null without places. */
export function overviewView(
  collection: PlaceCollection,
  width: number,
  height: number,
): MapView | null {
  const region = articleRegion(collection);
  if (!region) return null;
  const { minZoom, maxZoom, zoomStep, fitPadding } = LIVE_MAP;
  return fitView(region, width, height, { padding: fitPadding, minZoom, maxZoom, zoomStep });
}

/**
 * Path data for a picture drawn near its own size, in whole pixels: each point after the
 * first of a run as a relative step (`l`), a step of nothing left out. About a third of the
 * painter's absolute tenths, which a first view in the page's HTML pays for in bytes.
 */
export function compactPathData(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  let drawing = false;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'Z';
      drawing = false;
      continue;
    }
    const [px, py] = (args ?? '')
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    if (px === undefined || py === undefined || !Number.isFinite(px) || !Number.isFinite(py)) {
      continue;
    }
    const nx = Math.round(px);
    const ny = Math.round(py);
    if (command === 'M') {
      out += `M${nx} ${ny}`;
      drawing = false;
    } else {
      const dx = nx - x;
      const dy = ny - y;
      if (dx === 0 && dy === 0) continue;
      const step = `${dx}${dy < 0 ? '' : ' '}${dy}`;
      out += drawing ? `${dx < 0 ? '' : ' '}${step}` : `l${step}`;
      drawing = true;
    }
    x = nx;
    y = ny;
  }
  return out;
}

/** One `<svg class="first-view first-view-<which>">`; '' without places. */
export function paintFirstView(input: FirstViewInput, which: FirstViewClass): string {
  const size = FIRST_VIEW_SIZES[which];
  const view = overviewView(input.collection, size.width, size.height);
  if (!view) return '';
  const painted = {
    ...view,
    width: Math.round(size.width * SURROUND),
    height: Math.round(size.height * SURROUND),
  };
  const x = (painted.width - size.width) / 2;
  const y = (painted.height - size.height) / 2;
  // Labels inside the reference box, where the live map would put them, not in the surround.
  const labelBounds = { x: x + 4, y: y + 4, width: size.width - 8, height: size.height - 8 };
  const options = articleImageOptions({
    collection: input.collection,
    names: ALL_SIDES,
    view: painted,
    basemap: input.basemapFor(view.zoom),
    insetLand: null,
    claimLines: input.claimLines,
    measureText: input.measureText,
    legend: false,
    scaleBar: false,
  });
  options.labelBounds = labelBounds;
  return (
    `<svg class="first-view first-view-${which}" xmlns="http://www.w3.org/2000/svg"` +
    ` viewBox="${num(x)} ${num(y)} ${size.width} ${size.height}" preserveAspectRatio="xMidYMid meet"` +
    // The live map, its places list and table say all of this to assistive technology.
    ` aria-hidden="true" focusable="false" data-zoom="${num(view.zoom, 2)}"` +
    ` font-family="${escapeXml(FONT_FAMILIES.sans)}">` +
    paintMapArea(options, `first-view-${which}-`).replace(
      / d="([^"]*)"/g,
      (_, d: string) => ` d="${compactPathData(d)}"`,
    ) +
    '</svg>'
  );
}

/** Both pictures, wide then narrow; '' without places. */
export function paintFirstViews(input: FirstViewInput): string {
  return (['wide', 'narrow'] as const).map((which) => paintFirstView(input, which)).join('');
}
