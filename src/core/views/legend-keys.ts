/**
 * The key shows what this article's map draws and nothing else: a swatch per kind of place
 * drawn in its own style (a disputed area is drawn hatched whatever its kind, so its kind's
 * swatch is not needed for it), the hatching when something is disputed, and the claim
 * line when there are claim lines.
 */
import { isDisputed, type PlaceCollection } from '../article/places';

/** The key's items (`data-legend` values) for the places of `collection`, without 'claim'. */
export function legendKeys(collection: PlaceCollection): Set<string> {
  const drawn = new Set<string>();
  for (const place of collection.features) {
    const hatched = isDisputed(place.properties) && place.geometry.type !== 'Point';
    drawn.add(hatched ? 'disputed' : place.properties.kind);
  }
  return drawn;
}
