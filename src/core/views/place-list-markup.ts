/**
 * The "Places" list's items as markup: one button per place, named by its label, with
 * its kind's swatch; an opened file's list says how many more it has.
 */
import { labelFor, type NamingMode } from '../article/naming';
import type { Party, PlaceFeature } from '../article/places';
import type { Translator } from '../i18n/create-translator';
import { h, withRef, type MarkupElement } from '../markup/markup';

/** One entry of a list: `kind` picks the swatch (a place's kind, or 'data' for an opened file). */
export interface ListEntry {
  id: string;
  label: string;
  kind: string;
  /** The label's language when known (the article's labels; an opened file's names are not). */
  lang?: string;
}

/** The article's places as entries, labelled in naming `mode`; their labels are in `lang`. */
export function placeEntries(
  places: readonly PlaceFeature[],
  mode: NamingMode,
  parties: readonly Party[] | undefined,
  lang: string,
): ListEntry[] {
  return places.map((place) => ({
    id: place.id,
    label: labelFor(place.properties, mode, parties),
    kind: place.properties.kind,
    lang,
  }));
}

/** An `<li>` per entry, the button's ref `place-<i>`; then "and N more" when `more` > 0. */
export function placeListMarkup(
  t: Translator,
  entries: readonly ListEntry[],
  more = 0,
): MarkupElement[] {
  const items = entries.map((entry, i) =>
    h(
      'li',
      {},
      withRef(
        `place-${i}`,
        h(
          'button',
          { type: 'button', 'data-place': entry.id, class: `place place-${entry.kind}` },
          h('span', { class: 'swatch', 'aria-hidden': 'true' }),
          // Names in right-to-left scripts take their own direction, whatever the page's.
          h('span', { lang: entry.lang, dir: 'auto' }, entry.label),
        ),
      ),
    ),
  );
  if (more > 0) items.push(h('li', { class: 'more' }, t.t('places.more', { count: more })));
  return items;
}
