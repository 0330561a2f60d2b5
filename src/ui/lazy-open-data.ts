/**
 * Opening files (open-data.ts, its worker client, data layer and problem formatting),
 * loaded when first needed: the first view of an article opens no file, so it does not
 * download that code. A drag over the map or a pointer or focus on "Open GeoJSON" starts
 * the download early; an open waits for it. A Cancel, close() or a newer open while the
 * code is still on its way wins: the open it overtook never starts. Opened data is drawn on
 * the live map, which may not be there yet either (the first view can be the painted
 * picture): `liveMap` brings it.
 */
import type { LeafletMap } from '../map/live-view';
import type { OpenData, OpenDataOptions } from '../open-data';

export interface LazyOpenDataOptions extends Omit<OpenDataOptions, 'map'> {
  /** The live map, loaded if it is not yet. */
  liveMap: () => Promise<LeafletMap>;
  /** The map's element (a drop there starts the loading early). */
  mapElement: HTMLElement;
}

export function lazyOpenData(
  { liveMap, mapElement, ...options }: LazyOpenDataOptions,
  openControl: HTMLElement | null,
): OpenData {
  let loaded: OpenData | null = null;
  let loading: Promise<OpenData> | null = null;
  // Every cancel, close and open moves this on: an open started before it is stale.
  let generation = 0;
  const load = (): Promise<OpenData> =>
    (loading ??= Promise.all([import('../open-data'), liveMap()]).then(([module, map]) => {
      loaded = module.setupOpenData({ ...options, map });
      return loaded;
    }));
  const early = (): void => void load().catch(() => (loading = null));
  mapElement.addEventListener('dragenter', early);
  for (const event of ['pointerenter', 'focusin'] as const) {
    openControl?.addEventListener(event, early);
  }

  async function open(run: (data: OpenData) => Promise<boolean>): Promise<boolean> {
    const mine = ++generation;
    const data = await load();
    return mine === generation ? run(data) : false;
  }
  const stop = (): void => void (generation += 1);

  return {
    openFile: (file, extra) => open((data) => data.openFile(file, extra)),
    openUrl: (url, extra) => open((data) => data.openUrl(url, extra)),
    cancel: () => (stop(), loaded?.cancel()),
    isLoading: () => loaded?.isLoading() ?? false,
    close: () => (stop(), loaded?.close()),
    exportText: async () => (await load()).exportText(),
    exportName: () => loaded?.exportName() ?? '',
    bbox: () => loaded?.bbox() ?? null,
    isOpen: () => loaded?.isOpen() ?? false,
    article: () => loaded?.article() ?? null,
  };
}
