/**
 * The Leaflet map and its basemaps: the built-in one (Natural Earth land,
 * decoded from TopoJSON in the browser, so no tile server is needed) and, as
 * an option in the layer switch, OpenStreetMap's tiles.
 */
import L from 'leaflet';
import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { ZOOM_RANGE } from '../core/address/zoom-range';
import { BASEMAP_STYLE } from '../core/render/map-style';

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
    minZoom: ZOOM_RANGE.min,
    maxZoom: ZOOM_RANGE.max,
    zoomSnap: 0.25,
    attributionControl: true,
  });
  // The attribution is a constant of ours, not data.
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.createPane('basemap').style.zIndex = '200';
  // A first view, so layers added before the app's state applies are on the map at once
  // (Leaflet defers adding layers to an unloaded map, and a popup needs its shape there).
  map.setView([45, 100], 2);
  // Focusing a shape partly outside the map (Tab, a shape opened by keyboard) makes the
  // browser scroll the map's container, which Leaflet never expects: every popup and label
  // would then sit off its place. The container never scrolls.
  container.addEventListener('scroll', () => {
    container.scrollTop = 0;
    container.scrollLeft = 0;
  });
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
  /** Shows a basemap (without calling onChange). */
  set: (kind: BasemapKind) => void;
  current: () => BasemapKind;
  /** Renames the basemaps in the layer switch and rewrites their attributions (a language change). */
  setWords: (words: BasemapWords) => void;
}

/** The layer switch's names and the attributions, in the interface language (HTML of ours). */
export interface BasemapWords {
  names: Record<BasemapKind, string>;
  attributions: Record<BasemapKind, string>;
}

/** What a level draws, decoded (core/geometry/basemap.ts decodeBasemapLayers). */
export interface DecodedLevel {
  land: FeatureCollection<Geometry>;
  coast: MultiLineString;
  borders: MultiLineString;
  bbox: [number, number, number, number] | null;
}

/** One resolution of the built-in basemap, fetched the first time it is needed. */
export interface BasemapLevel {
  url: string;
  /** Shown from this zoom (inclusive) to maxZoom (exclusive). */
  minZoom: number;
  maxZoom: number;
  /** Drawn only where the view meets the file's own bbox, over a sea-coloured mask of it. */
  regional?: boolean;
}

export interface BasemapOptions {
  kind: BasemapKind;
  levels: readonly BasemapLevel[];
  /** Fetches and decodes a level's file. */
  load: (url: string) => Promise<DecodedLevel>;
  /** The reader chose another basemap in the layer switch. */
  onChange: (kind: BasemapKind) => void;
  /** The first level is drawn. */
  onDrawn: () => void;
  /** A level could not be loaded (the map goes on without it). */
  onError: (error: Error) => void;
}

const NAMES: Record<BasemapKind, string> = {
  ne: 'Natural Earth (built in, offline)',
  osm: 'OpenStreetMap (online)',
};

const SEA = BASEMAP_STYLE.sea;
const LAND = BASEMAP_STYLE.land;

/** Land filled without an outline (a cut at a file's edge must not show), then its lines. */
function levelGroup(
  map: L.Map,
  pane: string,
  level: DecodedLevel,
  regional: boolean,
): L.LayerGroup {
  const renderer = L.canvas({ pane, padding: 0.5 });
  const common = { pane, renderer, interactive: false } as const;
  const group = L.layerGroup([]);
  if (regional && level.bbox) {
    const [w, s, e, n] = level.bbox;
    // Hides the coarser level beneath, inside this level's box.
    group.addLayer(
      L.rectangle(
        [
          [s, w],
          [n, e],
        ],
        { ...common, stroke: false, fillColor: SEA, fillOpacity: 1 },
      ),
    );
  }
  const fill: L.GeoJSONOptions & L.PathOptions = {
    ...common,
    style: { stroke: false, fillColor: LAND, fillOpacity: 1 },
  };
  group.addLayer(L.geoJSON(level.land, fill));
  group.addLayer(
    L.geoJSON(level.coast, {
      ...common,
      style: { ...BASEMAP_STYLE.coast },
    } as L.GeoJSONOptions),
  );
  group.addLayer(
    L.geoJSON(level.borders, {
      ...common,
      style: { ...BASEMAP_STYLE.borders },
    } as L.GeoJSONOptions),
  );
  return group;
}

