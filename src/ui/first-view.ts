/**
 * The painted first view (core/render/first-view.ts, in the page's HTML) gives way to the
 * live map: once the live basemap is drawn (its `basemap-rendered` mark), or at the reader's
 * first gesture on the map (a press, a wheel turn, a key), whichever comes first, so the map
 * never shows two pictures at once nor a picture that does not move. Until then the live
 * map's panes are hidden by styles.css. The reader's gestures, not Leaflet's move events: the
 * app's own moves (a resize as the article arrives) must not end it early.
 */

import type { Action } from '../core/state/actions';
import type { Store } from '../core/state/store';

/** Runs `then` once `name` has been marked (at once if it already was). */
function whenMarked(name: string, then: () => void): () => void {
  if (performance.getEntriesByName(name, 'mark').length > 0) {
    then();
    return () => undefined;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(name).length === 0) return;
    observer.disconnect();
    then();
  });
  observer.observe({ type: 'mark' });
  return () => observer.disconnect();
}

const GESTURES = ['pointerdown', 'wheel', 'keydown'] as const;

/** Starts the hand-over in the map's element; does nothing on a page without a painted view. */
export function retireFirstView(container: HTMLElement): void {
  const painted = container.querySelectorAll('.first-view');
  if (painted.length === 0) return;
  let stopWaiting = (): void => undefined;
  const retire = (): void => {
    stopWaiting();
    for (const type of GESTURES) container.removeEventListener(type, retire, true);
    for (const element of painted) element.remove();
  };
  // Capture: the gesture's own handlers (Leaflet's drag) then see the live map.
  for (const type of GESTURES) container.addEventListener(type, retire, true);
  stopWaiting = whenMarked('basemap-rendered', retire);
}

/**
 * The live map has drawn its places: marked a frame later (`map-ready`, and `places-rendered`
 * unless the painted view, the page's inline script, core/site/first-view-script.ts, marked it first), so "drawn" means painted,
 * not merely queued; and the painted view's hand-over begins.
 */
export function liveMapReady(container: HTMLElement): void {
  retireFirstView(container);
  requestAnimationFrame(() => {
    if (performance.getEntriesByName('places-rendered', 'mark').length === 0) {
      performance.mark('places-rendered');
    }
    performance.mark('map-ready');
  });
}

/**
 * What says the reader is reaching for the map: a pointer over it, a touch, a wheel turn,
 * the keyboard's focus or a key, a file dragged onto it. Capture: whatever element of the
 * picture is under the pointer.
 */
const INTENT = [
  'pointerenter',
  'pointerdown',
  'touchstart',
  'wheel',
  'focusin',
  'keydown',
  'dragenter',
] as const;

/**
 * Changes the painted picture still shows: panels open or close beside it, and the interface's
 * language is not in it (its labels are the data's names, every side's). Any other change
 * (a place opened, another naming or basemap, Back, a file opened) needs the live map.
 */
const PICTURED = new Set<Action['type']>(['panel/set', 'lang/set']);

/**
 * Calls `load` at once on a page without a painted first view (a link with a state, a
 * place's page); on one with it, at the reader's first sign of wanting the map or at the
 * first change of state the picture cannot show, whichever comes first. So a reader who only
 * reads never downloads the live map's code (Leaflet and the app's map: most of the script),
 * and one who reaches for it gets it while the picture stays in place.
 */
export function loadLiveMapWhenWanted(
  container: HTMLElement,
  store: Store,
  load: () => void,
): void {
  if (!container.querySelector('.first-view')) {
    load();
    return;
  }
  const go = (): void => {
    for (const type of INTENT) container.removeEventListener(type, go, true);
    unsubscribe();
    load();
  };
  for (const type of INTENT) container.addEventListener(type, go, { capture: true, passive: true });
  const unsubscribe = store.subscribe((_next, _prev, action) => {
    if (!PICTURED.has(action.type) && !(action.type === 'navigate' && action.first)) go();
  });
}
