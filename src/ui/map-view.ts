/**
 * The map as a view of the state: the camera goes where the state says, the
 * open place's popup opens once the map is there, labels follow the naming,
 * and the places hide while opened data is shown. The reader's clicks on
 * shapes and closes of popups come back as actions. Keyboard focus moves
 * into a popup opened from a control and returns there when it closes.
 */
import { showsArticle, showsFeatures } from '../core/state/app-state';
import type { Store } from '../core/state/store';
import type { Camera } from '../map/camera';
import type { PlacesLayer } from '../map/places-layer';

/** Whether opened features, not an article (the page's or an opened one), are on the map. */
export const showsData = showsFeatures;

/** Routes whose control hands the keyboard focus to the popup (the tour keeps it). */
const FOCUS_ROUTES = new Set(['list', 'mention', 'map']);

export interface MapView {
  /** Places layer callback: a popup opened (id) or closed (null, closed id). */
  onOpenChange: (id: string | null, content?: HTMLElement, closed?: string) => void;
  /**
   * Shows the state as it is now: the live map can come after the state has moved on (the
   * first view was the painted picture), so its camera goes to the state's last target.
   */
  sync: () => void;
}

export function bindMapView(
  store: Store,
  places: () => PlacesLayer | null,
  camera: Camera,
): MapView {
  // What had the focus when a place was opened from a control: it gets it back on close.
  let opener: HTMLElement | SVGElement | null = null;

  function showOpenPlace(): void {
    const s = store.get();
    // Not while other data is on its way: the place is one of the article to come.
    if (s.place === null || !showsArticle(s)) return;
    // The popup fits the room above its place, so a link's exact view need not move.
    places()?.showPopup(s.place);
  }

  store.subscribe((next, prev, action) => {
    const layer = places();
    if (action.type === 'place/open') {
      const active = document.activeElement;
      // A shape on the map is an SVG element: it takes the focus back too.
      opener =
        (active instanceof HTMLElement || active instanceof SVGElement) && active !== document.body
          ? active
          : null;
    }
    if (showsData(next) !== showsData(prev)) layer?.setVisible(!showsData(next));
    if (next.names !== prev.names) layer?.relabel();
    if (next.camera.seq !== prev.camera.seq) {
      // The old popup would ride along the flight, pointing at the wrong place.
      if (next.place !== prev.place || next.place === null) layer?.close();
      camera.move(next.camera.target, next.camera.seq, showOpenPlace);
    } else if (next.place !== prev.place) {
      if (next.place === null) layer?.close();
      else if (!camera.moving()) showOpenPlace();
    }
    if (action.type === 'place/close' && opener?.isConnected) {
      opener.focus({ preventScroll: true });
      opener = null;
    }
  });

  return {
    sync() {
      const s = store.get();
      places()?.setVisible(!showsData(s));
      camera.move(s.camera.target, s.camera.seq, showOpenPlace);
    },
    onOpenChange(id, content, closed) {
      const s = store.get();
      if (id !== null) {
        if (s.route && FOCUS_ROUTES.has(s.route)) {
          content?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
        }
      } else if (closed !== undefined && s.place === closed) {
        // Closed by the reader (×, a click on the map), not by the app. A click on another
        // shape closes this popup first (Leaflet's preclick), then opens that place in the same
        // event: after it, the place has changed and this is no step of its own.
        queueMicrotask(() => {
          if (store.get().place === closed) store.dispatch({ type: 'place/close' });
        });
      }
    },
  };
}