/**
 * The built-in basemap at several resolutions, each fetched when the zoom first needs
 * it, and OpenStreetMap's tiles as an option in a layer switch.
 */
export function addBasemaps(map: L.Map, options: BasemapOptions): Basemaps {
  const ne = L.layerGroup([], {
    attribution: 'Land: <a href="https://www.naturalearthdata.com/">Natural Earth</a>',
  });
  // Requested only when chosen: the default map needs no network.
  const osm = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    pane: 'basemap',
    maxZoom: 19,
    attribution:
      '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  });
  const layers: Record<BasemapKind, L.Layer> = { ne, osm };
  let current: BasemapKind = options.kind;
  layers[current].addTo(map);
  const control = L.control
    .layers({ [NAMES.ne]: ne, [NAMES.osm]: osm }, undefined, { position: 'topright' })
    .addTo(map);
  map.on('baselayerchange', (event) => {
    const chosen = (Object.keys(layers) as BasemapKind[]).find((k) => layers[k] === event.layer);
    if (chosen && chosen !== current) {
      current = chosen;
      update();
      options.onChange(chosen);
    }
  });

  const state = options.levels.map((level, i) => {
    const pane = `basemap-${i}`;
    map.createPane(pane).style.zIndex = String(150 + i);
    return { level, pane, group: null as L.LayerGroup | null, loading: false, failed: false };
  });
  let drawn = false;

  function wanted(entry: (typeof state)[number]): boolean {
    if (current !== 'ne') return false;
    const zoom = map.getZoom();
    if (zoom < entry.level.minZoom || zoom >= entry.level.maxZoom) return false;
    return true;
  }

  function update(): void {
    for (const entry of state) {
      const want = wanted(entry);
      if (want && !entry.group && !entry.loading && !entry.failed) {
        entry.loading = true;
        options
          .load(entry.level.url)
          .then((decoded) => {
            entry.group = levelGroup(map, entry.pane, decoded, entry.level.regional ?? false);
            entry.loading = false;
            update();
            if (!drawn) {
              drawn = true;
              requestAnimationFrame(() => options.onDrawn());
            }
          })
          .catch((error: unknown) => {
            entry.loading = false;
            entry.failed = true;
            options.onError(error as Error);
          });
      }
      if (!entry.group) continue;
      if (want && !ne.hasLayer(entry.group)) ne.addLayer(entry.group);
      if (!want && ne.hasLayer(entry.group)) ne.removeLayer(entry.group);
    }
  }
  map.on('zoomend', update);
  update();

  return {
    set(next) {
      if (next === current) return;
      map.removeLayer(layers[current]);
      current = next;
      layers[current].addTo(map);
      update();
    },
    current: () => current,
    setWords: (words) => setWords(map, control, layers, words),
  };
}

function setWords(
  map: L.Map,
  control: L.Control.Layers,
  layers: Record<BasemapKind, L.Layer>,
  words: BasemapWords,
): void {
  // Leaflet keeps each entry's name and redraws the list from it (_update), e.g. on a switch.
  const entries = (control as unknown as { _layers: { layer: L.Layer; name: string }[] })._layers;
  for (const kind of Object.keys(layers) as BasemapKind[]) {
    const entry = entries.find((e) => e.layer === layers[kind]);
    if (entry) entry.name = words.names[kind];
    const options = layers[kind].options as L.LayerOptions;
    const before = options.attribution;
    options.attribution = words.attributions[kind];
    if (map.hasLayer(layers[kind]) && before !== options.attribution) {
      if (before) map.attributionControl.removeAttribution(before);
      map.attributionControl.addAttribution(words.attributions[kind]);
    }
  }
  (control as unknown as { _update: () => void })._update();
}
