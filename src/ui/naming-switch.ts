/**
 * The "Names" radio group: Both, Russian usage, Japanese usage. Native radio
 * inputs, so arrow keys move the choice as screen-reader users expect.
 */
import { NAMING_MODES, type NamingMode } from '../core/article/naming';
import { el } from './dom';

const WORDS: Record<NamingMode, string> = {
  both: 'Both',
  ru: 'Russian usage',
  ja: 'Japanese usage',
};

export interface NamingSwitch {
  /** Shows `mode` as chosen, without calling back. */
  set: (mode: NamingMode) => void;
}

/** Adds the three choices to `group` (an element with role="radiogroup"). */
export function renderNamingSwitch(
  group: HTMLElement,
  mode: NamingMode,
  onChange: (mode: NamingMode) => void,
): NamingSwitch {
  const inputs = NAMING_MODES.map((value) => {
    const input = el('input', { type: 'radio', name: 'names', value });
    input.checked = value === mode;
    input.addEventListener('change', () => {
      if (input.checked) onChange(value);
    });
    group.append(el('label', { className: 'choice' }, input, el('span', {}, WORDS[value])));
    return input;
  });
  return {
    set: (next) => {
      for (const input of inputs) input.checked = input.value === next;
    },
  };
}
