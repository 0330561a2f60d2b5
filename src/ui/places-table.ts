/**
 * The "Places table": the text alternative to the map. One row per place with its name
 * in the naming view in force, its kind, each party's own name for it, whether it is
 * disputed (who administers, who claims), the first passage about it, and a button that
 * shows it on the map. Reached from the skip link at the top of the page; printed.
 */
import type { NamingMode } from '../core/article/naming';
import type { Party, PlaceFeature } from '../core/article/places';
import type { Translator } from '../core/i18n/create-translator';
import { placesTableMarkup } from '../core/views/places-table-markup';
import { DATA_LANG } from './i18n';
import { refOf, renderMarkup } from './render-markup';

export interface PlacesTableOptions {
  mode: NamingMode;
  parties: readonly Party[];
  /** Shows the place on the map (opens it). */
  onShow: (id: string) => void;
}

/**
 * Fills `section` (below its heading) with the table, in `t`'s language: the elements of
 * core/views/places-table-markup.ts, the same the build wrote into the page.
 */
export function renderPlacesTable(
  section: HTMLElement,
  places: readonly PlaceFeature[],
  t: Translator,
  { mode, parties, onShow }: PlacesTableOptions,
): void {
  const heading = section.querySelector('h2');
  const rendered = renderMarkup(
    placesTableMarkup(t, places, { mode, parties, dataLang: DATA_LANG }),
  );
  places.forEach((place, i) =>
    refOf(rendered, `show-${i}`).addEventListener('click', () => onShow(place.id)),
  );
  section.replaceChildren(...(heading ? [heading] : []), ...rendered.nodes);
}

/**
 * The skip link to the table. The page's hash is the app's address, so following
 * `#places-table` would be read as a link to another map: the link moves the focus instead.
 */
export function bindSkipLink(link: HTMLAnchorElement, section: HTMLElement): void {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const heading = section.querySelector<HTMLElement>('h2') ?? section;
    heading.scrollIntoView({ block: 'start' });
    heading.focus();
  });
}
