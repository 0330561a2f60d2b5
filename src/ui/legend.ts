/**
 * The key shows what this article's map draws and nothing else (core/views/legend-keys.ts):
 * the build shows the same items in the page, so showing them here moves nothing.
 */
import type { PlaceCollection } from '../core/article/places';
import { legendKeys } from '../core/views/legend-keys';

/** The key's item for `key`, found by comparing its data attribute (no selector is built). */
function item(legend: HTMLElement, key: string): HTMLElement | null {
  const items = legend.querySelectorAll<HTMLElement>('[data-legend]');
  return [...items].find((node) => node.dataset.legend === key) ?? null;
}

/** Shows the key's items for what `collection` draws (core/views/legend-keys.ts). */
export function showLegend(legend: HTMLElement, collection: PlaceCollection): void {
  const drawn = legendKeys(collection);
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
