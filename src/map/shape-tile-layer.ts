/**
 * An opened file's lines and polygons as canvas tiles: one canvas per 256-px tile, its
 * geometry asked of the worker (which cut it with geojson-vt), painted by core/tiles.
 * The page never holds the whole file, only the tiles in view.
 */
import L from 'leaflet';
import { paintTile } from '../core/tiles/paint-tile';

export interface ShapeTileLayerOptions {
  /** The packed tile z/x/y from the worker; null when empty. */
  tile: (z: number, x: number, y: number) => Promise<Int32Array | null>;
  /** Tile units per side, as cut (geojson-vt's extent). */
  extent: number;
  /** Deepest zoom cut; past it the tiles of this zoom are scaled. */
  maxNativeZoom: number;
}

class ShapeTileLayer extends L.GridLayer {
  constructor(private readonly source: ShapeTileLayerOptions) {
    super({ maxNativeZoom: source.maxNativeZoom, pane: 'overlayPane', updateWhenZooming: false });
  }

  override createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement {
    const canvas = document.createElement('canvas');
    const size = this.getTileSize();
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(size.x * ratio);
    canvas.height = Math.round(size.y * ratio);
    this.source.tile(coords.z, coords.x, coords.y).then(
      (data) => {
        const ctx = canvas.getContext('2d');
        if (data && ctx) {
          ctx.scale(ratio, ratio);
          paintTile(ctx, data, size.x / this.source.extent);
        }
        done(undefined, canvas);
      },
      () => done(undefined, canvas),
    );
    return canvas;
  }
}

/** A GridLayer of the worker's shape tiles; its 'load' fires when the tiles in view are drawn. */
export function shapeTileLayer(options: ShapeTileLayerOptions): L.GridLayer {
  return new ShapeTileLayer(options);
}
