/**
 * Web Mercator with 256-pixel tiles, as Leaflet and OpenStreetMap use it: a view
 * (centre, zoom, size in px) and the functions that place longitude/latitude in it,
 * fit a box into it, and say what box it shows. Pure.
 */

/** What a map shows: its centre, zoom (fractional allowed) and size in px. */
export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
  width: number;
  height: number;
}

/** [west, south, east, north] in degrees. */
export type LonLatBox = [number, number, number, number];

const MAX_LAT = 85.0511287798;

/** A longitude and latitude as world pixels at `zoom` (x from 180°W, y from the top). */
export function worldPixel(lon: number, lat: number, zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  const x = ((lon + 180) / 360) * size;
  const y = (0.5 - Math.log((1 + Math.sin(phi)) / (1 - Math.sin(phi))) / (4 * Math.PI)) * size;
  return [x, y];
}

/** The inverse of worldPixel. */
export function worldLonLat(x: number, y: number, zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  const lon = (x / size) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI;
  return [lon, lat];
}

/** Projects [lon, lat] into the view's pixels (0, 0 at its top left). */
export function viewProjector(view: MapView): (lon: number, lat: number) => [number, number] {
  const [cx, cy] = worldPixel(view.lon, view.lat, view.zoom);
  const left = cx - view.width / 2;
  const top = cy - view.height / 2;
  return (lon, lat) => {
    const [x, y] = worldPixel(lon, lat, view.zoom);
    return [x - left, y - top];
  };
}

/** The box the view shows (west may be below −180 or east above 180 near the antimeridian). */
export function viewBox(view: MapView): LonLatBox {
  const [cx, cy] = worldPixel(view.lon, view.lat, view.zoom);
  const [west, north] = worldLonLat(cx - view.width / 2, cy - view.height / 2, view.zoom);
  const [east, south] = worldLonLat(cx + view.width / 2, cy + view.height / 2, view.zoom);
  return [west, south, east, north];
}

/**
 * The view that shows `box` whole in width × height px, keeping `padding` px clear
 * on every side: the largest zoom (a multiple of `zoomStep`, within the bounds) that fits.
 */
export function fitView(
  box: LonLatBox,
  width: number,
  height: number,
  { padding = 40, minZoom = 1, maxZoom = 11, zoomStep = 0.25 } = {},
): MapView {
  const [w, s, e, n] = box;
  const [x0, y0] = worldPixel(w, n, 0);
  const [x1, y1] = worldPixel(e, s, 0);
  const spanX = Math.max(x1 - x0, 1e-9);
  const spanY = Math.max(y1 - y0, 1e-9);
  const roomX = Math.max(width - 2 * padding, 1);
  const roomY = Math.max(height - 2 * padding, 1);
  const exact = Math.log2(Math.min(roomX / spanX, roomY / spanY));
  const zoom = Math.max(minZoom, Math.min(maxZoom, Math.floor(exact / zoomStep) * zoomStep));
  const [lon, lat] = worldLonLat((x0 + x1) / 2, (y0 + y1) / 2, 0);
  return { lat, lon, zoom, width, height };
}
