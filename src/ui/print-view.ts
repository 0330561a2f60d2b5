/**
 * Printing (Ctrl+P) with src/print.css: every side panel printed open, whatever the
 * reader had closed (a closed <details> prints its summary only in browsers without
 * ::details-content), and Leaflet told the map's box changed, before and after.
 */
import type { LeafletMap } from '../map/live-view';

export function bindPrint(map: LeafletMap): void {
  let reopened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    reopened = [...document.querySelectorAll<HTMLDetailsElement>('details.panel:not([open])')];
    // Each toggle is a panel/set (a replace step); afterprint closes them again, so the
    // address ends where it was.
    for (const panel of reopened) panel.setAttribute('open', '');
    map.invalidateSize({ pan: false });
  });
  window.addEventListener('afterprint', () => {
    for (const panel of reopened) panel.removeAttribute('open');
    reopened = [];
    map.invalidateSize({ pan: false });
  });
}
