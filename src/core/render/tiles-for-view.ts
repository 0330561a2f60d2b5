/**
 * The raster tiles (OpenStreetMap's, say) that cover a view, and where each goes in
 * it, so the image can show the tile basemap the reader chose. Web Mercator, 256-px
 * tiles at the integer zoom at or below the view's, scaled to its fractional zoom. Pure.
 */
import { worldPixel, type MapView } from './web-mercator';

export interface PlacedTile {
  /** The tile's address from the template ({z}, {x}, {y}). */
  url: string;
  /** Its box in view pixels. */
  x: number;
  y: number;
  size: number;
}

/** Tiles covering `view` from `template` (e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png"). */
export function tilesForView(view: MapView, template: string, maxZoom = 19): PlacedTile[] {
  const z = Math.max(0, Math.min(maxZoom, Math.floor(view.zoom)));
  const scale = 2 ** (view.zoom - z);
  const size = 256 * scale;
  const [cx, cy] = worldPixel(view.lon, view.lat, view.zoom);
  const left = cx - view.width / 2;
  const top = cy - view.height / 2;
  const count = 2 ** z;
  const tiles: PlacedTile[] = [];
  for (let ty = Math.floor(top / size); ty * size < top + view.height; ty++) {
    if (ty < 0 || ty >= count) continue;
    for (let tx = Math.floor(left / size); tx * size < left + view.width; tx++) {
      // Wrap across the antimeridian: the tile to the east of the last is the first.
      const wrapped = ((tx % count) + count) % count;
      tiles.push({
        url: template
          .replace('{z}', String(z))
          .replace('{x}', String(wrapped))
          .replace('{y}', String(ty)),
        x: tx * size - left,
        y: ty * size - top,
        size,
      });
    }
  }
  return tiles;
}
