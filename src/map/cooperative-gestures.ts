/**
 * Cooperative gestures for an embedded map, so a news page scrolls past it instead of
 * being trapped (MapLibre's cooperativeGestures, uMap's scrollWheelZoom option):
 * - the wheel scrolls the host page; with Ctrl (or ⌘) held it zooms the map (a
 *   trackpad pinch arrives as a wheel event with ctrlKey, so pinching zooms too);
 * - on touch, one finger scrolls the page and two move and zoom the map;
 * - a short hint over the map says so when a gesture is left to the page.
 */
import L from 'leaflet';

export interface CooperativeGesturesOptions {
  /** Shown when the wheel scrolls the page. */
  wheelHint?: string;
  /** Shown when one finger scrolls the page. */
  touchHint?: string;
  /** How long the hint stays, in ms. */
  hintDuration?: number;
}

const DEFAULTS: Required<CooperativeGesturesOptions> = {
  wheelHint: /Mac|iPhone|iPad/.test(navigator.platform)
    ? 'Use ⌘ + scroll to zoom the map'
    : 'Use Ctrl + scroll to zoom the map',
  touchHint: 'Use two fingers to move the map',
  hintDuration: 1400,
};

/** Turns cooperative gestures on for `map`; returns a function that turns them off. */
export function cooperativeGestures(
  map: L.Map,
  options: CooperativeGesturesOptions = {},
): () => void {
  const { wheelHint, touchHint, hintDuration } = { ...DEFAULTS, ...options };
  const container = map.getContainer();
  const hint = L.DomUtil.create('div', 'cooperative-hint', container);
  hint.setAttribute('aria-hidden', 'true');
  // Styled here (CSSOM, which the page's CSP allows) so the helper needs no stylesheet.
  Object.assign(hint.style, {
    position: 'absolute',
    inset: '0',
    zIndex: '1000',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    padding: '1rem',
    background: 'rgb(0 0 0 / 45%)',
    color: '#fff',
    font: '600 1rem system-ui, sans-serif',
    textAlign: 'center',
    pointerEvents: 'none',
    opacity: '0',
    transition: 'opacity 0.2s',
  } satisfies Partial<CSSStyleDeclaration>);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const showHint = (text: string): void => {
    hint.textContent = text;
    hint.style.opacity = '1';
    clearTimeout(timer);
    timer = setTimeout(() => (hint.style.opacity = '0'), hintDuration);
  };
  const hideHint = (): void => {
    clearTimeout(timer);
    hint.style.opacity = '0';
  };

  // Capture on the container runs before Leaflet's own wheel listener (it is on the
  // container, the event's target is a pane inside): stopping the event there leaves
  // the page's default, scrolling, untouched.
  const onWheel = (event: WheelEvent): void => {
    if (event.ctrlKey || event.metaKey) {
      // Leaflet zooms; keep the browser from zooming the whole page too.
      event.preventDefault();
      hideHint();
      return;
    }
    // Immediate: when the container itself is the target, Leaflet's listener is on the same node.
    event.stopImmediatePropagation();
    showHint(wheelHint);
  };

  // The browser may scroll for one finger; Leaflet's CSS forbids it (touch-action: none).
  const touchAction = container.style.touchAction;
  container.style.touchAction = 'pan-x pan-y';
  const dragging = map.dragging.enabled();
  const onTouchStart = (event: TouchEvent): void => {
    if (event.touches.length === 1) {
      map.dragging.disable();
    } else {
      if (dragging) map.dragging.enable();
      hideHint();
    }
  };
  const onTouchMove = (event: TouchEvent): void => {
    if (event.touches.length === 1) showHint(touchHint);
  };
  const onTouchEnd = (event: TouchEvent): void => {
    // Back to normal for the mouse once every finger is up.
    if (event.touches.length === 0 && dragging) map.dragging.enable();
  };

  container.addEventListener('wheel', onWheel, { capture: true, passive: false });
  container.addEventListener('touchstart', onTouchStart, { capture: true, passive: true });
  container.addEventListener('touchmove', onTouchMove, { capture: true, passive: true });
  container.addEventListener('touchend', onTouchEnd, { capture: true, passive: true });
  container.addEventListener('touchcancel', onTouchEnd, { capture: true, passive: true });

  return () => {
    container.removeEventListener('wheel', onWheel, { capture: true });
    container.removeEventListener('touchstart', onTouchStart, { capture: true });
    container.removeEventListener('touchmove', onTouchMove, { capture: true });
    container.removeEventListener('touchend', onTouchEnd, { capture: true });
    container.removeEventListener('touchcancel', onTouchEnd, { capture: true });
    container.style.touchAction = touchAction;
    if (dragging) map.dragging.enable();
    clearTimeout(timer);
    hint.remove();
  };
}
