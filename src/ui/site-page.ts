/**
 * Which page of the site this is (core/site/site-path.ts): its article and place from the
 * path below the site's root (`?article=` as before), and the first state on it. Also the
 * "Download image" buttons.
 */
import type { ParseOptions } from '../core/address/url-state';
import { FIRST_ARTICLE, readSitePath, SLUG } from '../core/site/site-path';
import { readEntry, type Navigation } from '../core/state/history-entry';
import type { Store } from '../core/state/store';
import { currentEntry } from './address';
import { bindImageDownload } from './image-download';
import { byId } from './load';
import type { LeafletMap } from '../map/live-view';
import type { StageArticle } from './article-stage';

export interface SitePage {
  /** The site's root address, ending in '/'. */
  root: string;
  slug: string;
  /** A place id from `<slug>/<place>/`, or null. */
  place: string | null;
  /** The article's places file. */
  dataUrl: string;
}

/** The page at `location` of the site whose root is `root` (main.ts knows it from its own URL). */
export function readSitePage(root: URL, { pathname, search }: Location): SitePage {
  const path = readSitePath(pathname, root.pathname);
  const queried = new URLSearchParams(search).get('article');
  const slug = path.slug ?? (queried !== null && SLUG.test(queried) ? queried : FIRST_ARTICLE);
  return {
    root: root.href,
    slug,
    place: path.place,
    dataUrl: new URL(`geodata/${slug}/places.geojson`, root).href,
  };
}

/** The first state: the address's; on a place's page (`<slug>/<place>/`) with no hash, its place. */
export function firstNavigation(
  page: SitePage,
  parse: ParseOptions & { placeIds: Set<string> },
): Navigation {
  const first = readEntry(currentEntry(), parse);
  const { place } = page;
  if (place !== null && parse.placeIds.has(place) && location.hash.length <= 1) first.place = place;
  return first;
}

/** "Download image": its buttons are there at once; the live map it paints is loaded on a click. */
export function bindImageTools(
  store: Store,
  liveMap: () => Promise<LeafletMap>,
  article: () => StageArticle | null,
  page: SitePage,
  problems: (messages: string[]) => void,
): void {
  bindImageDownload(byId('image-tools'), {
    store,
    liveMap,
    article,
    dataUrl: page.dataUrl,
    status: (text) => (byId('open-status').textContent = text),
    problems,
  });
}
