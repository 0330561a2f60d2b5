/**
 * The "Places" list beside the map: one button per place, named by its label.
 */
import { ALL_SIDES, labelFor, type NamingMode } from '../core/article/naming';
import type { Party, PlaceFeature } from '../core/article/places';
import { el } from './dom';
import { DATA_LANG, tr } from './i18n';

export interface PlaceListOptions {
  /** Called with the place's id when its button is activated. */
  onChoose: (id: string) => void;
  /** Naming mode of the labels. Default: both. */
  mode?: NamingMode;
  /** The article's parties, for the labels (naming.ts's labelFor). */
  parties?: readonly Party[];
}

/** Fills `list` (a `<ul>` named "Places") with a button per place. */
export function renderPlaceList(
  list: HTMLUListElement,
  places: readonly PlaceFeature[],
  { onChoose, mode = ALL_SIDES, parties }: PlaceListOptions,
): void {
  const entries = places.map((place) => ({
    id: place.id,
    label: labelFor(place.properties, mode, parties),
    kind: place.properties.kind,
    lang: DATA_LANG,
  }));
  renderEntryList(list, entries, 0, onChoose);
}

/** One entry of a list: `kind` picks the swatch (a place's kind, or 'data' for an opened file). */
export interface ListEntry {
  id: string;
  label: string;
  kind: string;
  /** The label's language when known (the article's labels; an opened file's names are not). */
  lang?: string;
}

/** Fills `list` with a button per entry; `more` notes what is not listed (an opened file's rest). */
export function renderEntryList(
  list: HTMLUListElement,
  entries: readonly ListEntry[],
  more: number,
  onChoose: (id: string) => void,
): void {
  list.replaceChildren(
    ...entries.map((entry) => {
      const button = el(
        'button',
        { type: 'button', 'data-place': entry.id, className: `place place-${entry.kind}` },
        el('span', { className: 'swatch', 'aria-hidden': 'true' }),
        // Names in right-to-left scripts take their own direction, whatever the page's.
        el('span', { ...(entry.lang ? { lang: entry.lang } : {}), dir: 'auto' }, entry.label),
      );
      button.addEventListener('click', () => onChoose(entry.id));
      return el('li', {}, button);
    }),
  );
  if (more > 0)
    list.append(el('li', { className: 'more' }, tr().t('places.more', { count: more })));
}

/** Marks the button of the open place (or none) as current. */
export function markCurrentPlace(list: HTMLUListElement, id: string | null): void {
  for (const button of list.querySelectorAll<HTMLButtonElement>('button[data-place]')) {
    if (button.dataset.place === id) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
}
