/**
 * The interface languages the data's parties speak: a party declares its language as a
 * BCP 47 tag (DESIGN.md, data contract v2), and the language switch offers it when a
 * table exists (a `zh-Hant` party has none yet, so it is not offered).
 */
import { matchLanguage } from './negotiate-language';
import type { InterfaceLanguage } from './languages';

/** The tables for the parties' languages, each once, in the parties' order. */
export function partyInterfaceLanguages(
  parties: readonly { readonly lang?: unknown }[],
): InterfaceLanguage[] {
  const found: InterfaceLanguage[] = [];
  for (const party of parties) {
    const lang = matchLanguage(party.lang);
    if (lang && !found.includes(lang)) found.push(lang);
  }
  return found;
}
