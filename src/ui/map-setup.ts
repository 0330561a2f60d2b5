/**
 * The map's part of the wiring: the Leaflet map, the built-in basemap's levels,
 * the places, the camera and the map view, bound to the store.
 */
import world110Url from 'world-atlas/countries-110m.json?url';
import world50Url from 'world-atlas/countries-50m.json?url';
import { labelFor } from '../core/article/naming';
import { partiesOf, type Party, type PlaceCollection } from '../core/article/places';
import type { Store } from '../core/state/store';
import type { AppState } from '../core/state/app-state';
import type { ClaimLine } from '../core/borders/read-claim-lines';
import { addClaimLines, type ClaimsLayer } from '../map/claims-layer';
import type { BBox } from 'geojson';
import { bindCamera, boundsFrame } from '../map/camera';
import { bboxBounds } from '../map/data-layer';
import { addBasemaps, createMap, type Basemaps } from '../map/create-map';
import { translateControls } from '../map/translate-controls';
import { addPlaces, type PlacesLayer } from '../map/places-layer';
import { loadBasemapFile } from './basemap-files';
import { showClaimLines } from './legend';
import { byId } from './load';
import { bindMapView, showsData } from './map-view';
import { buildPopup } from './popup';
import { DATA_LANG, tr } from './i18n';

function addBasemapLevels(
  map: ReturnType<typeof createMap>,
  store: Store,
  problems: (messages: string[]) => void,
  dataUrl: string,
): Basemaps {
  const basemaps = addBasemaps(map, {
    kind: store.get().basemap,
    // Natural Earth at the scale each zoom needs: 1:110m for the world, 1:50m nearer,
    // 1:10m only for the region of the story (geodata/<slug>/basemap/, npm run build:basemap).
    levels: [
      { url: world110Url, minZoom: 0, maxZoom: 4 },
      { url: world50Url, minZoom: 4, maxZoom: 99 },
      {
        // Beside the article's places (geodata/<slug>/basemap/, npm run build:basemap).
        url: new URL('basemap/ne-10m-detail.json', new URL(dataUrl, document.baseURI)).href,
        minZoom: 6,
        maxZoom: 99,
        regional: true,
      },
    ],
    load: loadBasemapFile,
    onChange: (basemap) => store.dispatch({ type: 'basemap/set', basemap }),
    onDrawn: () => performance.mark('basemap-rendered'),
    onError: (error) => problems([error.message]),
  });
  store.subscribe((next) => basemaps.set(next.basemap));
  return basemaps;
}

/** Leaflet's controls, the basemaps' names and attributions, in the language in force. */
function translateMap(map: ReturnType<typeof createMap>, basemaps: Basemaps): void {
  const t = tr();
  translateControls(map, {
    zoomIn: t.t('map.zoomIn'),
    zoomOut: t.t('map.zoomOut'),
    layers: t.t('map.layers'),
    closePopup: t.t('map.closePopup'),
  });
  // Links of ours around the sources' names (Leaflet's attributions are HTML).
  const ne = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';
  const osm = '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';
  basemaps.setWords({
    names: { ne: t.t('map.basemapBuiltIn'), osm: t.t('map.basemapOsm') },
    attributions: {
      ne: t.t('map.attributionLand', { source: ne }),
      osm: t.t('map.attributionOsm', { osm }),
    },
  });
}

/** The places' labels on the map: English names (the data's), each in its own direction. */
function tagLabels(map: ReturnType<typeof createMap>): void {
  for (const span of map.getContainer().querySelectorAll<HTMLElement>('.place-label > span')) {
    span.lang = DATA_LANG;
    span.dir = 'auto';
  }
}

/**
 * An article's claim lines, drawn as the naming view's party draws them; hidden while opened
 * features are shown. Returns the removal (another article takes the page).
 */
function drawClaims(
  map: ReturnType<typeof createMap>,
  store: Store,
  lines: readonly ClaimLine[],
  parties: readonly Party[],
): () => void {
  let layer: ClaimsLayer | null = null;
  const render = (s: AppState): void => {
    if (showsData(s)) {
      layer?.remove();
      layer = null;
    } else if (!layer) layer = addClaimLines(map, [...lines], parties, s.names);
    else layer.setView(s.names);
  };
  render(store.get());
  store.subscribe((next, prev) => {
    if (next.names !== prev.names || showsData(next) !== showsData(prev)) render(next);
  });
  return () => layer?.remove();
}

/** The map, the built-in basemap's levels, the camera and the map view, bound to the store. */
export function bindMap(
  store: Store,
  problems: (messages: string[]) => void,
  dataUrl: string,
  dataBBox: () => BBox | null,
) {
  const map = createMap(byId('map'));
  const basemaps = addBasemapLevels(map, store, problems, dataUrl);
  let places: PlacesLayer | null = null;
  const camera = bindCamera(map, {
    frameOf: (t) => {
      if (t.kind === 'place') return places?.frameOf(t.id) ?? null;
      if (t.kind === 'fit' && places?.bounds.isValid()) {
        return boundsFrame(map, places.bounds, 32, map.getMaxZoom());
      }
      const bbox = t.kind === 'fit-data' ? dataBBox() : null;
      return bbox ? boundsFrame(map, bboxBounds(bbox), 24, map.getMaxZoom()) : null;
    },
    onSettled: (view, seq) => store.dispatch({ type: 'map/settled', view, seq }),
    onMoved: (view) => store.dispatch({ type: 'map/moved', view }),
  });
  const view = bindMapView(store, () => places, camera);
  translateMap(map, basemaps);
  store.subscribe((next, prev) => {
    if (next.lang === prev.lang) return;
    translateMap(map, basemaps);
    places?.relabel();
  });
  return {
    map,
    /** Brings the map to the state as it is now (the live map may come after the state). */
    sync: view.sync,
    /** The shown article's places (null while none is mounted). */
    setPlaces: (layer: PlacesLayer | null) => (places = layer),
    onOpenChange: (id: string | null, content?: HTMLElement, closed?: string) => {
      view.onOpenChange(id, content, closed);
      if (id !== null) translateMap(map, basemaps);
    },
  };
}

export type MapBinding = ReturnType<typeof bindMap>;

export interface PlacesOptions {
  download: (id?: string) => void;
  /** Shows paragraph n of the article, once its text is on the page. */
  showParagraph: () => ((n: number) => void) | undefined;
  claims: Promise<ClaimLine[]>;
}

/**
 * An article's places and claim lines on the map, bound to `store` (a scoped store: the
 * article's views unsubscribe together). Returns the removal.
 */
export function mountPlaces(
  store: Store,
  binding: MapBinding,
  collection: PlaceCollection,
  options: PlacesOptions,
): () => void {
  const { map } = binding;
  const parties = partiesOf(collection.article);
  const places = addPlaces(map, collection.features, {
    label: (place) => labelFor(place.properties, store.get().names, parties),
    popup: (place) =>
      buildPopup(place, collection.article, {
        mode: store.get().names,
        onDownload: (id) => options.download(id),
        onParagraph: options.showParagraph(),
      }),
    onActivate: (id) => store.dispatch({ type: 'place/open', id, route: 'map' }),
    onOpenChange: binding.onOpenChange,
  });
  binding.setPlaces(places);
  tagLabels(map);
  let removeClaims: (() => void) | null = null;
  let removed = false;
  void options.claims.then((lines) => {
    if (removed) return;
    showClaimLines(document.getElementById('legend'), lines.length);
    removeClaims = drawClaims(map, store, lines, parties);
  });
  return () => {
    removed = true;
    removeClaims?.();
    places.remove();
    binding.setPlaces(null);
  };
}
