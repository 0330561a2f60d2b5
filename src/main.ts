/**
 * Entry: wiring only. Loads the page's article, makes the store (the app's
 * state, core/state/) and binds each view to it: the article's views
 * (ui/article-stage.ts: the page's article, or an opened file that is one), opened
 * data, sharing, the address, and the live map and its camera (ui/live-map.ts, a chunk
 * of its own: on an article page the first view is the picture painted at build time, and
 * the live map is loaded when the reader reaches for it, ui/first-view.ts). Behaviour
 * lives in core/state/reduce.ts; each view renders the state and dispatches actions.
 */
import 'leaflet/dist/leaflet.css';
import './styles.css';
import './home.css';
import './page.css';
import './print.css';
import { parseFlags } from './core/address/page-flags';
import { parseState, type Panel } from './core/address/url-state';
import { ALL_SIDES, parseNamingMode } from './core/article/naming';
import { partiesOf, type PlaceCollection } from './core/article/places';
import { INITIAL_STATE } from './core/state/app-state';
import { createStore, type Store } from './core/state/store';
import type { OpenData } from './open-data';
import { lazyOpenData } from './ui/lazy-open-data';
import { bindAddress } from './ui/address';
import { bindDataView } from './ui/data-view';
import { makeDownload } from './ui/exports';
import { bindKeys } from './ui/keys';
import { byId } from './ui/load';
import { createStage, type Stage, type StageArticle } from './ui/article-stage';
import { followShownArticle, loadPageArticle, stageElements } from './ui/shown-article';
import { applyTheme, bindTheme } from './ui/theme';
import type { LiveMap } from './ui/live-map';
import { liveMapLoader } from './ui/live-map-loader';
import { ZOOM_RANGE } from './core/address/zoom-range';
import { showProblems } from './ui/problems';
import { tr } from './ui/i18n';
import { loadedTable } from './core/i18n/load-table';
import { applyLanguage, ensureLanguage, languageOf, renderLanguageSwitch } from './ui/language';
import { loadLiveMapWhenWanted } from './ui/first-view';
import { nextTask } from './ui/next-task';
import { bindPanels } from './ui/reading-views';
import { bindLinks } from './ui/share';
import { bindImageTools, firstNavigation, readSitePage } from './ui/site-page';

/**
 * The site's root (the folder of index.html): the built script is `<root>/assets/…`, the
 * dev server's `<root>/src/main.ts`. Every data address is below it, so the site works
 * under any path and from any of its pages (`<root>/<slug>/<place>/`).
 */
const SITE = readSitePage(new URL(/* @vite-ignore */ '../', import.meta.url), location);
const DATA_URL = SITE.dataUrl;
const problemsRegion = byId('problems');
const problems = (messages: string[]): void => showProblems(problemsRegion, messages);

// The interface's language before anything is drawn: the link's `lang=`, else the browser's.
// Its table is fetched at once (another language than English is a chunk of its own).
const startLanguage = languageOf({ lang: parseState(location.hash).lang ?? null });
const languageLoaded = ensureLanguage(startLanguage);

// The theme before anything is drawn, so a dark page never flashes light.
applyTheme(parseFlags(location.hash).theme);

/** Opened files: the file input, drops on the map, the data panel and its way back. */
function bindOpenedData(
  store: Store,
  openData: OpenData,
  mapElement: HTMLElement,
  article: PlaceCollection['article'],
): void {
  bindDataView(store, openData, {
    panel: byId('data-panel'),
    name: byId('data-name'),
    fileInput: byId('open-file'),
    dropTarget: mapElement,
    back: byId('back-to-article'),
    problems,
    pageNaming: (mode) => parseNamingMode(mode, partiesOf(article)) ?? ALL_SIDES,
  });
}

async function start(): Promise<void> {
  // The page's data is already on its way (preloaded by the HTML) while the table comes.
  await languageLoaded;
  applyLanguage(startLanguage);
  const page = await loadPageArticle(DATA_URL, problems);
  if (!page) return;
  const { article } = page.collection;
  const store = createStore(INITIAL_STATE);
  bindTheme(store);
  // First: every view renders after the translator has changed.
  renderLanguageSwitch(byId('language'), store, partiesOf(article));
  const mapElement = byId('map');
  let openData: OpenData | null = null;
  let stage: Stage | null = null;
  const shown = (): StageArticle | null => stage?.current() ?? null;
  // The live map, once loaded (ui/live-map.ts); until then the page's painted picture.
  let live: LiveMap | null = null;
  const liveMap = liveMapLoader(mapElement, problems, (startLiveMap) => {
    if (!stage) throw new Error('the live map was asked for before the article');
    live = startLiveMap({
      store,
      stage,
      dataUrl: DATA_URL,
      problems,
      dataBBox: () => openData?.bbox() ?? null,
    });
    return live;
  });
  const download = makeDownload(store, shown, () => openData, problems);
  openData = lazyOpenData(
    {
      liveMap,
      mapElement,
      list: byId('places'),
      problems: problemsRegion,
      status: byId('open-status'),
      onModeChange: () => undefined,
    },
    byId('open-file').closest('label'),
  );
  // Start-up in a few tasks, not one: the article's views, then the rest.
  await nextTask();
  const panels = { places: byId('places-panel'), article: byId('article-panel') } as const;
  bindPanels(store, panels as Record<Panel, HTMLDetailsElement>, byId('places-table'));
  const parse = {
    placeIds: new Set<string>(),
    namingModes: new Set<string>(),
    minZoom: ZOOM_RANGE.min,
    maxZoom: ZOOM_RANGE.max,
  };
  stage = createStage({
    store,
    elements: stageElements(),
    download: (id) => void download(id),
    problems,
    parse,
    onParagraph: (panel, n) => {
      store.dispatch({ type: 'panel/set', panel: 'article', open: true });
      panel.showParagraph(n);
    },
  });
  bindImageTools(store, liveMap, shown, SITE, problems);
  followShownArticle(
    store,
    stage,
    page,
    () => openData?.article() ?? null,
    (shownNow) => live?.setCollection(shownNow.collection),
  );
  await nextTask();
  bindOpenedData(store, openData, mapElement, article);
  byId('download').addEventListener('click', () => void download());
  bindKeys(store, mapElement, (delta) => stage?.step(delta));
  bindLinks(store, () => shown()?.collection.article.title ?? article.title, SITE);

  bindAddress(store, {
    ...parse,
    prepare: (to) => {
      const lang = languageOf({ lang: to.lang ?? null });
      return loadedTable(lang) ? null : ensureLanguage(lang);
    },
  });
  store.dispatch({ type: 'navigate', to: firstNavigation(SITE, parse), first: true });
  loadLiveMapWhenWanted(mapElement, store, () => void liveMap().catch(() => undefined));
}

start().catch((error: unknown) =>
  problems([tr().t('problems.startFailed', { reason: (error as Error).message })]),
);
