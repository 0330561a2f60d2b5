/**
 * The live map: Leaflet, the built-in basemap, the camera and the map's views, the shown
 * article's places, and the map's own tools (fullscreen, static, embed, print, scale bar,
 * inset). A chunk of its own, loaded by main.ts when the reader reaches for the map
 * (ui/first-view.ts) or at once on a page without the painted first view; it binds to the
 * store as the state is now and then follows it like every other view.
 */
import type { BBox } from 'geojson';
import type { PlaceCollection } from '../core/article/places';
import type { Store } from '../core/state/store';
import type { LeafletMap } from '../map/live-view';
import type { Stage } from './article-stage';
import { liveMapReady } from './first-view';
import { bindLocator } from './locator-view';
import { bindMap, mountPlaces } from './map-setup';
import { bindPageView } from './page-view';
import { bindPrint } from './print-view';

export interface LiveMapOptions {
  store: Store;
  stage: Stage;
  dataUrl: string;
  problems: (messages: string[]) => void;
  /** The opened data's extent (the camera's `fit-data`). */
  dataBBox: () => BBox | null;
}

export interface LiveMap {
  map: LeafletMap;
  /** The article shown has changed: the inset frames its region. */
  setCollection: (collection: PlaceCollection) => void;
}

export function startLiveMap({
  store,
  stage,
  dataUrl,
  problems,
  dataBBox,
}: LiveMapOptions): LiveMap {
  const binding = bindMap(store, problems, dataUrl, dataBBox);
  const { map } = binding;
  bindPageView(store, map);
  bindPrint(map);
  const locator = bindLocator(store, map);
  stage.attachMap((scoped, collection, options) =>
    mountPlaces(scoped, binding, collection, options),
  );
  const shown = stage.current();
  if (shown) locator.setCollection(shown.collection);
  // The places are on: the camera goes where the state says, which may have moved on.
  binding.sync();
  liveMapReady(map.getContainer());
  return { map, setCollection: locator.setCollection };
}
