/**
 * The live map's zoom levels (map/create-map.ts sets them on Leaflet). Here, not read off the
 * map, because a link's `map=` is checked before the live map exists: the first view may be
 * the page's painted picture, with Leaflet loaded only when the reader reaches for the map.
 */
export const ZOOM_RANGE = { min: 2, max: 11 } as const;
