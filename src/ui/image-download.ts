/**
 * The "Download image" buttons: the map as it is now (view, naming, basemap, claim
 * lines, the address's inset and scale-bar flags) painted by the shared painter
 * (core/render/paint-map.ts, through image-save.ts, loaded on the first click) and saved
 * as PNG at twice the map's CSS pixels, or as SVG beside it.
 */
import type { Store } from '../core/state/store';
import type { LeafletMap } from '../map/live-view';
import type { StageArticle } from './article-stage';
import { imageToolsMarkup, imageToolsView } from '../core/views/image-tools-markup';
import { tr } from './i18n';
import type { ImageFormat } from './image-export';
import { showsData } from './map-view';
import { refOf, renderMarkup } from './render-markup';

export interface ImageDownloadOptions {
  store: Store;
  /** The live map, whose view is painted; loaded if it is not yet. */
  liveMap: () => Promise<LeafletMap>;
  /** The article shown (the page's or an opened one): its places and claim lines. */
  article: () => StageArticle | null;
  /** The page's places.geojson: its regional basemap/ is beside it. */
  dataUrl: string;
  /** Announces success or a problem (the page's status and alert regions). */
  status: (text: string) => void;
  problems: (messages: string[]) => void;
}

/** Builds the two buttons into `container` and binds them. */
export function bindImageDownload(container: HTMLElement, options: ImageDownloadOptions): void {
  const { store } = options;
  let busy = false;
  // The painter draws the article's places: off while an opened file is shown instead.
  const view = () => imageToolsView(tr(), busy || showsData(store.get()));
  // The same elements as the built page's (core/views/image-tools-markup.ts).
  const rendered = renderMarkup(imageToolsMarkup(view()));
  const png = refOf<HTMLButtonElement>(rendered, 'png');
  const svg = refOf<HTMLButtonElement>(rendered, 'svg');
  const render = (): void => {
    const { png: pngText, svg: svgText, svgTitle, disabled } = view();
    png.textContent = pngText;
    svg.textContent = svgText;
    svg.title = svgTitle;
    png.disabled = svg.disabled = disabled;
  };
  store.subscribe((next, prev) => {
    if (showsData(next) !== showsData(prev) || next.lang !== prev.lang) render();
  });
  container.replaceChildren(...rendered.nodes);
  const run = (format: ImageFormat): void => {
    busy = true;
    render();
    // The painter is loaded on the first click: the first view does not need it.
    Promise.all([import('./image-save'), options.liveMap()])
      .then(([{ saveMapImage }, map]) => saveMapImage({ ...options, map }, format))
      .catch((error: unknown) => options.problems([(error as Error).message]))
      .finally(() => {
        busy = false;
        render();
      });
  };
  png.addEventListener('click', () => run('png'));
  svg.addEventListener('click', () => run('svg'));
}
