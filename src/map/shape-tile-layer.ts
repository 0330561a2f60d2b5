/**
 * An opened file's lines and polygons as canvas tiles: one canvas per 256-px tile, painted
 * by the worker (which cut it with geojson-vt) and handed over as an ImageBitmap, so the
 * main thread only copies pixels. Where the worker cannot paint, it hands over the packed
 * tile and core/tiles paints it here. A tile that leaves the view before it is painted is
 * cancelled. The page never holds the whole file, only the tiles in view.
 */
import L from 'leaflet';
import { paintTileCanvas, tilePixels } from '../core/tiles/paint-tile';
import type { PaintedTileSource, PaintResponse } from '../workers/tile-painter';

/** A tile from the worker: its pixels, or its packed geometry to paint; both null when empty. */
export type TileFromWorker = Pick<PaintResponse, 'bitmap' | 'data'>;

export interface ShapeTileLayerOptions {
  /** Tile z/x/y from the worker, painted or packed (workers/tile-painter.ts). */
  paintedTile: PaintedTileSource;
  /** Tile units per side, as cut (geojson-vt's extent). */
  extent: number;
  /** Deepest zoom cut; past it the tiles of this zoom are scaled. */
  maxNativeZoom: number;
}

/** Puts the worker's tile on `canvas`: its pixels copied, or its geometry painted here. */
export function drawTile(
  canvas: HTMLCanvasElement,
  tile: TileFromWorker | null,
  at: { size: number; ratio: number; extent: number },
): void {
  if (!tile?.bitmap && !tile?.data) return;
  const ctx = canvas.getContext('2d');
  if (tile.bitmap) {
    ctx?.drawImage(tile.bitmap, 0, 0);
    // Its memory is the GPU's or the process's, not the heap's: free it now, not at GC.
    tile.bitmap.close();
  } else if (ctx && tile.data) paintTileCanvas(ctx, tile.data, at);
}

class ShapeTileLayer extends L.GridLayer {
  /** Tiles asked for and not yet drawn, to withdraw when they leave the view. */
  private readonly pending = new WeakMap<HTMLElement, AbortController>();

  constructor(private readonly source: ShapeTileLayerOptions) {
    super({ maxNativeZoom: source.maxNativeZoom, pane: 'overlayPane', updateWhenZooming: false });
    this.on('tileunload', (event: L.TileEvent) => this.pending.get(event.tile)?.abort());
  }

  override createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement {
    const canvas = document.createElement('canvas');
    const size = this.getTileSize().x;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = canvas.height = tilePixels({ size, ratio });
    const controller = new AbortController();
    this.pending.set(canvas, controller);
    const at = { size, ratio, extent: this.source.extent };
    this.source
      .paintedTile(coords.z, coords.x, coords.y, size, ratio, controller.signal)
      .then(
        (tile) => {
          if (controller.signal.aborted) {
            tile?.bitmap?.close();
            return;
          }
          drawTile(canvas, tile, at);
          done(undefined, canvas);
        },
        () => done(undefined, canvas),
      )
      .finally(() => this.pending.delete(canvas));
    return canvas;
  }
}

/** A GridLayer of the worker's shape tiles; its 'load' fires when the tiles in view are drawn. */
export function shapeTileLayer(options: ShapeTileLayerOptions): L.GridLayer {
  return new ShapeTileLayer(options);
}
