/**
 * The Leaflet map and its basemaps: the built-in one (Natural Earth land,
 * decoded from TopoJSON in the browser, so no tile server is needed) and, as
 * an option in the layer switch, OpenStreetMap's tiles.
 */
import L from 'leaflet';
import type { FeatureCollection, Geometry } from 'geojson';

export type BasemapKind = 'ne' | 'osm';

/** Creates the map in `container`, with a pane for the basemap under the places. */
export function createMap(container: HTMLElement): L.Map {
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
  map.createPane('basemap').style.zIndex = '200';
  // Leaflet measures its container only on window resizes; the page's own layout changes
  // (toolbar filling in, the phone layout) resize it too, so watch the container itself,
  // keeping the centre where it was: a shared link names the centre.
  // (invalidateSize and setView pan by whole pixels, which drifts a shared view: reset.)
  new ResizeObserver(() => {
    const center = map.getCenter();
    map.invalidateSize({ pan: false });
    setExactView(map, center.lat, center.lng, map.getZoom());
  }).observe(container);
  return map;
}

/**
 * Sets the view to exactly this centre and zoom. A plain setView pans by whole
 * pixels when the move is small (Leaflet's _tryAnimatedPan truncates), which
 * would drift a shared link's centre; `reset`, which Leaflet's types omit, jumps.
 */
export function setExactView(map: L.Map, lat: number, lon: number, zoom: number): void {
  map.setView([lat, lon], zoom, { animate: false, reset: true } as L.ZoomPanOptions);
}

export interface Basemaps {
  /** Adds decoded Natural Earth land to the built-in basemap. */
  addLand: (land: FeatureCollection<Geometry>) => void;
  /** Shows a basemap (without calling onChange). */
  set: (kind: BasemapKind) => void;
  current: () => BasemapKind;
}

const NAMES: Record<BasemapKind, string> = {
  ne: 'Natural Earth (built in, offline)',
  osm: 'OpenStreetMap (online)',
};

/** The two basemaps and a layer switch between them; `onChange` hears the reader's choice. */
export function addBasemaps(
  map: L.Map,
  kind: BasemapKind,
  onChange: (kind: BasemapKind) => void,
): Basemaps {
  const layers: Record<BasemapKind, L.Layer> = {
    ne: L.layerGroup([], {
      attribution: 'Land: <a href="https://www.naturalearthdata.com/">Natural Earth</a>',
    }),
    // Requested only when chosen: the default map needs no network.
    osm: L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      pane: 'basemap',
      maxZoom: 19,
      attribution:
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    }),
  };
  let current: BasemapKind = kind;
  layers[current].addTo(map);
  L.control
    .layers({ [NAMES.ne]: layers.ne, [NAMES.osm]: layers.osm }, undefined, { position: 'topright' })
    .addTo(map);
  map.on('baselayerchange', (event) => {
    const chosen = (Object.keys(layers) as BasemapKind[]).find((k) => layers[k] === event.layer);
    if (chosen && chosen !== current) {
      current = chosen;
      onChange(chosen);
    }
  });
  const canvas = L.canvas({ pane: 'basemap', padding: 0.5 });
  return {
    addLand(land) {
      // GeoJSON hands its options to each layer it makes, so `renderer` works here
      // though Leaflet's types only list it on paths.
      const options: L.GeoJSONOptions & L.PathOptions = {
        pane: 'basemap',
        interactive: false,
        renderer: canvas,
        style: {
          color: '#a89f8c',
          weight: 0.6,
          fillColor: '#f3efe6',
          fillOpacity: 1,
        },
      };
      (layers.ne as L.LayerGroup).addLayer(L.geoJSON(land, options));
    },
    set(next) {
      if (next === current) return;
      map.removeLayer(layers[current]);
      current = next;
      layers[current].addTo(map);
    },
    current: () => current,
  };
}
