/**
 * Leaflet's own controls in the interface language: Leaflet writes "Zoom in", "Zoom out",
 * "Layers" and "Close popup" in English when it builds them; these are rewritten in place
 * (title and accessible name) whenever the language changes or a popup opens.
 */
import type L from 'leaflet';

export interface ControlWords {
  zoomIn: string;
  zoomOut: string;
  layers: string;
  closePopup: string;
}

function name(node: Element | null, text: string): void {
  if (!node) return;
  node.setAttribute('title', text);
  node.setAttribute('aria-label', text);
}

/** Renames the zoom buttons, the layer switch's toggle and any open popup's close button. */
export function translateControls(map: L.Map, words: ControlWords): void {
  const container = map.getContainer();
  name(container.querySelector('.leaflet-control-zoom-in'), words.zoomIn);
  name(container.querySelector('.leaflet-control-zoom-out'), words.zoomOut);
  name(container.querySelector('.leaflet-control-layers-toggle'), words.layers);
  for (const close of container.querySelectorAll('.leaflet-popup-close-button')) {
    name(close, words.closePopup);
  }
}
