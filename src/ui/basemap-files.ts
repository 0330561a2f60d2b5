/**
 * The basemap's files, each fetched and decoded once for the whole page: the live map's
 * levels, the inset locator and "Download image" all draw 1:110m, and a second download
 * of the same file would cost the first view (bench) and the offline test's count.
 */
import { decodeBasemapLayers, type BasemapLayers } from '../core/geometry/basemap';
import { tr } from './i18n';
import { fetchJson } from './load';

const files = new Map<string, Promise<BasemapLayers>>();

/** The decoded layers of the basemap file at `url`; a failure is not kept (the next call tries again). */
export function loadBasemapFile(url: string): Promise<BasemapLayers> {
  let layers = files.get(url);
  if (!layers) {
    layers = fetchJson(url, tr().t('problems.whatBasemap')).then(decodeBasemapLayers);
    layers.catch(() => files.delete(url));
    files.set(url, layers);
  }
  return layers;
}
