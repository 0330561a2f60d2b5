/**
 * The name-order rule, the one place that decides which party's name comes first in an
 * "A / B" label: **the administering party first, then the other parties in the order
 * the article lists them** (`parties`). A place nobody administers follows `parties`.
 * geodata/README.md states the same rule for readers; the build checks that every
 * neutral `name` made of labels follows it.
 */
import type { Party, PlaceProperties } from './places';

/** The parties in name order for `place`: its administrator first, then the rest as listed. */
export function orderParties(
  place: Partial<Pick<PlaceProperties, 'administered_by'>>,
  parties: readonly Party[],
): Party[] {
  const admin = parties.find((party) => party.id === place.administered_by);
  return admin ? [admin, ...parties.filter((party) => party !== admin)] : [...parties];
}

/**
 * The all-sides label of a place: each party's `label:<id>` in name order, repeats
 * dropped, joined by " / " ("Kunashir / Kunashiri"). A place no party labels keeps
 * its `name`; a party without a label of its own is left out of the join.
 */
export function allSidesLabel(
  place: Pick<PlaceProperties, 'name'> & Partial<PlaceProperties>,
  parties: readonly Party[],
): string {
  const labels = orderParties(place, parties)
    .map((party) => place[`label:${party.id}`])
    .filter((label): label is string => typeof label === 'string' && label.trim() !== '');
  const distinct = [...new Set(labels)];
  return distinct.length > 1 ? distinct.join(' / ') : place.name;
}
