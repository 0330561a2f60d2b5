/**
 * The map's part of the wiring: the Leaflet map, the built-in basemap's levels,
 * the places, the camera and the map view, bound to the store.
 */
import world110Url from 'world-atlas/countries-110m.json?url';
import world50Url from 'world-atlas/countries-50m.json?url';
import { labelFor } from '../core/article/naming';
import { partiesOf, type PlaceCollection } from '../core/article/places';
import type { Store } from '../core/state/store';
import type { AppState } from '../core/state/app-state';
import { readClaimLines, type ClaimLine } from '../core/borders/read-claim-lines';
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
 * The article's claim lines (claims.geojson beside its places), drawn as the naming view's
 * party draws them; hidden while opened data is shown. An article without one has none.
 */
async function addClaims(
  map: ReturnType<typeof createMap>,
  store: Store,
  collection: PlaceCollection,
  dataUrl: string,
): Promise<void> {
  const url = new URL('claims.geojson', new URL(dataUrl, document.baseURI)).href;
  let lines: ClaimLine[];
  try {
    const response = await fetch(url);
    if (!response.ok) return;
    lines = readClaimLines(await response.json());
  } catch {
    return; // No claims for this article, or an unreadable file: the places still show.
  }
  showClaimLines(document.getElementById('legend'), lines.length);
  const parties = partiesOf(collection.article);
  let layer: ClaimsLayer | null = null;
  const render = (s: AppState): void => {
    if (showsData(s)) {
      layer?.remove();
      layer = null;
    } else if (!layer) layer = addClaimLines(map, lines, parties, s.names);
    else layer.setView(s.names);
  };
  render(store.get());
  store.subscribe((next, prev) => {
    if (next.names !== prev.names || showsData(next) !== showsData(prev)) render(next);
  });
}

/** The map, its places and camera, bound to the store. */
export function bindMap(
  store: Store,
  collection: PlaceCollection,
  download: (id?: string) => void,
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
  let showParagraph: ((n: number) => void) | undefined;
  places = addPlaces(map, collection.features, {
    label: (place) => labelFor(place.properties, store.get().names, partiesOf(collection.article)),
    popup: (place) =>
      buildPopup(place, collection.article, {
        mode: store.get().names,
        onDownload: (id) => download(id),
        onParagraph: showParagraph,
      }),
    onActivate: (id) => store.dispatch({ type: 'place/open', id, route: 'map' }),
    onOpenChange: (id, content, closed) => {
      view.onOpenChange(id, content, closed);
      if (id !== null) translateMap(map, basemaps);
    },
  });
  tagLabels(map);
  translateMap(map, basemaps);
  store.subscribe((next, prev) => {
    if (next.lang === prev.lang) return;
    translateMap(map, basemaps);
    places?.relabel();
  });
  void addClaims(map, store, collection, dataUrl);
  return { map, setParagraphs: (show: (n: number) => void) => (showParagraph = show) };
}
