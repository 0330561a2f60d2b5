/**
 * The page's presentation around the map, in one call for main.ts: theme, embed and static
 * modes (page-view.ts), printing, the scale bar and inset, and the "Download image" buttons.
 */
import type { PlaceCollection } from '../core/article/places';
import type { Store } from '../core/state/store';
import type { LeafletMap } from '../map/live-view';
import { bindImageDownload } from './image-download';
import { byId } from './load';
import { bindLocator } from './locator-view';
import { bindPageView } from './page-view';
import { bindPrint } from './print-view';

export function bindPresentation(
  store: Store,
  map: LeafletMap,
  collection: PlaceCollection,
  dataUrl: string,
  problems: (messages: string[]) => void,
): void {
  bindPageView(store, map);
  bindPrint(map);
  bindLocator(store, map, collection);
  bindImageDownload(byId('image-tools'), {
    store,
    map,
    collection,
    dataUrl,
    status: (text) => (byId('open-status').textContent = text),
    problems,
  });
}
