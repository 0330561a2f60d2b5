/**
 * Entry: load the article's places, its text and the basemap; build the map,
 * the list, the article panel, the naming switch, the tour and sharing; wire
 * them so that opening a place by any route updates all of them, and keep the
 * address in step so a copied link restores exactly this view. Everything
 * article-specific comes from geodata/.
 */
import 'leaflet/dist/leaflet.css';
import './styles.css';
import world110Url from 'world-atlas/countries-110m.json?url';
import world50Url from 'world-atlas/countries-50m.json?url';
import { indexArticle, type ArticleIndex } from './core/article/article-index';
import { decodeBasemapLayers } from './core/geometry/basemap';
import { formatDate } from './core/article/format-date';
import { labelFor, namingModes, type NamingMode } from './core/article/naming';
import { readPlaceCollection, type PlaceCollection } from './core/article/places';
import {
  formatState,
  roundView,
  type Basemap,
  type MapState,
  type Panel,
} from './core/address/url-state';
import { addBasemaps, createMap, setExactView } from './map/create-map';
import { addPlaces } from './map/places-layer';
import { setupOpenData } from './open-data';
import { exportFileName, exportPlaces, GEOJSON_MEDIA_TYPE } from './core/export/export';
import { downloadText } from './ui/download';
import { bindAddress } from './ui/address';
import { renderArticlePanel, type ArticlePanel } from './ui/article-panel';
import { renderNamingSwitch } from './ui/naming-switch';
import { markCurrentPlace, renderPlaceList } from './ui/place-list';
import { buildPopup } from './ui/popup';
import { showProblems } from './ui/problems';
import { renderShare } from './ui/share';
import { renderTour } from './ui/tour';

const DATA_URL = 'geodata/kurils-2019/places.geojson';

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html lacks #${id}`);
  return node as T;
}

async function fetchOk(url: string, what: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(`Could not load ${what}: the network request failed.`);
  }
  if (!response.ok) throw new Error(`Could not load ${what}: HTTP ${response.status}.`);
  return response;
}

async function fetchJson(url: string, what: string): Promise<unknown> {
  const response = await fetchOk(url, what);
  try {
    return await response.json();
  } catch {
    throw new Error(`Could not load ${what}: it is not valid JSON.`);
  }
}

/** The article's text, or null (with a message) when it can't be had: the map works without it. */
async function loadArticle(
  collection: PlaceCollection,
  problems: string[],
): Promise<ArticleIndex | null> {
  try {
    const url = new URL(collection.article.text, new URL(DATA_URL, document.baseURI));
    const text = await (await fetchOk(url.href, 'the article text')).text();
    return indexArticle(text, collection.features);
  } catch (error) {
    problems.push((error as Error).message);
    return null;
  }
}

