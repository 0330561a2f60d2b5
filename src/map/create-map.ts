/**
 * The Leaflet map with the built-in basemap: Natural Earth land, decoded from
 * TopoJSON in the browser, so no tile server is needed.
 */
import L from 'leaflet';
import type { FeatureCollection, Geometry } from 'geojson';

export interface MapOptions {
  /** Attribution for the built-in basemap. */
  attribution?: string;
}

/** Creates the map in `container`, with panes for the basemap and the places. */
export function createMap(
  container: HTMLElement,
  {
    attribution = 'Land: <a href="https://www.naturalearthdata.com/">Natural Earth</a>',
  }: MapOptions = {},
): L.Map {
  const map = L.map(container, {
    // Nothing to show past the poles or across a second world copy.
    worldCopyJump: false,
    maxBounds: [
      [-85, -200],
      [85, 380],
    ],
    minZoom: 2,
    maxZoom: 11,
    zoomSnap: 0.25,
    attributionControl: true,
  });
  // The attribution is a constant of ours, not data.
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.attributionControl.addAttribution(attribution);
  map.createPane('basemap').style.zIndex = '200';
  // Leaflet measures its container only on window resizes; the page's own layout changes
  // (toolbar filling in, the phone layout) resize it too, so watch the container itself.
  new ResizeObserver(() => map.invalidateSize({ pan: false })).observe(container);
  return map;
}

/** Draws decoded land on the basemap pane, on a canvas (thousands of rings). */
export function addBasemap(map: L.Map, land: FeatureCollection<Geometry>): L.Layer {
  // GeoJSON hands its options to each layer it makes, so `renderer` works here
  // though Leaflet's types only list it on paths.
  const options: L.GeoJSONOptions & L.PathOptions = {
    pane: 'basemap',
    interactive: false,
    renderer: L.canvas({ pane: 'basemap', padding: 0.5 }),
    style: {
      className: 'land',
      color: '#a89f8c',
      weight: 0.6,
      fillColor: '#f3efe6',
      fillOpacity: 1,
    },
  };
  return L.geoJSON(land, options).addTo(map);
}
