/**
 * A party's name in the interface language. The data names a party in English; a party
 * that is a state also has a Natural Earth point-of-view code, a region code (two capital
 * letters), which `Intl.DisplayNames` names in the reader's language. English keeps the
 * data's own name and words.
 */
import type { Translator } from './create-translator';

export interface NamedParty {
  readonly name: string;
  /** Natural Earth point of view: an ISO 3166 region code for a state. */
  readonly pov?: string;
  /** The data's English words for the party's naming ("<adjective> usage"). */
  readonly usage?: string;
}

const REGION = /^[A-Z]{2}$/;
const cache = new Map<string, Intl.DisplayNames>();

/** The party's name for `t`'s language: the data's in English, else its region's name. */
export function partyName(t: Translator, party: NamedParty): string {
  if (t.lang === 'en' || party.pov === undefined || !REGION.test(party.pov)) return party.name;
  const locale = t.table.locale;
  let names = cache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
    cache.set(locale, names);
  }
  return names.of(party.pov) ?? party.name;
}

/** The naming switch's words for a party: the data's `usage` in English, else the table's. */
export function partyUsage(t: Translator, party: NamedParty): string {
  if (t.lang === 'en' && party.usage) return party.usage;
  return t.t('names.party', { party: partyName(t, party) });
}
