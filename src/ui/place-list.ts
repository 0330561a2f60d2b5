/**
 * The "Places" list beside the map: one button per place, named by its label.
 */
import { labelFor, type NamingMode } from '../core/naming';
import type { PlaceFeature } from '../core/places';
import { el } from './dom';

export interface PlaceListOptions {
  /** Called with the place's id when its button is activated. */
  onChoose: (id: string) => void;
  /** Naming mode of the labels. Default: both. */
  mode?: NamingMode;
}

/** Fills `list` (a `<ul>` named "Places") with a button per place. */
export function renderPlaceList(
  list: HTMLUListElement,
  places: readonly PlaceFeature[],
  { onChoose, mode = 'both' }: PlaceListOptions,
): void {
  list.replaceChildren(
    ...places.map((place) => {
      const button = el(
        'button',
        {
          type: 'button',
          'data-place': place.id,
          className: `place place-${place.properties.kind}`,
        },
        el('span', { className: 'swatch', 'aria-hidden': 'true' }),
        labelFor(place.properties, mode),
      );
      button.addEventListener('click', () => onChoose(place.id));
      return el('li', {}, button);
    }),
  );
}

/** Marks the button of the open place (or none) as current. */
export function markCurrentPlace(list: HTMLUListElement, id: string | null): void {
  for (const button of list.querySelectorAll<HTMLButtonElement>('button[data-place]')) {
    if (button.dataset.place === id) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
}
