/**
 * The live map's marks and labels from the painter's own plan (core/render/plan-places.ts,
 * which the image draws too): cities that overlap at this zoom spread on a small circle,
 * each with a line back to where it really is; labels beside what they name, or moved
 * within a set distance with a leader line; a label with no room hidden. Controls in the
 * map's corners (zoom, layers, scale bar, inset) are obstacles, as the legend and the
 * scale bar are in the image. Labels are measured as drawn (they may wrap on a phone).
 */
import L from 'leaflet';
import type { PlaceFeature } from '../core/article/places';
import { isDisputed } from '../core/article/places';
import type { Rect } from '../core/geometry/place-labels';
import { planPlaces, type PlannedPlace } from '../core/render/plan-places';
import { estimateTextWidth } from '../core/render/text-width';

/** One drawn place, as places-layer.ts keeps it. */
export interface LiveEntry {
  place: PlaceFeature;
  layer: L.Path;
  tip: L.Tooltip;
  /** The label point (a city's position). */
  at: L.LatLng;
}

/** The map's corner controls, in container px. */
function controlRects(map: L.Map): Rect[] {
  const frame = map.getContainer().getBoundingClientRect();
  return [...map.getContainer().querySelectorAll<HTMLElement>('.leaflet-control')]
    .filter((node) => !node.hidden && node.offsetWidth > 0)
    .map((node) => {
      const box = node.getBoundingClientRect();
      return {
        x: box.left - frame.left,
        y: box.top - frame.top,
        width: box.width,
        height: box.height,
      };
    });
}

/** Lays the places out for the view the map shows now; call on every move. */
export function createLiveLayout(map: L.Map): (entries: readonly LiveEntry[]) => void {
  const lines = L.layerGroup().addTo(map);
  const point = (x: number, y: number): L.LatLng => map.containerPointToLatLng([x, y]);
  // Tooltips whose offset changed: moved after every label's class is set, so the page is
  // laid out once for all of them (Leaflet reads each tooltip's size as it moves it).
  const moved: L.Tooltip[] = [];
  // Each label's size when last moved: a label that wrapped anew must be centred again.
  const sizes = new WeakMap<L.Tooltip, string>();
  const measured = new Map<string, string>();
  const draw = (planned: PlannedPlace, entry: LiveEntry): void => {
    // A spread city is drawn where the plan puts it, with a line back to its true place.
    if (entry.layer instanceof L.CircleMarker) {
      entry.layer.setLatLng(planned.moved ? point(planned.x, planned.y) : entry.at);
      if (planned.moved) {
        L.polyline([point(planned.trueX, planned.trueY), point(planned.x, planned.y)], {
          className: 'spread-line',
          interactive: false,
          weight: 1,
        }).addTo(lines);
      }
    }
    const node = entry.tip.getElement();
    const label = planned.label;
    node?.classList.toggle('is-hidden', label === null);
    if (!label) return;
    // The tooltip sits at the true anchor: the offset takes it to the planned box. Leaflet
    // keeps it at its anchor through moves and zooms; only a new offset needs a move.
    const offset: [number, number] = [
      label.offset[0] + planned.x - planned.trueX,
      label.offset[1] + planned.y - planned.trueY,
    ];
    const [x, y] = entry.tip.options.offset as [number, number];
    const size = measured.get(entry.place.id) ?? '';
    if (x !== offset[0] || y !== offset[1] || sizes.get(entry.tip) !== size) {
      entry.tip.options.offset = offset;
      sizes.set(entry.tip, size);
      moved.push(entry.tip);
    }
    if (label.leader) {
      const leader = L.polyline([point(planned.x, planned.y), point(...label.leaderEnd)], {
        className: 'label-leader',
        interactive: false,
        weight: 1,
      }).addTo(lines);
      // Which label the line belongs to (the tests, and a stylesheet, can tell).
      leader.getElement()?.setAttribute('data-place', entry.place.id);
    }
  };
  return (entries) => {
    lines.clearLayers();
    const byId = new Map(entries.map((e) => [e.place.id, e]));
    const size = map.getSize();
    const plan = planPlaces(
      entries.map(({ place, tip }) => ({
        id: place.id,
        kind: place.properties.kind,
        geometry: place.geometry,
        label: tip.getElement()?.textContent ?? '',
        disputed: isDisputed(place.properties),
      })),
      {
        bounds: { x: 0, y: 0, width: size.x, height: size.y },
        measureText: estimateTextWidth,
        project: (lon, lat) => {
          const p = map.latLngToContainerPoint([lat, lon]);
          return [p.x, p.y];
        },
        labelSize: (place) => {
          const node = byId.get(place.id)?.tip.getElement();
          if (!node) return undefined;
          const size = { width: node.offsetWidth, height: node.offsetHeight };
          measured.set(place.id, `${size.width}x${size.height}`);
          return size;
        },
        obstacles: controlRects(map),
      },
    );
    for (const planned of plan.places) {
      const entry = byId.get(planned.place.id);
      if (entry) draw(planned, entry);
    }
    // Cities too many to spread keep their places; their labels wait for a closer zoom.
    for (const id of plan.groups.flatMap((g) => g.ids)) {
      byId.get(id)?.tip.getElement()?.classList.add('is-hidden');
    }
    for (const tip of moved.splice(0)) tip.update();
  };
}
