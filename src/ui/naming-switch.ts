/**
 * The "Names" radio group: all sides, then one choice per party of the article
 * (naming.ts's namingChoices). Native radio inputs, so arrow keys move the
 * choice as screen-reader users expect. The choices' words come from the
 * interface table (party names through `partyName`), so they follow the language.
 */
import { namingChoices, type NamingMode } from '../core/article/naming';
import type { Party } from '../core/article/places';
import type { Translator } from '../core/i18n/create-translator';
import { partyUsage } from '../core/i18n/party-name';
import { el } from './dom';
import { tr } from './i18n';

export interface NamingSwitch {
  /** Shows `mode` as chosen, without calling back. */
  set: (mode: NamingMode) => void;
  /** Rewrites the choices' words in the language in force. */
  retranslate: () => void;
}

/** What the switch calls naming `mode`: "Both" / "All sides", or a party's usage. */
export function namingLabel(t: Translator, mode: NamingMode, parties: readonly Party[]): string {
  const party = parties.find((p) => p.id === mode);
  if (party) return partyUsage(t, party);
  return t.t(parties.length === 2 ? 'names.all' : 'names.allSides');
}

/** Adds a choice per naming mode of `parties` to `group` (an element with role="radiogroup"). */
export function renderNamingSwitch(
  group: HTMLElement,
  mode: NamingMode,
  onChange: (mode: NamingMode) => void,
  parties: readonly Party[] = [],
): NamingSwitch {
  // Another article's switch replaces this one's choices (the group's own legend stays).
  for (const old of group.querySelectorAll(':scope > label.choice')) old.remove();
  const choices = namingChoices(parties).map(({ mode: value }) => {
    const input = el('input', { type: 'radio', name: 'names', value });
    input.checked = value === mode;
    input.addEventListener('change', () => {
      if (input.checked) onChange(value);
    });
    const text = el('span', {});
    group.append(el('label', { className: 'choice' }, input, text));
    return { input, text, value };
  });
  const retranslate = (): void => {
    for (const { text, value } of choices) text.textContent = namingLabel(tr(), value, parties);
  };
  retranslate();
  return {
    set: (next) => {
      for (const { input } of choices) input.checked = input.value === next;
    },
    retranslate,
  };
}
