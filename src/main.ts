/**
 * Entry: wiring only. Loads the article's places, makes the store (the app's
 * state, core/state/) and binds each view to it: the map and its camera, the
 * reading controls, opened data, sharing, and the address. Behaviour lives in
 * core/state/reduce.ts; each view renders the state and dispatches actions.
 */
import 'leaflet/dist/leaflet.css';
import './styles.css';
import world110Url from 'world-atlas/countries-110m.json?url';
import world50Url from 'world-atlas/countries-50m.json?url';
import type { Panel } from './core/address/url-state';
import { indexArticle } from './core/article/article-index';
import { formatDate } from './core/article/format-date';
import { labelFor } from './core/article/naming';
import { readPlaceCollection, type PlaceCollection } from './core/article/places';
import { decodeBasemapLayers } from './core/geometry/basemap';
import { formatState } from './core/address/url-state';
import { INITIAL_STATE, toMapState, type AppState } from './core/state/app-state';
import { createStore, type Store } from './core/state/store';
import { bindCamera, boundsFrame } from './map/camera';
import { addBasemaps, createMap } from './map/create-map';
import { addPlaces, type PlacesLayer } from './map/places-layer';
import { setupOpenData, type OpenData } from './open-data';
import { bindAddress, currentEntry } from './ui/address';
import { bindDataView } from './ui/data-view';
import { makeDownload } from './ui/exports';
import { bindKeys } from './ui/keys';
import { byId, fetchJson, fetchOk } from './ui/load';
import { bindMapView } from './ui/map-view';
import { buildPopup } from './ui/popup';
import { showProblems } from './ui/problems';
import { bindReadingViews } from './ui/reading-views';
import { renderShare } from './ui/share';
import { readEntry } from './core/state/history-entry';

const DATA_URL = 'geodata/places.geojson';
const problemsRegion = byId('problems');
const problems = (messages: string[]): void => showProblems(problemsRegion, messages);

function addBasemapLevels(map: ReturnType<typeof createMap>, store: Store): void {
  const basemaps = addBasemaps(map, {
    kind: store.get().basemap,
    // Natural Earth at the scale each zoom needs: 1:110m for the world, 1:50m nearer,
    // 1:10m only for the region of the story (geodata/basemap/, npm run build:basemap).
    levels: [
      { url: world110Url, minZoom: 0, maxZoom: 4 },
      { url: world50Url, minZoom: 4, maxZoom: 99 },
      {
        url: new URL('geodata/basemap/ne-10m-detail.json', document.baseURI).href,
        minZoom: 6,
        maxZoom: 99,
        regional: true,
      },
    ],
    load: async (url) => decodeBasemapLayers(await fetchJson(url, 'the basemap')),
    onChange: (basemap) => store.dispatch({ type: 'basemap/set', basemap }),
    onDrawn: () => performance.mark('basemap-rendered'),
    onError: (error) => problems([error.message]),
  });
  store.subscribe((next) => basemaps.set(next.basemap));
}

/** The map, its places and camera, bound to the store. */
function bindMap(store: Store, collection: PlaceCollection, download: (id?: string) => void) {
  const map = createMap(byId('map'));
  addBasemapLevels(map, store);
  let places: PlacesLayer | null = null;
  const camera = bindCamera(map, {
    frameOf: (t) =>
      t.kind === 'place'
        ? (places?.frameOf(t.id) ?? null)
        : t.kind === 'fit' && places?.bounds.isValid()
          ? boundsFrame(map, places.bounds, 32, map.getMaxZoom())
          : null,
    onSettled: (view, seq) => store.dispatch({ type: 'map/settled', view, seq }),
    onMoved: (view) => store.dispatch({ type: 'map/moved', view }),
  });
  const view = bindMapView(store, () => places, camera);
  let showParagraph: ((n: number) => void) | undefined;
  places = addPlaces(map, collection.features, {
    label: (place) => labelFor(place.properties, store.get().names),
    popup: (place) =>
      buildPopup(place, collection.article, {
        mode: store.get().names,
        onDownload: (id) => download(id),
        onParagraph: showParagraph,
      }),
    onActivate: (id) => store.dispatch({ type: 'place/open', id, route: 'map' }),
    onOpenChange: view.onOpenChange,
  });
  return { map, setParagraphs: (show: (n: number) => void) => (showParagraph = show) };
}

/** Share, embed and "Open full map" links: the address of the state as it is when used. */
function bindLinks(store: Store, title: string): void {
  const base = (): string => location.href.split('#')[0] ?? '';
  const linkTo = (s: AppState): string => base() + formatState(toMapState(s));
  renderShare(byId('share'), {
    link: () => linkTo(store.get()),
    embedLink: () => linkTo({ ...store.get(), embed: true }),
    title: () => `Map: ${title}`,
  });
  const fullMap = byId<HTMLAnchorElement>('full-map-link');
  const update = (): void => void (fullMap.href = linkTo({ ...store.get(), embed: false }));
  update();
  store.subscribe(update);
}

async function start(): Promise<void> {
  const read = readPlaceCollection(await fetchJson(DATA_URL, 'the places'));
  const collection = read.collection;
  if (!collection) return problems(read.problems);
  const { article } = collection;
  byId('article-title').textContent = article.title;
  byId('article-byline').textContent = `${article.source}, ${formatDate(article.date)}`;
  const textUrl = new URL(article.text, new URL(DATA_URL, document.baseURI)).href;
  // The article's text loads while the places are drawn; it brings the tour order after.
  const articleText = fetchOk(textUrl, 'the article text').then((r) => r.text());

  const store = createStore(INITIAL_STATE);
  let openData: OpenData | null = null;
  const download = makeDownload(store, collection, () => openData, problems);
  const { map, setParagraphs } = bindMap(store, collection, (id) => void download(id));
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
  bindKeys(store, map.getContainer(), reading.step);
  bindLinks(store, article.title);

  const parse = {
    placeIds: new Set(collection.features.map((f) => f.id)),
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
    problems([(error as Error).message]);
  }
  performance.mark('article-rendered');
}

start().catch((error: unknown) =>
  problems([`The map could not start: ${(error as Error).message}`]),
);
