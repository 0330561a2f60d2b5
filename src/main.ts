/**
 * Entry: wiring only. Loads the article's places, makes the store (the app's
 * state, core/state/) and binds each view to it: the map and its camera, the
 * reading controls, opened data, sharing, and the address. Behaviour lives in
 * core/state/reduce.ts; each view renders the state and dispatches actions.
 */
import 'leaflet/dist/leaflet.css';
import './styles.css';
import './page.css';
import './print.css';
import { parseFlags } from './core/address/page-flags';
import type { Panel } from './core/address/url-state';
import { indexArticle } from './core/article/article-index';
import { formatDate } from './core/article/format-date';
import { namingModes } from './core/article/naming';
import { partiesOf, readPlaceCollection } from './core/article/places';
import { INITIAL_STATE } from './core/state/app-state';
import { readEntry } from './core/state/history-entry';
import { createStore } from './core/state/store';
import { setupOpenData, type OpenData } from './open-data';
import { bindAddress, currentEntry } from './ui/address';
import { bindDataView } from './ui/data-view';
import { makeDownload } from './ui/exports';
import { bindKeys } from './ui/keys';
import { byId, fetchJson, fetchOk } from './ui/load';
import { bindMap } from './ui/map-setup';
import { applyTheme } from './ui/page-view';
import { bindPresentation } from './ui/page-setup';
import { showProblems } from './ui/problems';
import { bindReadingViews } from './ui/reading-views';
import { bindLinks } from './ui/share';

/**
 * The article's places: `?article=<slug>` names its folder, geodata/<slug>/ (until the site
 * has a page per article, issue 12); the first article by default.
 */
const slug = new URLSearchParams(location.search).get('article') ?? '';
const DATA_URL = `geodata/${/^[a-z0-9][a-z0-9-]{0,62}$/.test(slug) ? slug : 'kurils-2019'}/places.geojson`;
const problemsRegion = byId('problems');
const problems = (messages: string[]): void => showProblems(problemsRegion, messages);

// The theme before anything is drawn, so a dark page never flashes light.
applyTheme(parseFlags(location.hash).theme);

async function start(): Promise<void> {
  const read = readPlaceCollection(await fetchJson(DATA_URL, 'the places'));
  const collection = read.collection;
  if (!collection) return problems(read.problems);
  // Features that break the data contract are left out by name; the rest still plot.
  if (read.problems.length > 0) problems(read.problems);
  const { article } = collection;
  byId('article-title').textContent = article.title;
  byId('article-byline').textContent = `${article.source}, ${formatDate(article.date)}`;
  const textUrl = new URL(article.text, new URL(DATA_URL, document.baseURI)).href;
  // The article's text loads while the places are drawn; it brings the tour order after.
  const articleText = fetchOk(textUrl, 'the article text').then((r) => r.text());

  const store = createStore(INITIAL_STATE);
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
  bindPresentation(store, map, collection, DATA_URL, problems);
  bindKeys(store, map.getContainer(), reading.step);
  bindLinks(store, article.title);

  const parse = {
    placeIds: new Set(collection.features.map((f) => f.id)),
    namingModes: new Set(namingModes(partiesOf(article))),
    minZoom: map.getMinZoom(),
    maxZoom: map.getMaxZoom(),
  };
  bindAddress(store, parse);
  store.dispatch({ type: 'navigate', to: readEntry(currentEntry(), parse), first: true });
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
  problems([`The map could not start: ${(error as Error).message}`]),
);
