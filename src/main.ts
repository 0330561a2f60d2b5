/**
 * Entry: load the article's places and the basemap, build the map and the
 * list, wire them together. Everything article-specific comes from geodata/.
 */
import 'leaflet/dist/leaflet.css';
import './styles.css';
import landUrl from 'world-atlas/land-50m.json?url';
import { decodeBasemap } from './core/basemap';
import { formatDate } from './core/format-date';
import { labelFor, type NamingMode } from './core/naming';
import { readPlaceCollection } from './core/places';
import { addBasemap, createMap } from './map/create-map';
import { addPlaces } from './map/places-layer';
import { renderPlaceList, markCurrentPlace } from './ui/place-list';
import { buildPopup } from './ui/popup';
import { showProblems } from './ui/problems';

const DATA_URL = 'geodata/places.geojson';

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html lacks #${id}`);
  return node as T;
}

async function fetchJson(url: string, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(`Could not load ${what}: the network request failed.`);
  }
  if (!response.ok) throw new Error(`Could not load ${what}: HTTP ${response.status}.`);
  try {
    return await response.json();
  } catch {
    throw new Error(`Could not load ${what}: it is not valid JSON.`);
  }
}

async function start(): Promise<void> {
  const problems = byId<HTMLDivElement>('problems');
  const list = byId<HTMLUListElement>('places');
  const map = createMap(byId('map'));
  // A sensible view before the data arrives: the whole world.
  map.setView([45, 100], 2);

  // The basemap loads alongside the places; the places never wait for it.
  fetchJson(landUrl, 'the basemap')
    .then((topology) => {
      addBasemap(map, decodeBasemap(topology));
      requestAnimationFrame(() => performance.mark('basemap-rendered'));
    })
    .catch((error: unknown) => showProblems(problems, [String((error as Error).message)]));

  let collection;
  try {
    const read = readPlaceCollection(await fetchJson(DATA_URL, 'the places'));
    collection = read.collection;
    if (read.problems.length > 0) showProblems(problems, read.problems);
  } catch (error) {
    showProblems(problems, [(error as Error).message]);
    return;
  }
  if (!collection) return;
  const { article, features } = collection;
  const mode: NamingMode = 'both';

  byId('article-title').textContent = article.title;
  byId('article-source').textContent = `${article.source}, ${formatDate(article.date)}`;
  document.title = `${article.title} — article-map`;

  const places = addPlaces(map, features, {
    label: (place) => labelFor(place.properties, mode),
    popup: (place) => buildPopup(place, article, mode),
    onOpenChange: (id) => markCurrentPlace(list, id),
  });
  if (places.bounds.isValid()) map.fitBounds(places.bounds, { padding: [32, 32], animate: false });
  places.layoutLabels();
  renderPlaceList(list, features, { mode, onChoose: (id) => places.open(id) });

  // Marked after a frame, so "drawn" means painted, not merely queued.
  requestAnimationFrame(() => performance.mark('places-rendered'));
}

start().catch((error: unknown) => {
  const problems = document.getElementById('problems');
  if (problems) showProblems(problems, [`The map could not start: ${(error as Error).message}`]);
});
