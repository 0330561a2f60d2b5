/**
 * An opened file's lines and polygons cut into vector tiles (geojson-vt, as
 * Leaflet.VectorGrid's slicer and MapLibre do), and the search for the feature under a
 * point of the map. Pure: it runs in the open worker and in Node's tests.
 */
import type { Feature } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import { featureAtPixel } from '../geometry/feature-at-pixel';
import { forEachPackedFeature, packTile } from './pack-tile';
import { defaultShapeTileOptions, type ShapeTileOptions } from './shape-tile-options';

export interface ShapeTiles {
  /** The tile z/x/y packed (see pack-tile.ts), or null when it has no feature. */
  tile: (z: number, x: number, y: number) => Int32Array | null;
  /**
   * The indices (ascending) of the features under [lon, lat] at map zoom `zoom`: those
   * the tile there draws whose original geometry is hit (see core/geometry/feature-at-pixel).
   */
  hit: (lon: number, lat: number, zoom: number) => number[];
}

/** Tile x, y at zoom z of [lon, lat] (Web Mercator, as geojson-vt projects). */
function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const sin = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  const x = (lon + 180) / 360;
  return [Math.floor((x - Math.floor(x)) * n), Math.min(n - 1, Math.floor(y * n))];
}

/**
 * Cuts `features` (those at `indices` of the opened file: its lines, polygons and
 * multipoints) into tiles. Tiles carry only each feature's index, not its properties.
 */
export function createShapeTiles(
  features: readonly Feature[],
  indices: readonly number[],
  options: ShapeTileOptions = defaultShapeTileOptions,
): ShapeTiles {
  const index = new GeoJSONVT(
    {
      type: 'FeatureCollection',
      features: indices.map((i) => ({
        type: 'Feature',
        id: i,
        properties: null,
        geometry: (features[i] as Feature).geometry,
      })),
    },
    { maxZoom: options.maxZoom, extent: options.extent, buffer: options.buffer },
  );
  const tile = (z: number, x: number, y: number): Int32Array | null => {
    // geojson-vt wraps x but not y: a row off the world would be read as another tile.
    if (!Number.isInteger(y) || y < 0 || y >= 2 ** z) return null;
    const found = index.getTileRaw(z, x, y);
    return found && found.features.length > 0 ? packTile(found.features) : null;
  };
  return {
    tile,
    hit(lon, lat, zoom) {
      const z = Math.max(0, Math.min(options.maxZoom, Math.round(zoom)));
      const data = tile(z, ...tileOf(lon, lat, z));
      const candidates = new Set<number>();
      if (data) forEachPackedFeature(data, (_kind, id) => candidates.add(id));
      const hitOptions = { zoom, tolerance: options.hitTolerance };
      return [...candidates]
        .filter((i) => featureAtPixel(features[i]?.geometry ?? null, [lon, lat], hitOptions))
        .sort((a, b) => a - b);
    },
  };
}

/**
 * The lines and polygons among `features` (`shapes`, as summarizeFeatures picks them) as
 * tiles under their index in `features`; null when there are none.
 */
export function tileShapes(features: Feature[], shapes: readonly Feature[]): ShapeTiles | null {
  if (shapes.length === 0) return null;
  const isShape = new Set(shapes);
  const indices: number[] = [];
  features.forEach((feature, i) => {
    if (isShape.has(feature)) indices.push(i);
  });
  return createShapeTiles(features, indices);
}
