/** What a reader (or the page's own loading) can do; `reduce` applies each. */
import type { Basemap, MapView, Panel } from '../address/url-state';
import type { NamingMode } from '../article/naming';
import type { InterfaceLanguage } from '../i18n/languages';
import type { DataSource, OpenRoute, ShownAs } from './app-state';
import type { Navigation } from './history-entry';

export type Action =
  /** Open a place from the list, a shape on the map, a mention, the tour. */
  | { type: 'place/open'; id: string; route: Exclude<OpenRoute, 'link'> }
  /** The reader closed the popup (×, Escape, a click on the map). */
  | { type: 'place/close' }
  | { type: 'names/set'; names: NamingMode }
  /** The language switch: a step like a naming change, so Back undoes it. */
  | { type: 'lang/set'; lang: InterfaceLanguage }
  | { type: 'basemap/set'; basemap: Basemap }
  | { type: 'panel/set'; panel: Panel; open: boolean }
  /** The reader panned or zoomed. */
  | { type: 'map/moved'; view: MapView }
  /** The app's own move `seq` ended here. */
  | { type: 'map/settled'; view: MapView; seq: number }
  /** A shared link at start (`first`), Back, Forward, an edited address. */
  | { type: 'navigate'; to: Navigation; first?: boolean }
  /** The reader chose a local file; it is shown only when accepted. */
  | { type: 'data/open-file'; token: number; name: string }
  /**
   * The file or link was read and accepted: shown as an article or as features (default);
   * `names`: the naming to show it in (the shell knows the article's parties; the state does not).
   */
  | { type: 'data/loaded'; source: DataSource; as?: ShownAs; names?: NamingMode }
  | { type: 'data/failed'; source: DataSource }
  /** Cancel the file or link being read. */
  | { type: 'data/cancel' }
  /** "Back to the article"; `names`: a naming the page's article has, when the shown one was not. */
  | { type: 'data/close'; names?: NamingMode };

/**
 * What an action does to the browser's history: a new step Back can undo
 * (`push`), a refinement of the current step (`replace`: the map settling,
 * a pan, a panel), or nothing (`none`: Back and Forward themselves, work
 * still in progress).
 */
export type HistoryStep = 'push' | 'replace' | 'none';
