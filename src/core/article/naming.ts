/**
 * Naming modes and the label a place gets in each. The modes come from the article's
 * parties: all sides (ALL_SIDES, the address's `names=both`), plus one per party, whose
 * mode is its id (`names=<party id>`). Labels come from the data (`name`, `label:<id>`),
 * never from code, so the map stays neutral.
 */
import { allSidesLabel } from './name-order';
import type { Party, PlaceProperties } from './places';

/** ALL_SIDES or a party id. */
export type NamingMode = string;

/** The mode that shows every side's name; the default, written `names=both` as before. */
export const ALL_SIDES: NamingMode = 'both';

/** Other words an address may use for all sides. */
const ALL_SIDES_ALIASES: readonly string[] = ['both', 'all'];

/** One choice of the "Names" switch: its mode (the address value) and its words. */
export interface NamingChoice {
  mode: NamingMode;
  label: string;
}

/** The modes of an article: all sides, then one per party in the order of `parties`. */
export function namingModes(parties: readonly Party[]): NamingMode[] {
  return [ALL_SIDES, ...parties.map((party) => party.id)];
}

/**
 * The naming switch's choices: "Both" when there are exactly two parties, "All sides"
 * otherwise; then each party's `usage` words, or "<name> usage".
 */
export function namingChoices(parties: readonly Party[]): NamingChoice[] {
  return [
    { mode: ALL_SIDES, label: parties.length === 2 ? 'Both' : 'All sides' },
    ...parties.map((party) => ({ mode: party.id, label: party.usage ?? `${party.name} usage` })),
  ];
}

/**
 * The mode an address value names for these parties, or undefined: `both` and `all`
 * are all sides, a party id is that party's mode (so an old `names=<id>` link keeps
 * meaning what it meant, as long as the article keeps its party ids).
 */
export function parseNamingMode(value: string, parties: readonly Party[]): NamingMode | undefined {
  if (ALL_SIDES_ALIASES.includes(value)) return ALL_SIDES;
  return parties.some((party) => party.id === value) ? value : undefined;
}

/**
 * The label of a place in a naming mode: all sides gives every party's label in name
 * order (name-order.ts), or the neutral `name`; a party's mode gives its `label:<id>`,
 * falling back to `name`. With `parties`, a mode that names none of them is treated as
 * all sides. Without `parties` (a caller that has not been given them), all sides is
 * the neutral `name` and any other mode is read as a party id.
 */
export function labelFor(
  place: Pick<PlaceProperties, 'name'> & Partial<PlaceProperties>,
  mode: NamingMode,
  parties?: readonly Party[],
): string {
  if (parties === undefined) {
    return mode === ALL_SIDES ? place.name : (place[`label:${mode}`] ?? place.name);
  }
  const party = mode === ALL_SIDES ? undefined : parties.find((p) => p.id === mode);
  if (party === undefined) return allSidesLabel(place, parties);
  return place[`label:${party.id}`] ?? place.name;
}
