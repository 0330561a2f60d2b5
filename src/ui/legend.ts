/**
 * The key shows what this article's map draws and nothing else: a swatch per kind of place
 * drawn in its own style (a disputed area is drawn hatched whatever its kind, so its kind's
 * swatch is not needed for it), the hatching when something is disputed, and the claim
 * line once the article's claim lines are drawn (map-setup.ts calls `showClaimLines`).
 */
import { isDisputed, type PlaceCollection } from '../core/article/places';

/** The key's item for `key`, found by comparing its data attribute (no selector is built). */
function item(legend: HTMLElement, key: string): HTMLElement | null {
  const items = legend.querySelectorAll<HTMLElement>('[data-legend]');
  return [...items].find((node) => node.dataset.legend === key) ?? null;
}

/** Shows the key's items for what `collection` draws. */
export function showLegend(legend: HTMLElement, collection: PlaceCollection): void {
  const drawn = new Set<string>();
  for (const place of collection.features) {
    const hatched = isDisputed(place.properties) && place.geometry.type !== 'Point';
    drawn.add(hatched ? 'disputed' : place.properties.kind);
  }
  for (const node of legend.querySelectorAll<HTMLElement>('[data-legend]')) {
    const key = node.dataset.legend ?? '';
    if (key !== 'claim') node.hidden = !drawn.has(key);
  }
}

/** Shows the claim line's item when there are claim lines on the map. */
export function showClaimLines(legend: HTMLElement | null, count: number): void {
  const node = legend ? item(legend, 'claim') : null;
  if (node) node.hidden = count === 0;
}
