/**
 * "Download image": the map's SVG (from the shared painter, core/render/paint-map.ts)
 * saved as an .svg file, or rasterised as PNG at twice the screen's pixels by drawing
 * it into a canvas through an <img> of a blob: URL (the built page's CSP allows blob:
 * images) and saving the canvas's toBlob. No screenshot of the page is involved.
 */
import { paintMap, type PaintOptions, type PaintedMap } from '../core/render/paint-map';
import { fontShorthand, type MeasureText } from '../core/render/text-width';
import type { PlacedTile } from '../core/render/tiles-for-view';
import { downloadBlob } from './download';

export type ImageFormat = 'png' | 'svg';

/** Exact text widths from the browser's own fonts, for the painter's label boxes. */
export function canvasMeasureText(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${fontShorthand(font)}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (!context) return text.length * font.size * 0.6;
      context.font = fontShorthand(font);
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}

/** The SVG as a PNG Blob, `scale` canvas pixels per SVG px. Rejects with a readable Error. */
export async function svgToPng(painted: PaintedMap, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([painted.svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    try {
      await image.decode();
    } catch {
      throw new Error('The browser could not draw the map image.');
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(painted.width * scale);
    canvas.height = Math.round(painted.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('The browser gives no canvas to draw the image on.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('The image is too large for this browser.')),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export interface DownloadImageOptions {
  format: ImageFormat;
  /** File name without extension, e.g. "article-map-iturup". */
  baseName: string;
  /** PNG pixels per CSS px (default 2: twice a standard screen's resolution). */
  scale?: number;
}

/**
 * Paints the map (`paint` without measureText: the browser's canvas measures) and
 * downloads it as SVG or PNG. Resolves with the Blob it saved, so a caller can announce
 * it; rejects with an Error whose message can be shown to the reader.
 */
export async function downloadMapImage(
  paint: Omit<PaintOptions, 'measureText'>,
  { format, baseName, scale }: DownloadImageOptions,
): Promise<Blob> {
  const painted = paintMap({ ...paint, measureText: canvasMeasureText() });
  const blob =
    format === 'svg'
      ? new Blob([painted.svg], { type: 'image/svg+xml;charset=utf-8' })
      : await svgToPng(painted, scale ?? 2);
  downloadBlob(blob, `${baseName}.${format}`);
  return blob;
}

/**
 * Fetches the view's raster tiles as data: URLs for the painter (an SVG drawn as an image
 * loads nothing itself). OpenStreetMap's tile server allows this (CORS); a tile that
 * fails is left out, so the image shows the sea there rather than failing.
 */
export async function fetchTiles(tiles: readonly PlacedTile[]): Promise<PlacedTile[]> {
  const read = async (tile: PlacedTile): Promise<PlacedTile | null> => {
    try {
      const response = await fetch(tile.url, { mode: 'cors' });
      if (!response.ok) return null;
      const blob = await response.blob();
      const url = await new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsDataURL(blob);
      });
      return { ...tile, url };
    } catch {
      return null;
    }
  };
  return (await Promise.all(tiles.map(read))).filter((t): t is PlacedTile => t !== null);
}
