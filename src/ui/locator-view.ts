/**
 * The live map's scale bar and inset locator, shown unless the address turns them off
 * (`scalebar=0`, `inset=0`). The inset's world land is the built-in basemap's coarsest
 * level (fetched once; the basemap has it cached already).
 */
import world110Url from 'world-atlas/countries-110m.json?url';
import type { PlaceCollection } from '../core/article/places';
import { articleRegion } from '../core/render/article-image';
import type { AppState } from '../core/state/app-state';
import type { Store } from '../core/state/store';
import { addInset } from '../map/inset-control';
import type { LeafletMap } from '../map/live-view';
import { addScaleBar, type LiveControl } from '../map/scale-bar-control';
import { tr } from './i18n';
import { loadBasemapFile } from './basemap-files';

/** Binds the scale bar and the inset; the inset frames the region of the article shown. */
export function bindLocator(
  store: Store,
  map: LeafletMap,
): { setCollection: (collection: PlaceCollection) => void } {
  const scale = addScaleBar(map, (metric, imperial) =>
    tr().t('map.scaleBar', { metric, imperial }),
  );
  let inset: LiveControl | null = null;
  const render = (s: AppState): void => {
    scale.setVisible(s.flags.scaleBar);
    inset?.setVisible(s.flags.inset);
  };
  render(store.get());
  store.subscribe((next, prev) => {
    if (next.flags !== prev.flags) render(next);
    if (next.lang !== prev.lang) scale.refresh?.();
  });
  // The latest article's region: an earlier one's late land must not draw.
  let wanted: PlaceCollection | null = null;
  return {
    setCollection(collection) {
      wanted = collection;
      const region = articleRegion(collection);
      inset?.setVisible(false);
      inset = null;
      if (!region) return;
      loadBasemapFile(world110Url)
        .then((world) => {
          if (wanted !== collection) return;
          inset = addInset(map, { land: world.land, region });
          render(store.get());
        })
        // The inset is a help, not the map: without it the page goes on.
        .catch(() => undefined);
    },
  };
}
