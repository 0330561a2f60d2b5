/**
 * What a place's popup shows about each party, one row per party in name order:
 * its name for the place in its own script and in Latin letters (each with its
 * language tag, for the page's `lang`), the English label it uses, and whether it
 * administers or claims the place. Pure; the popup only renders these rows.
 */
import { orderParties } from './name-order';
import type { Party, PlaceProperties } from './places';

/** A name and the BCP 47 tag of the key it came from. */
export interface TaggedName {
  text: string;
  lang: string;
}

export type PartyRole = 'administers' | 'claims' | 'administers and claims';

export interface PartyRow {
  party: Party;
  /** `name:<lang>`, or `name:<primary language>` when the party's tag has a script or region. */
  native?: TaggedName;
  /** `name:<lang>-Latn`, or `name:<primary language>-Latn`. */
  latin?: TaggedName;
  /** The English label this party uses: `label:<id>`, else `name:en`, else `name`. */
  label: string;
  /** Its role for this place, if any. */
  role?: PartyRole;
}

type Place = Pick<PlaceProperties, 'name' | 'administered_by' | 'claimed_by'> &
  Partial<PlaceProperties>;

/** The first of `tags` for which the place has `name:<tag>`. */
function firstName(place: Place, tags: readonly string[]): TaggedName | undefined {
  for (const tag of tags) {
    const text = place[`name:${tag}`];
    if (typeof text === 'string' && text.trim() !== '') return { text, lang: tag };
  }
  return undefined;
}

/** One row per party, in name order (administrator first, then as the article lists them). */
export function partyRows(place: Place, parties: readonly Party[]): PartyRow[] {
  return orderParties(place, parties).map((party) => {
    const primary = party.lang.split('-')[0] ?? party.lang;
    const tags = party.lang === primary ? [party.lang] : [party.lang, primary];
    const native = firstName(place, tags);
    const latin = firstName(
      place,
      tags.map((tag) => `${tag}-Latn`),
    );
    const administers = place.administered_by === party.id;
    const claims = (place.claimed_by ?? []).includes(party.id);
    const role: PartyRole | undefined =
      administers && claims
        ? 'administers and claims'
        : administers
          ? 'administers'
          : claims
            ? 'claims'
            : undefined;
    return {
      party,
      ...(native ? { native } : {}),
      ...(latin ? { latin } : {}),
      label: place[`label:${party.id}`] ?? place['name:en'] ?? place.name,
      ...(role ? { role } : {}),
    };
  });
}
