/**
 * The map's camera as a view of the state: moves Leaflet to `state.camera`'s
 * target when it changes, tells the store when that move has arrived
 * (`map/settled`), and tells it of the reader's own pans and zooms
 * (`map/moved`). Events that Leaflet fires while the app moves the map are
 * not the reader's: they are ignored until the map is at the target.
 */
import L from 'leaflet';
import { roundView, type MapView } from '../core/address/url-state';
import type { CameraTarget } from '../core/state/app-state';
import { setExactView } from './create-map';

/** Where a target puts the map's centre and zoom. */
export interface Frame {
  center: L.LatLng;
  zoom: number;
}

export interface CameraOptions {
  /** The frame of a target that is not an exact view (a place, all places, the data). */
  frameOf: (target: CameraTarget) => Frame | null;
  /** The map settled at the end of the app's move `seq`. */
  onSettled: (view: MapView, seq: number) => void;
  /** The reader panned or zoomed. */
  onMoved: (view: MapView) => void;
}

export interface Camera {
  /** Moves to `target` (cancelling any move under way); `done` runs once the map is there. */
  move: (target: CameraTarget, seq: number, done?: () => void) => void;
  /** Whether the app's own move is under way. */
  moving: () => boolean;
}

const FLIGHT_SECONDS = 0.8;

const prefersReducedMotion = (): boolean =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

function viewOf(map: L.Map): MapView {
  const c = map.getCenter();
  return roundView({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
}

/** The centre and zoom `fitBounds` would choose, so a flight can tell when it has arrived. */
export function boundsFrame(
  map: L.Map,
  bounds: L.LatLngBounds,
  padding: number,
  maxZoom: number,
): Frame {
  const pad = L.point(padding, padding);
  const zoom = Math.min(maxZoom, map.getBoundsZoom(bounds, false, pad.multiplyBy(2)));
  const sw = map.project(bounds.getSouthWest(), zoom);
  const ne = map.project(bounds.getNorthEast(), zoom);
  return { center: map.unproject(sw.add(ne).divideBy(2), zoom), zoom };
}

/** Whether the map shows `frame` (to within a pixel and a half, and a hundredth of a zoom). */
function isAt(map: L.Map, frame: Frame): boolean {
  return (
    Math.abs(map.getZoom() - frame.zoom) < 0.01 &&
    map.latLngToContainerPoint(frame.center).distanceTo(map.getSize().divideBy(2)) < 1.5
  );
}

/**
 * Ends a flight where it is. Leaflet's private _stop, not map.stop(): stop() snaps a
 * fractional mid-flight zoom to zoomSnap with an animated zoom of its own, which would
 * end later with events of its own.
 */
function halt(map: L.Map): void {
  const m = map as unknown as {
    _stop: () => void;
    _animatingZoom?: boolean;
    _mapPane: HTMLElement;
  };
  m._stop();
  // _stop leaves a zoom animation (fitBounds, the zoom buttons) to end on its transitionend,
  // when Leaflet would move the map to that zoom's target after ours: end it here.
  if (m._animatingZoom) {
    m._animatingZoom = false;
    L.DomUtil.removeClass(m._mapPane, 'leaflet-zoom-anim');
  }
}

export function bindCamera(map: L.Map, options: CameraOptions): Camera {
  // The move under way: its target, sequence number and what to do on arrival.
  let current: { frame: Frame; seq: number; done?: () => void } | null = null;

  const arrived = (frame: Frame): boolean => isAt(map, frame);

  function finish(): void {
    const move = current;
    if (!move) return;
    current = null;
    options.onSettled(viewOf(map), move.seq);
    move.done?.();
  }

  // A flight's own end fires zoomend then moveend; a resize mid-flight fires only moveend.
  let flightEnded = false;
  // True while the map measures a resize: invalidateSize fires moveend with the top-left corner
  // kept, so the centre off by half the change, which is neither the reader's move nor an
  // arrival. Told as the reader's, it was written to the address at once, and a Back whose
  // hashchange came a frame late went there (about 20 px off the view its entry recorded).
  let resizing = false;
  map.on('zoomend', () => {
    if (current) flightEnded = true;
  });
  map.on('moveend', () => {
    if (resizing) return;
    if (!current) options.onMoved(viewOf(map));
    // Inside our own calls (stop() ending an old flight) only arrival counts.
    else if (arrived(current.frame) || (flightEnded && !starting)) finish();
  });

  // True while this module itself calls Leaflet: any other move start is the reader's
  // (drag, wheel, pinch, keys), who then takes over: the app's move is over where it is.
  let starting = false;
  map.on('movestart zoomstart', () => {
    if (current && !starting) finish();
  });
  const container = map.getContainer();

  // Leaflet measures its container only on window resizes; the page's layout moves it too.
  // Mid-flight a resize would strand the flight, so the move jumps to its end instead;
  // otherwise the centre stays exactly where it was (a shared link names the centre).
  new ResizeObserver(() => {
    const center = map.getCenter();
    const zoom = map.getZoom();
    resizing = true;
    try {
      map.invalidateSize({ pan: false });
    } finally {
      resizing = false;
    }
    if (current) jump(current.frame);
    else setExactView(map, center.lat, center.lng, zoom);
  }).observe(container);

  function ours(run: () => void): void {
    starting = true;
    try {
      run();
    } finally {
      starting = false;
    }
  }

  function jump(frame: Frame): void {
    halt(map);
    ours(() => setExactView(map, frame.center.lat, frame.center.lng, frame.zoom));
  }

  function move(target: CameraTarget, seq: number, done?: () => void): void {
    if (target.kind === 'stay') {
      // Where the map is now is where this step settles.
      current = { frame: { center: map.getCenter(), zoom: map.getZoom() }, seq, done };
      halt(map);
      finish();
      return;
    }
    const frame: Frame | null =
      target.kind === 'view'
        ? { center: L.latLng(target.view.lat, target.view.lon), zoom: target.view.zoom }
        : options.frameOf(target);
    // flyTo and setView end a flight under way themselves (Leaflet's _stop), without events.
    current = frame ? { frame, seq, done } : null;
    if (!frame) {
      halt(map);
      done?.();
      return;
    }
    const animate =
      (target.kind === 'place' || target.kind === 'fit') &&
      target.animate &&
      !prefersReducedMotion();
    if (animate && !arrived(frame)) {
      ours(() => map.flyTo(frame.center, frame.zoom, { duration: FLIGHT_SECONDS }));
      // flyTo fires zoomstart at once: the end marker must come from the flight's end.
      flightEnded = false;
    } else {
      // An exact view (a link, Back) must not drift by Leaflet's whole-pixel pans.
      jump(frame);
      if (current?.seq === seq) finish();
    }
  }

  return { move, moving: () => current !== null };
}
