/**
 * The caption under the key: whose view of the borders the map draws, and its source, in
 * the interface language (party names translated).
 */
import type { NamingMode } from '../article/naming';
import type { Party } from '../article/places';
import type { Translator } from '../i18n/create-translator';
import { partyName } from '../i18n/party-name';

export function bordersCaptionText(
  t: Translator,
  mode: NamingMode,
  parties: readonly Party[],
): string {
  const party = parties.find((p) => p.id === mode);
  if (!party) return t.t('borders.allSides');
  if (party.pov === undefined) return t.t('borders.noView', { party: partyName(t, party) });
  return t.t('borders.party', { party: partyName(t, party), pov: party.pov });
}
