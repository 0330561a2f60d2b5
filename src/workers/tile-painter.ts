/**
 * The open worker's tile painting: the page asks for a tile as pixels, the worker paints
 * it on an OffscreenCanvas and hands over an ImageBitmap, so the main thread only copies
 * it onto the tile's canvas. Where the worker cannot paint (no OffscreenCanvas, or no 2D
 * context for it), it hands over the packed tile for the page to paint as before. A tile
 * that left the view is cancelled by the page and never painted (core/tiles/paint-queue.ts).
 */
import { createPaintQueue } from '../core/tiles/paint-queue';
import { paintTileCanvas, tilePixels } from '../core/tiles/paint-tile';
import { defaultShapeTileOptions } from '../core/tiles/shape-tile-options';

export type PaintRequest =
  /** Tile z/x/y for a canvas `size` CSS px a side at `ratio` device px each. */
  | { id: number; type: 'paint-tile'; z: number; x: number; y: number; size: number; ratio: number }
  /** The tile asked by request `request` is no longer wanted: it is not answered. */
  | { id: number; type: 'cancel-paint'; request: number };

/** The tile as pixels, or packed when this worker cannot paint; both null when it is empty. */
export interface PaintResponse {
  id: number;
  type: 'painted-tile';
  bitmap: ImageBitmap | null;
  data: Int32Array | null;
}

/**
 * The page's way to ask for a tile painted (ui/data-client.ts): tile z/x/y for a canvas
 * `size` CSS px a side at `ratio` device px each; null when empty, nothing is served, or
 * `signal` aborted first (the worker is told, and does not paint it).
 */
export type PaintedTileSource = (
  z: number,
  x: number,
  y: number,
  size: number,
  ratio: number,
  signal: AbortSignal,
) => Promise<Pick<PaintResponse, 'bitmap' | 'data'> | null>;

/** Paints packed tile `data` on a fresh OffscreenCanvas; null when the worker cannot. */
function paintOffscreen(data: Int32Array, size: number, ratio: number): ImageBitmap | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const side = tilePixels({ size, ratio });
  const canvas = new OffscreenCanvas(side, side);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  paintTileCanvas(ctx, data, { size, ratio, extent: defaultShapeTileOptions.extent });
  return canvas.transferToImageBitmap();
}

export interface TilePainterOptions {
  /** Paints a packed tile; null when the worker cannot. */
  paint?: (data: Int32Array, size: number, ratio: number) => ImageBitmap | null;
  /** Runs a function on a later turn, after the messages already received. */
  later?: (f: () => void) => void;
}

/**
 * Answers the page's paint requests, one tile per turn of the worker's loop. `tile` gives
 * the served file's packed tile; `post` sends an answer with what it transfers.
 */
export function createTilePainter(
  tile: (z: number, x: number, y: number) => Int32Array | null,
  post: (response: PaintResponse, transfer: Transferable[]) => void,
  { paint = paintOffscreen, later = (f) => setTimeout(f, 0) }: TilePainterOptions = {},
): (request: PaintRequest) => void {
  const queue = createPaintQueue<PaintResponse>(later);
  return (request) => {
    if (request.type === 'cancel-paint') {
      queue.cancel(request.request);
      return;
    }
    const { id, z, x, y, size, ratio } = request;
    queue
      .add(id, () => {
        const data = tile(z, x, y);
        const bitmap = data ? paint(data, size, ratio) : null;
        return { id, type: 'painted-tile', bitmap, data: bitmap ? null : data };
      })
      .then(
        (response) => {
          if (!response) return;
          const transfer: Transferable[] = [];
          if (response.bitmap) transfer.push(response.bitmap);
          if (response.data) transfer.push(response.data.buffer);
          post(response, transfer);
        },
        // An unpaintable tile is drawn empty rather than left waiting.
        () => post({ id, type: 'painted-tile', bitmap: null, data: null }, []),
      );
  };
}
