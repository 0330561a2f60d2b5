import type { LeafletMap } from '../map/live-view';
import { tr } from './i18n';
import type { LiveMap } from './live-map';

/**
 * The live map's loader: its chunk is fetched and started on the first call, and every call
 * waits for that one. A failed load (offline after the first view, say) is told, the picture
 * stays, and the next call tries again. `aria-busy` on the map while it comes.
 */
export function liveMapLoader(
  mapElement: HTMLElement,
  problems: (messages: string[]) => void,
  start: (startLiveMap: typeof import('./live-map').startLiveMap) => LiveMap,
): () => Promise<LeafletMap> {
  let loading: Promise<LiveMap> | null = null;
  return () => {
    loading ??= (async () => {
      mapElement.setAttribute('aria-busy', 'true');
      const { startLiveMap } = await import('./live-map');
      return start(startLiveMap);
    })()
      .catch((error: unknown) => {
        loading = null;
        problems([tr().t('problems.startFailed', { reason: (error as Error).message })]);
        throw error;
      })
      .finally(() => mapElement.removeAttribute('aria-busy'));
    return loading.then((loaded) => loaded.map);
  };
}
