/**
 * The painting behind "Download image" (image-download.ts loads this module on the first
 * click). The basemap levels are the page's one copy of each file (basemap-files.ts),
 * chosen by zoom as the live map chooses them (map-setup.ts).
 */
import world110Url from 'world-atlas/countries-110m.json?url';
import world50Url from 'world-atlas/countries-50m.json?url';
import { partiesOf } from '../core/article/places';
import type { BasemapLayers } from '../core/geometry/basemap';
import { articleImageOptions } from '../core/render/article-image';
import { claimLinesForImage } from '../core/render/claim-lines-for-image';
import type { BasemapLevelLayers } from '../core/render/paint-map';
import { estimateTextWidth } from '../core/render/text-width';
import { tilesForView } from '../core/render/tiles-for-view';
import { liveView, type LeafletMap } from '../map/live-view';
import { loadBasemapFile } from './basemap-files';
import { tr } from './i18n';
import type { ImageDownloadOptions } from './image-download';
import { downloadMapImage, fetchTiles, type ImageFormat } from './image-export';

function makeSources(dataUrl: string) {
  const beside = (name: string): string => new URL(name, new URL(dataUrl, document.baseURI)).href;
  const layers = (url: string): Promise<BasemapLayers> => loadBasemapFile(url);
  return {
    world: () => layers(world110Url),
    /** The built-in levels the live map shows at `zoom` (create-map.ts's levels). */
    async levels(zoom: number): Promise<BasemapLevelLayers[]> {
      const levels: BasemapLevelLayers[] = [
        { layers: await layers(zoom < 4 ? world110Url : world50Url) },
      ];
      if (zoom >= 6) {
        try {
          levels.push({
            layers: await layers(beside('basemap/ne-10m-detail.json')),
            regional: true,
          });
        } catch {
          // An article without a detailed basemap: the 1:50m level alone, as on the map.
        }
      }
      return levels;
    },
  };
}

/** Paints the map as it is now and saves it in `format`. */
export async function saveMapImage(
  options: ImageDownloadOptions & { map: LeafletMap },
  format: ImageFormat,
): Promise<void> {
  const { store, map } = options;
  const sources = makeSources(options.dataUrl);
  const state = store.get();
  const article = options.article();
  if (!article) return;
  const { collection } = article;
  const view = liveView(map);
  const osm = state.basemap === 'osm';
  const template = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
  const [basemap, world, lines, tiles] = await Promise.all([
    osm ? Promise.resolve([]) : sources.levels(view.zoom),
    sources.world(),
    article.claims,
    osm ? fetchTiles(tilesForView(view, template)) : Promise.resolve([]),
  ]);
  const paint = articleImageOptions({
    collection,
    names: state.names,
    view,
    basemap,
    insetLand: state.flags.inset ? world.land : null,
    osm,
    tiles,
    claimLines: claimLinesForImage(lines, partiesOf(collection.article), state.names),
    measureText: estimateTextWidth,
    scaleBar: state.flags.scaleBar,
  });
  const place = state.place === null ? '' : `-${state.place}`;
  await downloadMapImage(paint, { format, baseName: `article-map${place}`, scale: 2 });
  options.status(`${tr().t('toolbar.downloadImage')}: ${format.toUpperCase()}`);
}
