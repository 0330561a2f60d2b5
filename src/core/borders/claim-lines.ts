/**
 * Claim lines (an article's `claims.geojson`, built from Natural Earth's disputed boundary
 * lines) and how to draw each in a naming view. Natural Earth classes every line once per
 * point of view (`FCLASS_XX`); the build keeps the class of each party's `pov` under the
 * party's id, so nothing here knows any party.
 *
 * - A party's view draws a line as that party classes it: an international boundary it
 *   recognises as `boundary`; a claim, dispute, line of control or indefinite line as
 *   `disputed` (dashed); a line it does not recognise, or calls internal, as `hidden`.
 *   A party without a Natural Earth point of view sees every claim line as `disputed`.
 * - All sides draws every line `disputed`, labelled by whose claim it is.
 *
 * Pure: no DOM, no Leaflet.
 */
import { ALL_SIDES, type NamingMode } from '../article/naming';
import type { Party } from '../article/places';

/** How to draw a line. */
export type ClaimDraw = 'boundary' | 'disputed' | 'hidden';

/** The properties of one feature of `claims.geojson`. */
export interface ClaimLineProperties {
  /** Natural Earth's NAME of the line (e.g. whose claim it is, in its words). */
  name: string;
  /** Natural Earth's FEATURECLA ("Claim boundary", "Line of control", …). */
  featurecla: string;
  /** Per party id with a `pov`: Natural Earth's `FCLASS_<pov>` (null: no specific treatment). */
  classes: Record<string, string | null>;
  /** Natural Earth's FCLASS_ISO, the default view. */
  iso: string | null;
  /** The parties whose class draws the line as an international boundary: whose claim it is. */
  claimants: string[];
  /** Where the line comes from (Natural Earth file, ne_id). */
  source: string;
}

export interface ClaimLineStyle {
  draw: ClaimDraw;
  /** In the all-sides view: whose claim the line is ("Border claimed by <party name>"). */
  label?: string;
}

/** What a Natural Earth FCLASS value means for drawing; null and unknown values are `disputed`. */
export function drawForClass(fclass: string | null | undefined): ClaimDraw {
  if (fclass === null || fclass === undefined) return 'disputed';
  if (/^International boundary/i.test(fclass)) return 'boundary';
  if (/^(Unrecognized|Admin-1)/i.test(fclass)) return 'hidden';
  return 'disputed';
}

/** "Border claimed by A and B" (party names); Natural Earth's own name when no party claims it. */
export function claimLineLabel(line: ClaimLineProperties, parties: readonly Party[]): string {
  const names = parties
    .filter((party) => line.claimants.includes(party.id))
    .map((party) => party.name);
  if (names.length === 0) return line.name;
  const joined =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `Border claimed by ${joined}`;
}

/** How to draw `line` in naming view `mode` (ALL_SIDES or a party id). */
export function claimLineStyle(
  line: ClaimLineProperties,
  mode: NamingMode,
  parties: readonly Party[],
): ClaimLineStyle {
  const party = parties.find((p) => p.id === mode);
  if (mode === ALL_SIDES || party === undefined) {
    return { draw: 'disputed', label: claimLineLabel(line, parties) };
  }
  if (!Object.hasOwn(line.classes, party.id)) return { draw: 'disputed' };
  return { draw: drawForClass(line.classes[party.id]) };
}

/** The line the map shows to say whose view of the borders it draws, and from where. */
export function bordersCaption(mode: NamingMode, parties: readonly Party[]): string {
  const party = parties.find((p) => p.id === mode);
  if (mode === ALL_SIDES || party === undefined) {
    return 'Borders: every side’s claim, dashed and labelled (Natural Earth disputed boundaries).';
  }
  if (party.pov === undefined) {
    return `Borders: ${party.name} has no Natural Earth point of view; claims are dashed.`;
  }
  return `Borders as ${party.name} draws them (Natural Earth point of view ${party.pov}).`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `value` has the shape of ClaimLineProperties (for reading a claims file). */
export function isClaimLineProperties(value: unknown): value is ClaimLineProperties {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    typeof value.featurecla === 'string' &&
    isRecord(value.classes) &&
    Object.values(value.classes).every((c) => c === null || typeof c === 'string') &&
    (value.iso === null || typeof value.iso === 'string') &&
    Array.isArray(value.claimants) &&
    value.claimants.every((c) => typeof c === 'string') &&
    typeof value.source === 'string'
  );
}
