/**
 * The map in words, for screen readers: its accessible description (how many places,
 * of which kinds, each dispute with who administers and who claims, the naming view in
 * force) and what the live region says when a place opens. Written from the data; the
 * labels and party names passed in are the data's, in the naming view in force.
 */
import type { Translator } from './create-translator';
import { kindKeys } from './kind-keys';

/** One place as the description needs it. */
export interface DescribedPlace {
  /** Its label in the naming view in force. */
  label: string;
  /** The data's `kind`. */
  kind: string;
  /** The administering party's name, for a disputed place. */
  administeredBy?: string;
  /** The claiming parties' names. */
  claimedBy?: readonly string[];
}

export interface MapFacts {
  places: readonly DescribedPlace[];
  /** The naming view in force, as the naming switch names it ("Both", "<Party> usage"). */
  view: string;
  /** The open place's label, if one is open. */
  openPlace?: string | null;
}

/** Sentences run on with a space, except after full-width punctuation (CJK text: 。). */
function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce((text, next) =>
    /[。！？]$/u.test(text) ? text + next : `${text} ${next}`,
  );
}

/** Disputed as the data contract says: claimed by a party other than its administrator. */
function isDisputed(place: DescribedPlace): boolean {
  return (place.claimedBy ?? []).some((party) => party !== place.administeredBy);
}

/**
 * The map's description, in sentences: "A map of the 8 places named in the article. It
 * shows 4 cities, 3 islands and 1 island group. A / B is administered by <party> and
 * claimed by <party>. Names: Both." (party names as the data gives them)
 */
export function describeMap(t: Translator, facts: MapFacts): string {
  const sentences = [t.t('describe.places', { count: facts.places.length })];
  const counts = new Map<string, number>();
  for (const place of facts.places) counts.set(place.kind, (counts.get(place.kind) ?? 0) + 1);
  const kinds = [...counts].flatMap(([kind, count]) => {
    const keys = kindKeys(kind);
    return keys ? [t.t(keys.count, { count })] : [];
  });
  if (kinds.length > 0) sentences.push(t.t('describe.kinds', { kinds: t.list(kinds) }));
  const disputed = facts.places.filter(isDisputed);
  for (const place of disputed) {
    sentences.push(
      t.t('describe.disputed', {
        place: place.label,
        administrator: place.administeredBy ?? '—',
        claimants: t.list((place.claimedBy ?? []).filter((p) => p !== place.administeredBy)),
      }),
    );
  }
  if (disputed.length === 0) sentences.push(t.t('describe.noDispute'));
  sentences.push(t.t('describe.naming', { view: facts.view }));
  if (facts.openPlace) sentences.push(t.t('describe.openPlace', { place: facts.openPlace }));
  return joinSentences(sentences);
}

/** What the polite live region says when a place opens: "Iturup / Etorofu, island, 3 of 8". */
export function announcePlace(
  t: Translator,
  place: { label: string; kind: string; n: number; total: number },
): string {
  const keys = kindKeys(place.kind);
  return t.t('live.placeOpened', {
    label: place.label,
    kind: keys ? t.t(keys.noun) : place.kind,
    n: place.n,
    total: place.total,
  });
}
