/**
 * The app's state as data: what the reader sees and asked for, in one value.
 * The address (core/address) is a function of it; the shell renders it.
 *
 * What is not here on purpose: Leaflet's camera between two settled views,
 * DOM focus, and the articles' data (places, parties). The shell holds the page's
 * article and an opened file's; the state says which is shown (`shown`, `shownAs`).
 */
import type { Basemap, MapState, MapView, Panel } from '../address/url-state';
import { DEFAULT_STATE } from '../address/url-state';
import { DEFAULT_FLAGS, isDefaultFlags, type PageFlags } from '../address/page-flags';
import type { NamingMode } from '../article/naming';
import type { InterfaceLanguage } from '../i18n/languages';

/** Another GeoJSON shown instead of the article's places. */
export type DataSource =
  /** A `data=` link: named in the address even while it loads. */
  | { kind: 'url'; url: string }
  /** A local file: only in the history entry's state (a file cannot go in a link). */
  | { kind: 'file'; token: number; name: string };

/** How opened data is shown: as an article, or as plain features. */
export type ShownAs = 'article' | 'features';

/** Where the app itself moves the map; the reader's own moves are never a target. */
export type CameraTarget =
  /** Exactly this view, at once (a shared link, Back, Forward). */
  | { kind: 'view'; view: MapView }
  /** To a place, then open its popup. */
  | { kind: 'place'; id: string; animate: boolean }
  /** Every article place in view. */
  | { kind: 'fit'; animate: boolean }
  /** The opened data's extent, once it is drawn. */
  | { kind: 'fit-data' }
  /** Stay where the map is (a place opened by clicking it on the map). */
  | { kind: 'stay' };

/** How a place was opened: decides where the keyboard focus goes. */
export type OpenRoute = 'list' | 'map' | 'mention' | 'tour' | 'link';

export interface AppState {
  /** The last settled view; null until the map first settles (a link without `map=`). */
  view: MapView | null;
  /** The open place's id. */
  place: string | null;
  /** How `place` was opened. */
  route: OpenRoute | null;
  names: NamingMode;
  basemap: Basemap;
  panels: Panel[];
  embed: boolean;
  /** Display flags from the address (theme, static, inset, scale bar); kept through every step. */
  flags: PageFlags;
  /** The interface language the reader or the link chose; null: the browser's languages. */
  lang: InterfaceLanguage | null;
  /** The data the reader asked for (a link's url is named in the address while it loads). */
  data: DataSource | null;
  /**
   * The data on the map now, instead of the article's places: what was last read and
   * accepted. It stays while other data loads, so a refusal changes nothing shown.
   */
  shown: DataSource | null;
  /**
   * How `shown` is drawn: as an article (a file that follows the data contract: its title,
   * naming switch, popups with passages, tour) or as plain features. Null with `shown`.
   */
  shownAs: ShownAs | null;
  /** Keep the view of the entry when `data` arrives, rather than fitting the data. */
  keepView: boolean;
  /** A local file being checked: shown only once accepted, never in the address. */
  pending: DataSource | null;
  /** The app's own map move; `seq` grows with every new target. */
  camera: { seq: number; target: CameraTarget };
}

export const INITIAL_STATE: AppState = {
  view: null,
  place: null,
  route: null,
  names: DEFAULT_STATE.names,
  basemap: DEFAULT_STATE.basemap,
  panels: [...DEFAULT_STATE.panels],
  embed: false,
  flags: { ...DEFAULT_FLAGS },
  lang: null,
  data: null,
  shown: null,
  shownAs: null,
  keepView: false,
  pending: null,
  camera: { seq: 0, target: { kind: 'stay' } },
};

/** Same source of data: same URL, or same file token. */
export function sameSource(a: DataSource | null, b: DataSource | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'url') return b.kind === 'url' && a.url === b.url;
  return b.kind === 'file' && a.token === b.token;
}

/** Whether plain features (not an article: the page's or an opened one) are on the map. */
export function showsFeatures(s: AppState): boolean {
  return s.shown !== null && s.shownAs !== 'article';
}

/** Whether an article's places can open: its places are shown and no other data is on its way. */
export function showsArticle(s: AppState): boolean {
  if (s.shown === null) return s.data === null;
  return s.shownAs === 'article' && sameSource(s.data, s.shown);
}

/** The part of the state that a link carries (core/address formats it). */
export function toMapState(state: AppState): MapState {
  return {
    ...(state.view ? { view: state.view } : {}),
    ...(state.place !== null ? { place: state.place } : {}),
    names: state.names,
    basemap: state.basemap,
    panels: [...state.panels],
    embed: state.embed,
    ...(state.data?.kind === 'url' ? { data: state.data.url } : {}),
    ...(isDefaultFlags(state.flags) ? {} : { flags: { ...state.flags } }),
    ...(state.lang !== null ? { lang: state.lang } : {}),
  };
}
