/**
 * The "Download image" buttons: the map as it is now (view, naming, basemap, claim
 * lines, the address's inset and scale-bar flags) painted by the shared painter
 * (core/render/paint-map.ts) and saved as PNG at twice the map's CSS pixels, or as SVG
 * beside it. The basemap levels are the page's one copy of each file (basemap-files.ts),
 * chosen by zoom as the live map chooses them (map-setup.ts).
 */
import world110Url from 'world-atlas/countries-110m.json?url';
import world50Url from 'world-atlas/countries-50m.json?url';
import { partiesOf } from '../core/article/places';
import type { StageArticle } from './article-stage';
import type { BasemapLayers } from '../core/geometry/basemap';
import { articleImageOptions } from '../core/render/article-image';
import { claimLinesForImage } from '../core/render/claim-lines-for-image';
import type { BasemapLevelLayers } from '../core/render/paint-map';
import { estimateTextWidth } from '../core/render/text-width';
import { tilesForView } from '../core/render/tiles-for-view';
import type { Store } from '../core/state/store';
import { liveView, type LeafletMap } from '../map/live-view';
import { showsData } from './map-view';
import { el } from './dom';
import { tr } from './i18n';
import { downloadMapImage, fetchTiles, type ImageFormat } from './image-export';
import { loadBasemapFile } from './basemap-files';

export interface ImageDownloadOptions {
  store: Store;
  map: LeafletMap;
  /** The article shown (the page's or an opened one): its places and claim lines. */
  article: () => StageArticle | null;
  /** The page's places.geojson: its regional basemap/ is beside it. */
  dataUrl: string;
  /** Announces success or a problem (the page's status and alert regions). */
  status: (text: string) => void;
  problems: (messages: string[]) => void;
}

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

/** Builds the two buttons into `container` and binds them. */
export function bindImageDownload(container: HTMLElement, options: ImageDownloadOptions): void {
  const { store, map } = options;
  const sources = makeSources(options.dataUrl);
  const png = el('button', { type: 'button', className: 'tool-button' });
  const svg = el('button', { type: 'button', className: 'tool-button image-svg' });
  let busy = false;
  const render = (): void => {
    png.textContent = tr().t('toolbar.downloadImage');
    svg.textContent = tr().t('toolbar.downloadSvg');
    svg.title = `${tr().t('toolbar.downloadImage')} (SVG)`;
    // The painter draws the article's places: off while an opened file is shown instead.
    png.disabled = svg.disabled = busy || showsData(store.get());
  };
  render();
  store.subscribe((next, prev) => {
    if (showsData(next) !== showsData(prev) || next.lang !== prev.lang) render();
  });
  container.replaceChildren(png, svg);
  const save = async (format: ImageFormat): Promise<void> => {
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
  };
  const run = (format: ImageFormat): void => {
    busy = true;
    render();
    save(format)
      .catch((error: unknown) => options.problems([(error as Error).message]))
      .finally(() => {
        busy = false;
        render();
      });
  };
  png.addEventListener('click', () => run('png'));
  svg.addEventListener('click', () => run('svg'));
}
