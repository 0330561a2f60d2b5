/**
 * Draws an article's claim lines (core/borders) in a naming view: a boundary the chosen
 * party recognises as a solid border line, a claim it disputes dashed, one it does not
 * recognise not at all; in the all-sides view every claim dashed, with a tooltip saying
 * whose claim it is. Not wired into main.ts yet: the shell adds it and calls `setView`
 * when the naming changes, and shows `bordersCaption` (core) beside the map.
 */
import L from 'leaflet';
import type { NamingMode } from '../core/article/naming';
import type { Party } from '../core/article/places';
import { claimLineStyle, type ClaimDraw } from '../core/borders/claim-lines';
import type { ClaimLine } from '../core/borders/read-claim-lines';

export interface ClaimsLayer {
  /** Redraws every line as the view `mode` draws it. */
  setView: (mode: NamingMode) => void;
  remove: () => void;
}

const STYLES: Record<Exclude<ClaimDraw, 'hidden'>, L.PathOptions> = {
  boundary: { className: 'claim-line claim-boundary', color: '#444444', weight: 1.5 },
  disputed: {
    className: 'claim-line claim-disputed',
    color: '#6b3fa0',
    weight: 1.5,
    dashArray: '4 4',
  },
};

/** Adds the claim lines to `map`, drawn for the view `mode`. */
export function addClaimLines(
  map: L.Map,
  lines: readonly ClaimLine[],
  parties: readonly Party[],
  mode: NamingMode,
): ClaimsLayer {
  const group = L.layerGroup().addTo(map);
  const setView = (next: NamingMode): void => {
    group.clearLayers();
    for (const line of lines) {
      const style = claimLineStyle(line.properties, next, parties);
      if (style.draw === 'hidden') continue;
      const layer = L.geoJSON(line, { style: () => STYLES[style.draw as 'boundary' | 'disputed'] });
      if (style.label) {
        // Text, not markup: the label comes from data.
        const tip = document.createElement('span');
        tip.textContent = style.label;
        layer.bindTooltip(tip, { sticky: true });
      }
      group.addLayer(layer);
    }
  };
  setView(mode);
  return { setView, remove: () => group.remove() };
}
