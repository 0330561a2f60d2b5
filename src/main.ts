/**
 * Entry: wiring only. Loads the article's places, makes the store (the app's
 * state, core/state/) and binds each view to it: the map and its camera, the
 * reading controls, opened data, sharing, and the address. Behaviour lives in
 * core/state/reduce.ts; each view renders the state and dispatches actions.
 */
import 'leaflet/dist/leaflet.css';
import './styles.css';
import './home.css';
import './page.css';
import './print.css';
import { parseFlags } from './core/address/page-flags';
import { parseState, type Panel } from './core/address/url-state';
import { indexArticle } from './core/article/article-index';
import { namingModes } from './core/article/naming';
import { partiesOf, readPlaceCollection } from './core/article/places';
import { INITIAL_STATE } from './core/state/app-state';
import { createStore } from './core/state/store';
import { setupOpenData, type OpenData } from './open-data';
import { bindAddress } from './ui/address';
import { bindDataView } from './ui/data-view';
import { makeDownload } from './ui/exports';
import { bindKeys } from './ui/keys';
import { byId, fetchJson, fetchOk } from './ui/load';
import { bindMap } from './ui/map-setup';
import { applyTheme } from './ui/page-view';
import { showProblems } from './ui/problems';
import { DATA_LANG, tr } from './ui/i18n';
import { applyLanguage, languageOf, renderLanguageSwitch } from './ui/language';
import { bindByline, bindReadingViews } from './ui/reading-views';
import { showLegend } from './ui/legend';
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

async function start(): Promise<void> {
  const read = readPlaceCollection(await fetchJson(DATA_URL, tr().t('problems.whatPlaces')));
  const collection = read.collection;
  if (!collection) return problems(read.problems);
  // Features that break the data contract are left out by name; the rest still plot.
  if (read.problems.length > 0) problems(read.problems);
  const { article } = collection;
  const title = byId('article-title');
  title.removeAttribute('data-i18n');
  title.textContent = article.title;
  title.lang = DATA_LANG;
  const textUrl = new URL(article.text, new URL(DATA_URL, document.baseURI)).href;
  // The article's text loads while the places are drawn; it brings the tour order after.
  const articleText = fetchOk(textUrl, tr().t('problems.whatArticle')).then((r) => r.text());

  const store = createStore(INITIAL_STATE);
  // First: every view renders after the translator has changed.
  renderLanguageSwitch(byId('language'), store, partiesOf(article));
  bindByline(store, article, byId('article-byline'));
  let openData: OpenData | null = null;
  const download = makeDownload(store, collection, () => openData, problems);
  const { map, setParagraphs } = bindMap(
    store,
    collection,
    (id) => void download(id),
    problems,
    DATA_URL,
    () => openData?.bbox() ?? null,
  );
  openData = setupOpenData({
    map,
    list: byId('places'),
    problems: problemsRegion,
    status: byId('open-status'),
    onModeChange: () => undefined,
  });
  const panels = { places: byId('places-panel'), article: byId('article-panel') } as const;
  const reading = bindReadingViews(store, collection, {
    list: byId('places'),
    names: byId('names'),
    tour: byId('tour'),
    panels: panels as Record<Panel, HTMLDetailsElement>,
    bordersCaption: byId('borders-caption'),
    table: byId('places-table'),
    describe: byId('map-description'),
    live: byId('live'),
  });
  bindDataView(store, openData, {
    panel: byId('data-panel'),
    name: byId('data-name'),
    fileInput: byId('open-file'),
    dropTarget: map.getContainer(),
    back: byId('back-to-article'),
    problems,
  });
  byId('download').addEventListener('click', () => void download());
  bindPageTools(store, map, collection, SITE, problems);
  showLegend(byId('legend'), collection);
  bindKeys(store, map.getContainer(), reading.step);
  bindLinks(store, article.title, SITE);

  const parse = {
    placeIds: new Set(collection.features.map((f) => f.id)),
    namingModes: new Set(namingModes(partiesOf(article))),
    minZoom: map.getMinZoom(),
    maxZoom: map.getMaxZoom(),
  };
  bindAddress(store, parse);
  store.dispatch({ type: 'navigate', to: firstNavigation(SITE, parse), first: true });
  // Marked after a frame, so "drawn" means painted, not merely queued.
  requestAnimationFrame(() => performance.mark('places-rendered'));

  try {
    const panel = reading.showArticle(
      byId('article'),
      indexArticle(await articleText, collection.features),
    );
    setParagraphs((n) => {
      store.dispatch({ type: 'panel/set', panel: 'article', open: true });
      panel.showParagraph(n);
    });
  } catch (error) {
    problems([...read.problems, (error as Error).message]);
  }
  performance.mark('article-rendered');
}

start().catch((error: unknown) =>
  problems([tr().t('problems.startFailed', { reason: (error as Error).message })]),
);
