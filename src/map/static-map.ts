/**
 * A picture-like map for `static=1` (AMP pages, e-mail previews): no dragging, zooming,
 * keyboard or clicks, and no controls but the attribution. The view is the address's.
 */
import type L from 'leaflet';

/** Turns every interaction of `map` off (on: `true`) or back on. */
export function setStatic(map: L.Map, on: boolean): void {
  const handlers = [
    map.dragging,
    map.touchZoom,
    map.doubleClickZoom,
    map.scrollWheelZoom,
    map.boxZoom,
    map.keyboard,
  ];
  for (const handler of handlers) {
    if (on) handler.disable();
    else handler.enable();
  }
  const container = map.getContainer();
  container.classList.toggle('static-map', on);
  // Not a control any more: out of the tab order and named as a picture.
  if (on) container.setAttribute('tabindex', '-1');
  else container.setAttribute('tabindex', '0');
}
