/**
 * The pure part of an article's `claims.geojson`: from the folder's copy of Natural
 * Earth's disputed boundary lines (sources/natural-earth-claim-lines.geojson, made by
 * `npm run import:natural-earth`) and the article's parties, one LineString or
 * MultiLineString Feature per line with its class per party (core/borders/claim-lines.ts).
 */
import type { FeatureCollection } from 'geojson';
import { drawForClass, type ClaimLineProperties } from '../src/core/borders/claim-lines';
import type { Party } from '../src/core/article/places';
import { roundGeometry } from '../src/core/export/round-geometry';

/** The file name, in an article's sources/, of its copy of the claim lines. */
export const CLAIM_LINES_FILE = 'natural-earth-claim-lines.geojson';

/** Builds the text of `claims.geojson`; two-space JSON with a final newline. */
export function buildClaimsFile(lines: FeatureCollection, parties: readonly Party[]): string {
  const features = lines.features.map((line) => {
    const p = line.properties ?? {};
    const fclass = (pov: string): string | null => {
      const value: unknown = p[`FCLASS_${pov}`];
      return typeof value === 'string' ? value : null;
    };
    const classes = Object.fromEntries(
      parties.flatMap((party) => (party.pov ? [[party.id, fclass(party.pov)]] : [])),
    ) as Record<string, string | null>;
    const properties: ClaimLineProperties = {
      name: String(p.NAME ?? p.FEATURECLA ?? 'Claim line'),
      featurecla: String(p.FEATURECLA ?? ''),
      classes,
      iso: fclass('ISO'),
      claimants: parties
        .filter((party) => party.id in classes && drawForClass(classes[party.id]) === 'boundary')
        .map((party) => party.id),
      source: `Natural Earth 1:10m admin_0_boundary_lines_disputed_areas (public domain), ne_id ${String(p.ne_id)}`,
    };
    if (line.geometry === null)
      throw new Error(`claim line ne_id ${String(p.ne_id)} has no geometry`);
    return {
      type: 'Feature' as const,
      id: `ne-${String(p.ne_id)}`,
      properties,
      geometry: roundGeometry(line.geometry, 6),
    };
  });
  return `${JSON.stringify({ type: 'FeatureCollection', features }, null, 2)}\n`;
}
