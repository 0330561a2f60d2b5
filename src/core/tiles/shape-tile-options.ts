/**
 * How an opened file's shapes are cut into tiles and hit, shared by the worker that cuts
 * them and the page that draws them (apart from shape-tiles.ts, so that the page's code
 * does not take in geojson-vt).
 */
export interface ShapeTileOptions {
  /** Deepest zoom cut; the map scales this zoom's tiles past it. */
  maxZoom: number;
  /** Tile units per tile side (a 256-px tile drawn at extent/256 units a pixel). */
  extent: number;
  /** Tile units kept past each edge: at least the hit tolerance at the next half zoom. */
  buffer: number;
  /** A line or a point within this many pixels of a click is hit. */
  hitTolerance: number;
}

export const defaultShapeTileOptions: ShapeTileOptions = {
  maxZoom: 14,
  extent: 4096,
  // 8 px: a 5-px hit tolerance still fits when a tile is shown at 1.41× (zoom z + 0.5).
  buffer: 128,
  hitTolerance: 5,
};
