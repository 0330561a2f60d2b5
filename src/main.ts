/**
 * Entry: wiring only. Loads the page's article, makes the store (the app's
 * state, core/state/) and binds each view to it: the map and its camera, the
 * article's views (ui/article-stage.ts: the page's article, or an opened file
 * that is one), opened data, sharing, and the address. Behaviour lives in
 * core/state/reduce.ts; each view renders the state and dispatches actions.
 */
import 'leaflet/dist/leaflet.css';
import './styles.css';
import './home.css';
import './page.css';
import './print.css';
import { parseFlags } from './core/address/page-flags';
import { parseState, type Panel } from './core/address/url-state';
import { ALL_SIDES, parseNamingMode } from './core/article/naming';
import type { OpenedArticle } from './core/article/opened-article';
import { partiesOf, readPlaceCollection } from './core/article/places';
import { INITIAL_STATE, type AppState } from './core/state/app-state';
import { createStore } from './core/state/store';
import type { OpenData } from './open-data';
import { lazyOpenData } from './ui/lazy-open-data';
import { bindAddress } from './ui/address';
import { bindDataView } from './ui/data-view';
import { makeDownload } from './ui/exports';
import { bindKeys } from './ui/keys';
import { byId, fetchJson, fetchOk } from './ui/load';
import { createStage, type Stage, type StageArticle, type StageElements } from './ui/article-stage';
import { bindMap, fetchClaimLines } from './ui/map-setup';
import { applyTheme } from './ui/page-view';
import { showProblems } from './ui/problems';
import { tr } from './ui/i18n';
import { applyLanguage, languageOf, renderLanguageSwitch } from './ui/language';
import { bindPanels } from './ui/reading-views';
import { bindLinks } from './ui/share';
import { bindPageTools, firstNavigation, readSitePage } from './ui/site-page';

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
applyLanguage(languageOf({ lang: parseState(location.hash).lang ?? null }));

// The theme before anything is drawn, so a dark page never flashes light.
applyTheme(parseFlags(location.hash).theme);

/** The page's article: its places (read now), its text and claim lines (on their way). */
async function pageArticle(): Promise<StageArticle | null> {
  const read = readPlaceCollection(await fetchJson(DATA_URL, tr().t('problems.whatPlaces')));
  const collection = read.collection;
  if (!collection) return (problems(read.problems), null);
  // Features that break the data contract are left out by name; the rest still plot.
  if (read.problems.length > 0) problems(read.problems);
  const textUrl = new URL(collection.article.text, new URL(DATA_URL, document.baseURI)).href;
  return {
    collection,
    // The text loads while the places are drawn; it brings the tour order after.
    text: fetchOk(textUrl, tr().t('problems.whatArticle')).then((r) => r.text()),
    claims: fetchClaimLines(DATA_URL),
    problems: read.problems,
  };
}

/** The article an opened file is (open-data.ts read it), kept while it is shown. */
function openedArticle(opened: OpenedArticle): StageArticle {
  return {
    collection: opened.collection,
    text: Promise.resolve(opened.text),
    claims: Promise.resolve(opened.claims),
    problems: [],
  };
}

async function start(): Promise<void> {
  const page = await pageArticle();
  if (!page) return;
  const { article } = page.collection;
  const store = createStore(INITIAL_STATE);
  // First: every view renders after the translator has changed.
  renderLanguageSwitch(byId('language'), store, partiesOf(article));
  let openData: OpenData | null = null;
  let stage: Stage | null = null;
  const shown = (): StageArticle | null => stage?.current() ?? null;
  const download = makeDownload(store, shown, () => openData, problems);
  const map = bindMap(store, problems, DATA_URL, () => openData?.bbox() ?? null);
  openData = lazyOpenData(
    {
      map: map.map,
      list: byId('places'),
      problems: problemsRegion,
      status: byId('open-status'),
      onModeChange: () => undefined,
    },
    byId('open-file').closest('label'),
  );
  const panels = { places: byId('places-panel'), article: byId('article-panel') } as const;
  bindPanels(store, panels as Record<Panel, HTMLDetailsElement>, byId('places-table'));
  const parse = {
    placeIds: new Set<string>(),
    namingModes: new Set<string>(),
    minZoom: map.map.getMinZoom(),
    maxZoom: map.map.getMaxZoom(),
  };
  stage = createStage({
    store,
    map,
    elements: stageElements(),
    download: (id) => void download(id),
    problems,
    parse,
    onParagraph: (panel, n) => {
      store.dispatch({ type: 'panel/set', panel: 'article', open: true });
      panel.showParagraph(n);
    },
  });
  const tools = bindPageTools(store, map.map, shown, SITE, problems);
  // The page's article, or an opened file's when the state shows one (before the other
  // views hear of the change: the camera frames the places of the article now shown).
  const openedArticles = new WeakMap<OpenedArticle, StageArticle>();
  const mount = (s: AppState): void => {
    const opened = s.shownAs === 'article' ? openData?.article() : null;
    const want = opened ? (openedArticles.get(opened) ?? openedArticle(opened)) : page;
    if (opened) openedArticles.set(opened, want);
    if (want === stage?.current()) return;
    stage?.mount(want);
    tools.setCollection(want.collection);
    // Opened data is drawn: as for features (open-data.ts), marked once painted.
    if (opened) requestAnimationFrame(() => performance.mark('data-rendered'));
  };
  mount(store.get());
  store.subscribe((next) => mount(next));
  bindDataView(store, openData, {
    panel: byId('data-panel'),
    name: byId('data-name'),
    fileInput: byId('open-file'),
    dropTarget: map.map.getContainer(),
    back: byId('back-to-article'),
    problems,
    pageNaming: (mode) => parseNamingMode(mode, partiesOf(article)) ?? ALL_SIDES,
  });
  byId('download').addEventListener('click', () => void download());
  bindKeys(store, map.map.getContainer(), (delta) => stage?.step(delta));
  bindLinks(store, () => shown()?.collection.article.title ?? article.title, SITE);

  bindAddress(store, parse);
  store.dispatch({ type: 'navigate', to: firstNavigation(SITE, parse), first: true });
  // Marked after a frame, so "drawn" means painted, not merely queued.
  requestAnimationFrame(() => performance.mark('places-rendered'));
}

/** The elements the article's views fill. */
function stageElements(): StageElements {
  return {
    title: byId('article-title'),
    byline: byId('article-byline'),
    article: byId('article'),
    legend: byId('legend'),
    list: byId('places'),
    names: byId('names'),
    tour: byId('tour'),
    bordersCaption: byId('borders-caption'),
    table: byId('places-table'),
    describe: byId('map-description'),
    live: byId('live'),
  };
}

start().catch((error: unknown) =>
  problems([tr().t('problems.startFailed', { reason: (error as Error).message })]),
);
