/** Which properties of a feature a popup shows: the first few hundred, and how many more. */

export interface PickedProperties {
  rows: [string, unknown][];
  /** Properties not among `rows` (besides any left out by `skip`). */
  more: number;
}

/**
 * The first `max` properties of `properties` in their order, without the keys in `skip`, and
 * the count of the rest. Never copies more than `max` entries: a feature may have 150,000.
 */
export function pickProperties(
  properties: Record<string, unknown> | null,
  max = 300,
  skip: readonly string[] = [],
): PickedProperties {
  const rows: [string, unknown][] = [];
  if (!properties) return { rows, more: 0 };
  let total = 0;
  for (const key of Object.keys(properties)) {
    if (skip.includes(key)) continue;
    total += 1;
    if (rows.length < max) rows.push([key, properties[key]]);
  }
  return { rows, more: total - rows.length };
}