async function start(): Promise<void> {
  const problemsRegion = byId<HTMLDivElement>('problems');
  const list = byId<HTMLUListElement>('places');
  const panels: Record<Panel, HTMLDetailsElement> = {
    places: byId('places-panel'),
    article: byId('article-panel'),
  };
  const map = createMap(byId('map'));
  map.setView([45, 100], 2);

  const problems: string[] = [];
  let collection: PlaceCollection | null;
  try {
    const read = readPlaceCollection(await fetchJson(DATA_URL, 'the places'));
    collection = read.collection;
    problems.push(...read.problems);
  } catch (error) {
    showProblems(problemsRegion, [(error as Error).message]);
    return;
  }
  if (!collection) {
    showProblems(problemsRegion, problems);
    return;
  }
  const { article, features } = collection;
  const byPlace = new Map(features.map((f) => [f.id, f]));

  let mode: NamingMode = 'both';
  let basemapKind: Basemap = 'ne';
  let embed = false;
  // The place the reader asked for (set at once, before any flight ends).
  let placeId: string | null = null;
  // The place whose popup is open now.
  let openId: string | null = null;
  // What opened the popup gets the focus back when it closes (Escape, ×).
  let opener: HTMLElement | null = null;
  // Whether opening moves focus into the popup (not for the tour: its buttons keep it).
  let focusPopup = true;
  // True while one place replaces another: that close is not the reader's.
  let switching = false;
  // True while applying an address: nothing it causes is written back as a new step.
  let restoring = false;
  // The URL of opened data from a `data=` link (a local file has none).
  let dataUrl: string | null = null;
  // Marks the history entry of an opened local file, so Back leaves it.
  let openedToken = 0;

  const labelOf = (id: string): string => {
    const place = byPlace.get(id);
    return place ? labelFor(place.properties, mode) : id;
  };
  const showTitle = (): void => {
    document.title = openId
      ? `${labelOf(openId)} — ${article.title} — article-map`
      : `${article.title} — article-map`;
  };
  byId('article-title').textContent = article.title;
  byId('article-byline').textContent = `${article.source}, ${formatDate(article.date)}`;
  showTitle();

  const readState = (): MapState => {
    const center = map.getCenter();
    return {
      view: roundView({ zoom: map.getZoom(), lat: center.lat, lon: center.lng }),
      ...(placeId ? { place: placeId } : {}),
      ...(dataUrl ? { data: dataUrl } : {}),
      names: mode,
      basemap: basemapKind,
      panels: (Object.keys(panels) as Panel[]).filter((p) => panels[p].open),
      embed,
    };
  };
  const address = bindAddress({
    read: readState,
    apply: (state) => applyState(state),
    placeIds: new Set(byPlace.keys()),
    namingModes: new Set(namingModes(article.parties ?? [])),
    minZoom: map.getMinZoom(),
    maxZoom: map.getMaxZoom(),
  });

  const basemaps = addBasemaps(map, {
    kind: basemapKind,
    // Natural Earth at the scale each zoom needs: 1:110m for the world, 1:50m nearer,
    // 1:10m only for the region of the story (geodata/basemap/, npm run build:basemap).
    levels: [
      { url: world110Url, minZoom: 0, maxZoom: 4 },
      { url: world50Url, minZoom: 4, maxZoom: 99 },
      {
        url: new URL('geodata/kurils-2019/basemap/ne-10m-detail.json', document.baseURI).href,
        minZoom: 6,
        maxZoom: 99,
        regional: true,
      },
    ],
    load: async (url) => decodeBasemapLayers(await fetchJson(url, 'the basemap')),
    onChange: (kind) => {
      basemapKind = kind;
      address.replace();
    },
    onDrawn: () => performance.mark('basemap-rendered'),
    onError: (error) => showProblems(problemsRegion, [error.message]),
  });

  // The article's text comes before drawing: mentions decide the tour order.
  // The article's text loads while the places are drawn; it brings the tour order after.
  const articleLoad = loadArticle(collection, problems);
  const tour = renderTour(byId('tour'), {
    order: features.map((f) => f.id),
    open: (id) => openPlace(id, null, false),
  });
  let articlePanel: ArticlePanel | null = null;
  const places = addPlaces(map, features, {
    label: (place) => labelFor(place.properties, mode),
    popup: (place) =>
      buildPopup(place, article, {
        mode,
        onDownload: (id) => download(id),
        onParagraph: articlePanel
          ? (n) => {
              panels.article.open = true;
              articlePanel?.showParagraph(n);
            }
          : undefined,
      }),
    onActivate: (id, shape) => openPlace(id, shape),
    onOpenChange: (id, content) => {
      const closing = openId;
      openId = id;
      markCurrentPlace(list, id);
      articlePanel?.highlight(id);
      tour.setCurrent(id, id ? labelOf(id) : undefined);
      showTitle();
      if (id) {
        switching = false;
        if (!opener) opener = document.querySelector(`path[data-place="${id}"]`);
        if (focusPopup && !restoring) {
          content?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
        }
        focusPopup = true;
        // A click on a shape opens its popup without passing through openPlace.
        if (placeId !== id) {
          placeId = id;
          if (!restoring) address.push();
        }
        restoring = false;
      } else if (!switching) {
        const back = opener;
        opener = null;
        if (placeId === closing && !restoring) {
          placeId = null;
          address.push();
        }
        if (back?.isConnected && !restoring) back.focus({ preventScroll: true });
      }
    },
  });

  /** Opens a place from a control; `from` gets the focus back when the popup closes. */
  function openPlace(id: string, from: HTMLElement | null, moveFocus = true): void {
    switching = openId !== null;
    opener = from;
    focusPopup = moveFocus;
    placeId = id;
    places.open(id);
    address.push();
  }

  const setMode = (next: NamingMode): void => {
    mode = next;
    places.relabel();
    renderList();
    articlePanel?.relabel(labelOf);
    tour.setCurrent(openId, openId ? labelOf(openId) : undefined);
    showTitle();
  };

  const renderList = (): void => {
    renderPlaceList(list, features, {
      mode,
      onChoose: (id) => openPlace(id, list.querySelector(`button[data-place="${id}"]`)),
    });
    markCurrentPlace(list, openId);
  };
  renderList();

  const namingSwitch = renderNamingSwitch(
    byId('names'),
    mode,
    (next) => {
      setMode(next);
      address.push();
    },
    article.parties,
  );

  const fullMapLink = byId<HTMLAnchorElement>('full-map-link');
  const embedLink = (): string =>
    location.href.split('#')[0] + formatState({ ...readState(), embed: true });
  renderShare(byId('share'), {
    link: () => location.href.split('#')[0] + formatState(readState()),
    embedLink,
    title: () => `Map: ${article.title}`,
  });

  /** Applies a state from the address: a shared link, Back, Forward, an edited hash. */
  function applyState(state: MapState, first = false): void {
    if (state.names !== mode) {
      namingSwitch.set(state.names);
      setMode(state.names);
    }
    basemapKind = state.basemap;
    basemaps.set(state.basemap);
    for (const name of Object.keys(panels) as Panel[]) {
      panels[name].open = state.panels.includes(name);
    }
    embed = state.embed;
    document.body.classList.toggle('embed', embed);
    if (state.data && state.data !== dataUrl) {
      const url = state.data;
      // Set at once: the address written while the file loads must keep it.
      dataUrl = url;
      void openData.openUrl(url).then((ok) => {
        if (ok || dataUrl !== url) return;
        dataUrl = null;
        address.replace();
      });
    } else if (!state.data && dataUrl) {
      dataUrl = null;
      openData.close();
    }
    if (state.view) {
      setExactView(map, state.view.lat, state.view.lon, state.view.zoom);
    } else if (first && places.bounds.isValid()) {
      map.fitBounds(places.bounds, { padding: [32, 32], animate: false });
    }
    const wanted = state.place ?? null;
    if (wanted !== openId || wanted !== placeId) {
      placeId = wanted;
      restoring = true;
      if (wanted) {
        switching = openId !== null;
        opener = null;
        // With a view in the link, keep it exactly; without one, go to the place.
        places.open(wanted, state.view ? { fly: false } : { animate: !first });
      } else {
        places.close();
        restoring = false;
      }
    }
    places.layoutLabels();
  }

  const status = byId('open-status');
  const dataPanel = byId('data-panel');
  const openData = setupOpenData({
    map,
    list,
    problems: problemsRegion,
    status,
    onModeChange: (opened, name) => {
      places.setVisible(!opened);
      document.body.classList.toggle('data-mode', opened);
      dataPanel.hidden = !opened;
      byId('data-name').textContent = name ?? '';
      if (!opened) {
        showProblems(problemsRegion, []);
        renderList();
        if (places.bounds.isValid()) map.fitBounds(places.bounds, { padding: [32, 32] });
      }
    },
  });
  /** Downloads what the map shows: the opened file, one place, or every place. */
  async function download(id?: string): Promise<void> {
    try {
      if (openData.isOpen()) {
        downloadText(await openData.exportText(), 'article-map-opened.geojson', GEOJSON_MEDIA_TYPE);
      } else if (collection) {
        const options = id ? { names: mode, placeId: id } : { names: mode };
        downloadText(
          exportPlaces(collection, options),
          exportFileName(mode, id),
          GEOJSON_MEDIA_TYPE,
        );
      }
    } catch (error) {
      showProblems(problemsRegion, [`Could not export: ${(error as Error).message}`]);
    }
  }
  byId('download').addEventListener('click', () => void download());
  const fileInput = byId<HTMLInputElement>('open-file');
  const openLocal = async (file: File): Promise<void> => {
    if (await openData.openFile(file)) {
      dataUrl = null;
      placeId = null;
      history.pushState({ opened: ++openedToken }, '', location.href);
    }
  };
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) void openLocal(file);
  });
  const mapElement = map.getContainer();
  mapElement.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    mapElement.classList.add('is-drop-target');
  });
  mapElement.addEventListener('dragleave', () => mapElement.classList.remove('is-drop-target'));
  mapElement.addEventListener('drop', (event) => {
    mapElement.classList.remove('is-drop-target');
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void openLocal(file);
  });
  byId('back-to-article').addEventListener('click', () => {
    dataUrl = null;
    openData.close();
    address.push();
  });
  // Back from an opened local file's entry returns to the article.
  window.addEventListener('popstate', (event) => {
    const token = (event.state as { opened?: number } | null)?.opened;
    if (openData.isOpen() && !dataUrl && token !== openedToken) openData.close();
  });

  applyState(address.current(), true);
  if (!restoring) address.replace();
  map.on('moveend', () => address.replace());
  for (const panel of Object.values(panels)) {
    panel.addEventListener('toggle', () => address.replace());
  }
  // "Open full map" leads to this very view, as it is when followed.
  const updateFullMapLink = (): void => {
    fullMapLink.href = location.href.split('#')[0] + formatState({ ...readState(), embed: false });
  };
  for (const event of ['focus', 'mouseenter', 'click']) {
    fullMapLink.addEventListener(event, updateFullMapLink);
  }
  updateFullMapLink();

  // Escape closes the popup wherever the focus is (Leaflet only does so when the map has it).
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && openId !== null) {
      event.preventDefault();
      places.close();
    }
  });
  // Left/Right on the map step the tour; Up/Down and Shift+arrows still pan (Leaflet).
  map.getContainer().addEventListener(
    'keydown',
    (event) => {
      if (event.target !== map.getContainer()) return;
      if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      event.preventDefault();
      event.stopPropagation();
      tour.step(event.key === 'ArrowRight' ? 1 : -1);
    },
    true,
  );

  // Marked after a frame, so "drawn" means painted, not merely queued.
  requestAnimationFrame(() => performance.mark('places-rendered'));

  const articleIndex = await articleLoad;
  if (articleIndex) {
    tour.setOrder(articleIndex.tour, openId);
    tour.setCurrent(openId, openId ? labelOf(openId) : undefined);
    articlePanel = renderArticlePanel(byId('article'), article, articleIndex, {
      open: (id, button) => {
        panels.article.open = true;
        openPlace(id, button);
      },
      label: labelOf,
    });
    articlePanel.highlight(openId);
  }
  if (problems.length > 0) showProblems(problemsRegion, problems);
  performance.mark('article-rendered');
}

start().catch((error: unknown) => {
  const problems = document.getElementById('problems');
  if (problems) showProblems(problems, [`The map could not start: ${(error as Error).message}`]);
});
