/**
 * The "Names" radio group: all sides, then one choice per party of the article
 * (naming.ts's namingChoices). Native radio inputs, so arrow keys move the
 * choice as screen-reader users expect.
 */
import { namingChoices, type NamingMode } from '../core/article/naming';
import type { Party } from '../core/article/places';
import { el } from './dom';

export interface NamingSwitch {
  /** Shows `mode` as chosen, without calling back. */
  set: (mode: NamingMode) => void;
}

/** Adds a choice per naming mode of `parties` to `group` (an element with role="radiogroup"). */
export function renderNamingSwitch(
  group: HTMLElement,
  mode: NamingMode,
  onChange: (mode: NamingMode) => void,
  parties: readonly Party[] = [],
): NamingSwitch {
  const inputs = namingChoices(parties).map(({ mode: value, label }) => {
    const input = el('input', { type: 'radio', name: 'names', value });
    input.checked = value === mode;
    input.addEventListener('change', () => {
      if (input.checked) onChange(value);
    });
    group.append(el('label', { className: 'choice' }, input, el('span', {}, label)));
    return input;
  });
  return {
    set: (next) => {
      for (const input of inputs) input.checked = input.value === next;
    },
  };
}
