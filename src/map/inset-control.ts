/**
 * The live map's inset locator: the story's region on world land with the current view
 * outlined, drawn from the image painter's own plan (core/render/paint-map.ts planInset),
 * so map and image agree; hidden while the view already shows the whole region. A Leaflet
 * control in the bottom right, above the credits; built from SVG nodes, not markup.
 */
import L from 'leaflet';
import type { FeatureCollection, Geometry } from 'geojson';
import { BASEMAP_STYLE } from '../core/render/map-style';
import { planInset } from '../core/render/plan-inset';
import type { LonLatBox } from '../core/render/web-mercator';
import type { LiveControl } from './scale-bar-control';

const SVG = 'http://www.w3.org/2000/svg';

function svgNode<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

export function addInset(
  map: L.Map,
  inset: { land: FeatureCollection<Geometry>; region: LonLatBox },
): LiveControl {
  const control = new L.Control({ position: 'bottomright' });
  const box = L.DomUtil.create('div', 'inset-map');
  box.setAttribute('aria-hidden', 'true');
  const svg = svgNode('svg', { class: 'inset-svg' });
  const sea = svgNode('rect', { x: 0, y: 0, fill: BASEMAP_STYLE.sea, class: 'inset-sea' });
  const land = svgNode('path', {
    fill: BASEMAP_STYLE.land,
    stroke: BASEMAP_STYLE.coast.color,
    'stroke-width': 0.5,
    class: 'inset-land',
  });
  const view = svgNode('rect', { fill: 'none', 'stroke-width': 1.5, class: 'inset-view' });
  svg.append(sea, land, view);
  box.append(svg);
  let lastLand = '';
  const render = (): void => {
    const bounds = map.getBounds();
    const size = map.getSize();
    const shown: LonLatBox = [
      bounds.getWest(),
      bounds.getSouth(),
      bounds.getEast(),
      bounds.getNorth(),
    ];
    const plan = planInset(inset, { width: size.x, height: size.y }, shown);
    box.hidden = plan === null;
    if (!plan) return;
    for (const node of [svg, sea]) {
      node.setAttribute('width', String(plan.width));
      node.setAttribute('height', String(plan.height));
    }
    // The land is the same for most moves: only a new path when it changed.
    if (plan.land !== lastLand) land.setAttribute('d', (lastLand = plan.land));
    for (const [name, value] of Object.entries(plan.view)) {
      view.setAttribute(name, value.toFixed(1));
    }
  };
  control.onAdd = () => box;
  let shown = false;
  return {
    setVisible(on) {
      if (on === shown) return;
      shown = on;
      if (on) {
        control.addTo(map);
        map.on('moveend zoomend resize', render);
        render();
      } else {
        map.off('moveend zoomend resize', render);
        control.remove();
      }
    },
  };
}
