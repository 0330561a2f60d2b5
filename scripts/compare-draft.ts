/**
 * How a draft from `new-article` compares with an article's hand-made places: recall and
 * precision, for scripts/new-article.README.md and its test. Pure.
 *
 * A draft place is right when it is the same GeoNames point as a hand-made place, or shares a
 * name with it. An unresolved name is right when it is one of a hand-made place's names,
 * labels or aliases, or whole words of one ("Kurils" of "Kurils archipelago"), since that is
 * what the author needs to find the place. Names are compared as `normaliseName` makes them,
 * each side of "Iturup / Etorofu" on its own.
 */
import { normaliseName, type Draft } from './draft-places';

/** The parts of a hand-made place that the comparison reads. */
export interface HandPlace {
  id: string;
  name: string;
  geometry?: { type: string; geonameid?: number };
  [key: string]: unknown;
}

export interface Figures {
  hand: number;
  /** Places the draft resolved, with a geometry. */
  resolved: { found: number; right: number; recall: number; precision: number };
  /** Resolved places and unresolved names together: what the author is shown. */
  shown: { found: number; right: number; recall: number; precision: number };
  /** Hand-made places found neither way. */
  missed: string[];
  /** Draft places and unresolved names that match no hand-made place. */
  extra: string[];
}

function handNames(place: HandPlace): Set<string> {
  const names = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value !== 'string') return;
    for (const part of value.split(' / ')) names.add(normaliseName(part).replace(/^the /, ''));
  };
  for (const [key, value] of Object.entries(place)) {
    if (key === 'name' || key.startsWith('name:') || key.startsWith('label:')) add(value);
  }
  if (Array.isArray(place.aliases)) place.aliases.forEach(add);
  return names;
}

function wholeWordsOf(name: string, names: ReadonlySet<string>): boolean {
  return [...names].some((n) => ` ${n} `.includes(` ${name} `));
}

export function compareDraft(draft: Draft, hand: readonly HandPlace[]): Figures {
  const named = hand.map((place) => ({ place, names: handNames(place) }));
  const foundBy = new Set<string>();
  const extra: string[] = [];

  let resolvedRight = 0;
  const resolvedFound = new Set<string>();
  for (const place of draft.places) {
    const id = place.geometry.type === 'geonames-point' ? place.geometry.geonameid : undefined;
    const names = [place.name, place['name:en'], ...(place.aliases ?? [])].map(normaliseName);
    const match = named.find(
      (h) =>
        (id !== undefined && h.place.geometry?.geonameid === id) ||
        names.some((n) => h.names.has(n)),
    );
    if (match === undefined) {
      extra.push(`${place.kind} ${place.name}`);
      continue;
    }
    resolvedRight += 1;
    resolvedFound.add(match.place.id);
    foundBy.add(match.place.id);
  }

  let unresolvedRight = 0;
  for (const item of draft.unresolved) {
    const name = normaliseName(item.name).replace(/^the /, '');
    const match = named.find((h) => h.names.has(name) || wholeWordsOf(name, h.names));
    if (match === undefined) {
      extra.push(`unresolved ${item.name}`);
      continue;
    }
    unresolvedRight += 1;
    foundBy.add(match.place.id);
  }

  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const shownFound = draft.places.length + draft.unresolved.length;
  return {
    hand: hand.length,
    resolved: {
      found: draft.places.length,
      right: resolvedRight,
      recall: ratio(resolvedFound.size, hand.length),
      precision: ratio(resolvedRight, draft.places.length),
    },
    shown: {
      found: shownFound,
      right: resolvedRight + unresolvedRight,
      recall: ratio(foundBy.size, hand.length),
      precision: ratio(resolvedRight + unresolvedRight, shownFound),
    },
    missed: hand.filter((h) => !foundBy.has(h.id)).map((h) => h.id),
    extra,
  };
}
