/** The live map's view in the painter's terms, for views that must not import Leaflet. */
import type L from 'leaflet';
import type { MapView } from '../core/render/web-mercator';

export type LeafletMap = L.Map;

/** Centre, zoom and the container's size in CSS px: what the image painter draws. */
export function liveView(map: L.Map): MapView {
  const centre = map.getCenter();
  const size = map.getSize();
  return { lon: centre.lng, lat: centre.lat, zoom: map.getZoom(), width: size.x, height: size.y };
}
