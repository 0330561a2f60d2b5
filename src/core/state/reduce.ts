/**
 * The app's behaviour as one pure function: `reduce(state, action)`, and
 * `historyStep` saying what each action does to the browser's history.
 * Nothing here knows the DOM or Leaflet (test/unit/state/ runs it in Node).
 */
import { DEFAULT_FLAGS } from '../address/page-flags';
import type { MapView } from '../address/url-state';
import type { Action, HistoryStep } from './actions';
import {
  sameSource,
  showsArticle,
  type AppState,
  type CameraTarget,
  type DataSource,
  type ShownAs,
} from './app-state';
import type { NamingMode } from '../article/naming';
import type { Navigation } from './history-entry';

function moveCamera(state: AppState, target: CameraTarget): AppState['camera'] {
  return { seq: state.camera.seq + 1, target };
}

function sameView(a: MapView | null, b: MapView | null): boolean {
  return (
    a === b || (a !== null && b !== null && a.zoom === b.zoom && a.lat === b.lat && a.lon === b.lon)
  );
}

/**
 * Where the map goes for a navigation: the entry's exact view, else its place, else (at
 * start) all places or the data; an edited address without a view leaves the map where it is.
 */
function cameraFor(to: Navigation, first: boolean, place: string | null): CameraTarget {
  if (to.view) return { kind: 'view', view: to.view };
  if (place !== null) {
    return { kind: 'place', id: place, animate: !first };
  }
  if (!first) return { kind: 'stay' };
  return to.data || to.file ? { kind: 'fit-data' } : { kind: 'fit', animate: false };
}

function sourceOf(to: Navigation): DataSource | null {
  if (to.data !== undefined) return { kind: 'url', url: to.data };
  if (to.file) return { kind: 'file', token: to.file.token, name: to.file.name };
  return null;
}

function navigate(state: AppState, to: Navigation, first: boolean): AppState {
  // No view in the entry: unknown until the map settles on the target (the next `replace`).
  const data = sourceOf(to);
  // Opened features have no places; an opened article's place waits for it to be read.
  const onFeatures = data !== null && state.shownAs === 'features' && sameSource(data, state.shown);
  const place = onFeatures ? null : (to.place ?? null);
  const loading = data !== null && !sameSource(data, state.shown);
  return {
    ...state,
    view: to.view ?? null,
    place,
    route: place === null ? null : 'link',
    names: to.names,
    basemap: to.basemap,
    panels: [...to.panels],
    embed: to.embed,
    flags: to.flags ? { ...to.flags } : { ...DEFAULT_FLAGS },
    lang: to.lang ?? null,
    data,
    // The article returns at once; other data shows once read (what is shown stays till then).
    shown: data === null ? null : state.shown,
    shownAs: data === null ? null : state.shownAs,
    keepView: to.view !== undefined,
    // Leaving for another entry gives up a file still being checked.
    pending: null,
    // A place of data still loading is framed once it is shown (`loaded`).
    camera: moveCamera(state, cameraFor(to, first, loading ? null : place)),
  };
}

/** A file or link answered: show it when it is what the state still asks for. */
function loaded(
  state: AppState,
  source: DataSource,
  as: ShownAs,
  names: NamingMode | undefined,
): AppState {
  const shownAs = { shownAs: as, names: names ?? state.names };
  if (sameSource(source, state.pending)) {
    return {
      ...state,
      ...shownAs,
      data: state.pending,
      shown: state.pending,
      keepView: false,
      pending: null,
      place: null,
      route: null,
      camera: moveCamera(state, { kind: 'fit-data' }),
    };
  }
  if (sameSource(source, state.data) && !sameSource(state.data, state.shown)) {
    // The entry's place (Back or a link to an opened article's place) opens with it.
    const place = as === 'article' ? state.place : null;
    let target: CameraTarget = { kind: 'fit-data' };
    if (state.keepView && state.view) target = { kind: 'view', view: state.view };
    else if (place !== null) target = { kind: 'place', id: place, animate: false };
    return {
      ...state,
      ...shownAs,
      shown: state.data,
      place,
      route: place === null ? null : state.route,
      camera: moveCamera(state, target),
    };
  }
  return state; // A late answer for something the reader has left: ignored.
}

function failed(state: AppState, source: DataSource): AppState {
  if (sameSource(source, state.pending)) return { ...state, pending: null };
  if (sameSource(source, state.data) && !sameSource(state.data, state.shown)) {
    // The request gives way to what is still shown: the address names that again, and the
    // place that was to open in it is not one of the shown article's.
    return { ...state, data: state.shown, keepView: false, place: null, route: null };
  }
  return state;
}

export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'place/open': {
      // An article's places are hidden under opened features, or about to be.
      if (!showsArticle(state)) return state;
      const target: CameraTarget =
        action.route === 'map' ? { kind: 'stay' } : { kind: 'place', id: action.id, animate: true };
      return { ...state, place: action.id, route: action.route, camera: moveCamera(state, target) };
    }
    case 'place/close':
      return state.place === null ? state : { ...state, place: null, route: null };
    case 'names/set':
      return { ...state, names: action.names };
    case 'lang/set':
      return state.lang === action.lang ? state : { ...state, lang: action.lang };
    case 'basemap/set':
      return { ...state, basemap: action.basemap };
    case 'panel/set': {
      const has = state.panels.includes(action.panel);
      if (has === action.open) return state;
      const panels = action.open
        ? [...state.panels, action.panel]
        : state.panels.filter((p) => p !== action.panel);
      return { ...state, panels };
    }
    case 'map/moved':
      return sameView(state.view, action.view) ? state : { ...state, view: action.view };
    case 'map/settled':
      if (action.seq !== state.camera.seq || sameView(state.view, action.view)) return state;
      return { ...state, view: action.view };
    case 'navigate':
      return navigate(state, action.to, action.first ?? false);
    case 'data/open-file':
      return { ...state, pending: { kind: 'file', token: action.token, name: action.name } };
    case 'data/loaded':
      return loaded(state, action.source, action.as ?? 'features', action.names);
    case 'data/failed':
      return failed(state, action.source);
    case 'data/cancel':
      if (state.pending) return { ...state, pending: null };
      return state.data ? failed(state, state.data) : state;
    case 'data/close':
      if (!state.data && !state.pending && !state.shown) return state;
      return {
        ...state,
        data: null,
        shown: null,
        shownAs: null,
        pending: null,
        keepView: false,
        names: action.names ?? state.names,
        // A place of the opened article is not one of the page's.
        place: state.shownAs === 'article' ? null : state.place,
        route: state.shownAs === 'article' ? null : state.route,
        camera: moveCamera(state, { kind: 'fit', animate: true }),
      };
  }
}

/** What `action` (taking `prev` to `next`) does to the history; see HistoryStep. */
export function historyStep(action: Action, prev: AppState, next: AppState): HistoryStep {
  if (prev === next) return 'none';
  switch (action.type) {
    case 'place/open':
    case 'place/close':
    case 'names/set':
    case 'lang/set':
    case 'data/close':
      return 'push';
    case 'data/loaded':
      // A file the reader just chose is a new step; a link's data was already in the address.
      return prev.pending && !next.pending ? 'push' : 'replace';
    case 'basemap/set':
    case 'panel/set':
    case 'map/moved':
    case 'map/settled':
    case 'data/failed':
    case 'data/cancel':
      return 'replace';
    case 'navigate':
    case 'data/open-file':
      return 'none';
  }
}
