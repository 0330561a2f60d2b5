/**
 * Naming modes and the label a place gets in each. Labels come from the data
 * (`name`, `label:ru`, `label:ja`), never from code, so the map stays neutral:
 * "both" shows the neutral name, each side's mode shows that side's usage.
 */
import type { PlaceProperties } from './places';

export type NamingMode = 'both' | 'ru' | 'ja';

export const NAMING_MODES: readonly NamingMode[] = ['both', 'ru', 'ja'];

/** The label of a place in a naming mode; falls back to the neutral `name`. */
export function labelFor(
  place: Pick<PlaceProperties, 'name' | 'label:ru' | 'label:ja'>,
  mode: NamingMode,
): string {
  switch (mode) {
    case 'both':
      return place.name;
    case 'ru':
      return place['label:ru'] ?? place.name;
    case 'ja':
      return place['label:ja'] ?? place.name;
  }
}
