/**
 * The "Names" radio group: all sides, then one choice per party of the article. Its
 * elements are core/views/naming-switch-markup.ts's, the same the site's build wrote
 * into the page, so drawing them again moves nothing.
 */
import type { NamingMode } from '../core/article/naming';
import type { Party } from '../core/article/places';
import { namingChoicesMarkup, namingLabel } from '../core/views/naming-switch-markup';
import { tr } from './i18n';
import { refOf, renderMarkup } from './render-markup';

export { namingLabel };

export interface NamingSwitch {
  /** Shows `mode` as chosen, without calling back. */
  set: (mode: NamingMode) => void;
  /** Rewrites the choices' words in the language in force. */
  retranslate: () => void;
}

/** Puts a choice per naming mode of `parties` in `group` (an element with role="radiogroup"). */
export function renderNamingSwitch(
  group: HTMLElement,
  mode: NamingMode,
  onChange: (mode: NamingMode) => void,
  parties: readonly Party[] = [],
): NamingSwitch {
  // The built page's choices, or another article's, are replaced (the group's legend stays).
  for (const old of group.querySelectorAll(':scope > label.choice')) old.remove();
  const markup = namingChoicesMarkup(tr(), parties, mode);
  const rendered = renderMarkup(markup);
  group.append(...rendered.nodes);
  const choices = markup.map((_, i) => {
    const input = refOf<HTMLInputElement>(rendered, `input-${i}`);
    input.addEventListener('change', () => {
      if (input.checked) onChange(input.value);
    });
    return { input, text: refOf(rendered, `text-${i}`) };
  });
  return {
    set: (next) => {
      for (const { input } of choices) input.checked = input.value === next;
    },
    retranslate: () => {
      for (const { input, text } of choices) {
        text.textContent = namingLabel(tr(), input.value, parties);
      }
    },
  };
}
