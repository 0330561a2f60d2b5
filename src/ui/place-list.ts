/**
 * The "Places" list beside the map: one button per place, named by its label.
 */
import { ALL_SIDES, type NamingMode } from '../core/article/naming';
import type { Party, PlaceFeature } from '../core/article/places';
import { placeEntries, placeListMarkup, type ListEntry } from '../core/views/place-list-markup';
import { DATA_LANG, tr } from './i18n';
import { refOf, renderMarkup } from './render-markup';

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
  renderEntryList(list, placeEntries(places, mode, parties, DATA_LANG), 0, onChoose);
}

export type { ListEntry };

/**
 * Fills `list` with a button per entry; `more` notes what is not listed (an opened file's
 * rest). The items are core/views/place-list-markup.ts's, as the built page has them.
 */
export function renderEntryList(
  list: HTMLUListElement,
  entries: readonly ListEntry[],
  more: number,
  onChoose: (id: string) => void,
): void {
  const rendered = renderMarkup(placeListMarkup(tr(), entries, more));
  entries.forEach((entry, i) =>
    refOf(rendered, `place-${i}`).addEventListener('click', () => onChoose(entry.id)),
  );
  list.replaceChildren(...rendered.nodes);
}

/** Marks the button of the open place (or none) as current. */
export function markCurrentPlace(list: HTMLUListElement, id: string | null): void {
  for (const button of list.querySelectorAll<HTMLButtonElement>('button[data-place]')) {
    if (button.dataset.place === id) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
}
