/**
 * The live map's scale bar: metric above imperial, from the same rounding as the image's
 * (core/geometry/scale-bar.ts), for the latitude at the middle of the view, redrawn
 * whenever the map moves. A Leaflet control in the bottom left.
 */
import L from 'leaflet';
import { scaleBar } from '../core/geometry/scale-bar';

/** Widest a bar may be, in px (the image's painter uses up to 120 too). */
const MAX_WIDTH = 120;

export interface LiveControl {
  setVisible: (on: boolean) => void;
  /** Rewrites its words (a change of interface language). */
  refresh?: () => void;
}

/**
 * Adds the scale bar (hidden until setVisible(true)); `describe` gives its accessible
 * name from the two lengths, in the interface's language.
 */
export function addScaleBar(
  map: L.Map,
  describe: (metric: string, imperial: string) => string,
): LiveControl {
  const control = new L.Control({ position: 'bottomleft' });
  const box = L.DomUtil.create('div', 'scale-bar');
  // Read by screen readers as one phrase ("Scale: 500 km, 200 mi").
  box.setAttribute('role', 'img');
  const rows = (['metric', 'imperial'] as const).map((unit) => {
    const row = L.DomUtil.create('div', `scale-bar-row scale-bar-${unit}`, box);
    const bar = L.DomUtil.create('span', 'scale-bar-line', row);
    const label = L.DomUtil.create('span', 'scale-bar-label', row);
    return { unit, bar, label };
  });
  const render = (): void => {
    const result = scaleBar(map.getCenter().lat, map.getZoom(), MAX_WIDTH);
    box.hidden = result === null;
    if (!result) return;
    for (const { unit, bar, label } of rows) {
      bar.style.width = `${result[unit].pixels.toFixed(1)}px`;
      label.textContent = result[unit].label;
    }
    box.setAttribute('aria-label', describe(result.metric.label, result.imperial.label));
  };
  control.onAdd = () => box;
  let shown = false;
  return {
    setVisible(on) {
      if (on === shown) return;
      shown = on;
      if (on) {
        control.addTo(map);
        map.on('move zoomend resize', render);
        render();
      } else {
        map.off('move zoomend resize', render);
        control.remove();
      }
    },
    refresh: () => {
      if (shown) render();
    },
  };
}
