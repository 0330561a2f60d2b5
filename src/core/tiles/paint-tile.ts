/**
 * Paints a packed tile (pack-tile.ts) on a canvas context: polygons filled and outlined,
 * lines stroked, multipoints as dots, in the order of the file (later on top), as the
 * page drew them with L.geoJSON. Pure: it knows the context, not the page.
 */
import { forEachPackedFeature } from './pack-tile';

/** The part of CanvasRenderingContext2D that painting uses. */
export type TileContext = Pick<
  CanvasRenderingContext2D,
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'closePath'
  | 'arc'
  | 'fill'
  | 'stroke'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineJoin'
  | 'globalAlpha'
>;

export interface ShapeStyle {
  color: string;
  weight: number;
  fillColor: string;
  fillOpacity: number;
  /** A multipoint's dots, in px. */
  radius: number;
}

export const defaultShapeStyle: ShapeStyle = {
  color: '#1f4e79',
  weight: 1.5,
  fillColor: '#3d7ab8',
  fillOpacity: 0.3,
  radius: 4,
};

function tracePath(ctx: TileContext, ring: Int32Array, scale: number, close: boolean): void {
  for (let i = 0; i < ring.length; i += 2) {
    const x = (ring[i] as number) * scale;
    const y = (ring[i + 1] as number) * scale;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  if (close) ctx.closePath();
}

function fillAndStroke(ctx: TileContext, style: ShapeStyle, fill: boolean): void {
  if (fill) {
    ctx.globalAlpha = style.fillOpacity;
    // Even-odd: geojson-vt gives a multipolygon's rings, holes included, as one list.
    (ctx.fill as (rule: CanvasFillRule) => void)('evenodd');
    ctx.globalAlpha = 1;
  }
  ctx.stroke();
}

/** A tile's canvas: `size` CSS px a side, `ratio` device px each; `extent` tile units a side. */
export interface TileCanvasSize {
  size: number;
  ratio: number;
  extent: number;
}

/** The canvas's side in device pixels. */
export function tilePixels({ size, ratio }: Pick<TileCanvasSize, 'size' | 'ratio'>): number {
  return Math.round(size * ratio);
}

/**
 * Paints `data` on a fresh tile canvas of `at`'s size: what the worker does on its
 * OffscreenCanvas and the page on its own canvas where a worker cannot paint, so that both
 * give the same pixels.
 */
export function paintTileCanvas(
  ctx: TileContext & Pick<CanvasRenderingContext2D, 'scale'>,
  data: Int32Array,
  at: TileCanvasSize,
): void {
  ctx.scale(at.ratio, at.ratio);
  paintTile(ctx, data, at.size / at.extent);
}

/** Paints `data`, whose tile units are `scale` px each (a 256-px tile of extent 4096: 1/16). */
export function paintTile(
  ctx: TileContext,
  data: Int32Array,
  scale: number,
  style: ShapeStyle = defaultShapeStyle,
): void {
  ctx.strokeStyle = style.color;
  ctx.fillStyle = style.fillColor;
  ctx.lineWidth = style.weight;
  ctx.lineJoin = 'round';
  forEachPackedFeature(data, (kind, _id, rings) => {
    ctx.beginPath();
    if (kind === 1) {
      for (const ring of rings) {
        for (let i = 0; i < ring.length; i += 2) {
          const x = (ring[i] as number) * scale;
          const y = (ring[i + 1] as number) * scale;
          ctx.moveTo(x + style.radius, y);
          ctx.arc(x, y, style.radius, 0, 2 * Math.PI);
        }
      }
    } else for (const ring of rings) tracePath(ctx, ring, scale, kind === 3);
    fillAndStroke(ctx, style, kind !== 2);
  });
}
