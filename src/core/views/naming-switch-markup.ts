/**
 * The "Names" radio group's choices as markup: all sides, then one per party of the
 * article (naming.ts's namingChoices), each a native radio inside its pill, so arrow keys
 * move the choice as screen-reader users expect. The words come from the interface table
 * (party names through `partyUsage`), so they follow the language.
 */
import { namingChoices, type NamingMode } from '../article/naming';
import type { Party } from '../article/places';
import type { Translator } from '../i18n/create-translator';
import { partyUsage } from '../i18n/party-name';
import { h, withRef, type MarkupElement } from '../markup/markup';

/** What the switch calls naming `mode`: "Both" / "All sides", or a party's usage. */
export function namingLabel(t: Translator, mode: NamingMode, parties: readonly Party[]): string {
  const party = parties.find((p) => p.id === mode);
  if (party) return partyUsage(t, party);
  return t.t(parties.length === 2 ? 'names.all' : 'names.allSides');
}

/**
 * One `<label class="choice">` per naming mode of `parties`, `mode` checked. Refs:
 * `input-<i>` and `text-<i>` for the i-th choice (in namingChoices' order).
 */
export function namingChoicesMarkup(
  t: Translator,
  parties: readonly Party[],
  mode: NamingMode,
): MarkupElement[] {
  return namingChoices(parties).map(({ mode: value }, i) =>
    h(
      'label',
      { class: 'choice' },
      withRef(
        `input-${i}`,
        h('input', { type: 'radio', name: 'names', value, checked: value === mode }),
      ),
      withRef(`text-${i}`, h('span', {}, namingLabel(t, value, parties))),
    ),
  );
}
