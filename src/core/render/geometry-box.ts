/** The [west, south, east, north] box of GeoJSON geometries, or null when they hold no position. Pure. */
import type { Geometry } from 'geojson';
import { positions } from '../geometry/extent';
import type { LonLatBox } from './web-mercator';

export function geometryBox(geometries: readonly Geometry[]): LonLatBox | null {
  let box: LonLatBox | null = null;
  for (const geometry of geometries) {
    for (const p of positions(geometry)) {
      const lon = p[0] as number;
      const lat = p[1] as number;
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
      box = box
        ? [
            Math.min(box[0], lon),
            Math.min(box[1], lat),
            Math.max(box[2], lon),
            Math.max(box[3], lat),
          ]
        : [lon, lat, lon, lat];
    }
  }
  return box;
}
