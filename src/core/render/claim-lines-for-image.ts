/**
 * An article's claim lines as the painter draws them in a naming view: the same
 * classing as the live map (core/borders/claim-lines.ts, used by src/map/claims-layer.ts),
 * so the image shows the borders the reader sees. Pure.
 */
import type { NamingMode } from '../article/naming';
import type { Party } from '../article/places';
import { claimLineStyle } from '../borders/claim-lines';
import type { ClaimLine as ClaimLineFeature } from '../borders/read-claim-lines';
import type { ClaimLine } from './paint-map';

/** The lines the view `mode` draws (hidden ones left out), labelled where the map labels them. */
export function claimLinesForImage(
  lines: readonly ClaimLineFeature[],
  parties: readonly Party[],
  mode: NamingMode,
): ClaimLine[] {
  return lines.flatMap((line) => {
    const style = claimLineStyle(line.properties, mode, parties);
    if (style.draw === 'hidden') return [];
    return [
      {
        geometry: line.geometry,
        style: style.draw,
        ...(style.label !== undefined ? { label: style.label } : {}),
      },
    ];
  });
}
