/**
 * Draws the places: cities as markers, islands as outlines, a disputed group
 * as a hatched, dashed area; a label per place; popups built by the caller.
 * Draw order puts groups under islands under cities so the smaller target wins.
 */
import L from 'leaflet';
import { labelPoint } from '../core/geometry/label-point';
import {
  CITY_RADIUS,
  CITY_ZOOM,
  DRAW_ORDER,
  PLACE_STYLES as STYLES,
  placeStyle,
} from '../core/render/map-style';
import { isDisputed, type PlaceFeature } from '../core/article/places';
import { boundsFrame, type Frame } from './camera';
import { createLiveLayout } from './live-layout';

export interface PlacesLayerOptions {
  /** The label text of a place (follows the naming mode). */
  label: (place: PlaceFeature) => string;
  /** The popup content of a place, built fresh on every opening. */
  popup: (place: PlaceFeature) => HTMLElement;
  /** Called when a place's popup opens (with its id and content) or closes (null, and the closed id). */
  onOpenChange?: (id: string | null, content?: HTMLElement, closed?: string) => void;
  /** Called when a shape is clicked or activated from the keyboard (Enter or Space). */
  onActivate?: (id: string, shape: HTMLElement | null) => void;
}

export interface PlacesLayer {
  /** Bounds of every place, for the initial view. */
  bounds: L.LatLngBounds;
  /** Where the map goes to show a place; null for an unknown id. */
  frameOf: (id: string) => Frame | null;
  /** Opens a place's popup where the map is now, fitted above it; false for an unknown id. */
  showPopup: (id: string) => boolean;
  /** Shows or hides every place and label (hidden while another file is open). */
  setVisible: (visible: boolean) => void;
  /** Takes the places off the map for good (another article takes the page). */
  remove: () => void;
  /** Closes the open popup. */
  close: () => void;
  /** Re-reads every label (after a naming change). */
  relabel: () => void;
  /** Re-places the labels (after the view changed other than by zooming). */
  layoutLabels: () => void;
}

interface Entry {
  place: PlaceFeature;
  layer: L.Path;
  tip: L.Tooltip;
  at: L.LatLng;
}

/** A popup as big as fits the map (a phone's map is small), scrolling inside when it must. */
const POPUP_TIP = 28;
const POPUP_FRAME = 32;
const POPUP_MARGIN = 24;
const MIN_POPUP_HEIGHT = 140;

function popupSize(map: L.Map): Pick<L.PopupOptions, 'maxWidth' | 'minWidth' | 'maxHeight'> {
  const { x, y } = map.getSize();
  return {
    maxWidth: Math.min(360, x - 60),
    minWidth: Math.min(240, x - 60),
    maxHeight: Math.min(460, Math.max(140, y - 90)),
  };
}

/** Adds the places to `map` and returns a handle to open and relabel them. */
export function addPlaces(
  map: L.Map,
  places: readonly PlaceFeature[],
  options: PlacesLayerOptions,
): PlacesLayer {
  const { label } = options;
  const byId = new Map<string, Entry>();
  const bounds = L.latLngBounds([]);
  const sorted = [...places].sort(
    (a, b) => DRAW_ORDER[a.properties.kind] - DRAW_ORDER[b.properties.kind],
  );
  for (const place of sorted) {
    const drawn = drawPlace(map, place, options);
    if (!drawn) continue;
    bounds.extend(drawn.bounds);
    byId.set(place.id, drawn.entry);
  }

  // Marks and labels from the painter's plan (live-layout.ts): spread cities, leader lines.
  const layout = createLiveLayout(map);
  let visible = true;
  const layoutLabels = (): void => layout(visible ? [...byId.values()] : []);
  map.on('zoomend moveend resize', layoutLabels);
  const resizePopups = (): void => {
    for (const { layer } of byId.values()) {
      const bound = layer.getPopup();
      if (bound) Object.assign(bound.options, popupSize(map));
    }
  };
  map.on('resize', resizePopups);
  layoutLabels();

  /** Where the map goes for a place: a city at CITY_ZOOM, an area fitted with some room. */
  function frameOf(id: string): Frame | null {
    const entry = byId.get(id);
    if (!entry) return null;
    if (entry.place.properties.kind === 'city') return { center: entry.at, zoom: CITY_ZOOM };
    return boundsFrame(map, (entry.layer as L.Polygon).getBounds(), 40, 8);
  }

  function relabel(): void {
    for (const { place, tip, layer } of byId.values()) {
      const content = tip.getContent();
      if (content instanceof HTMLElement) content.textContent = label(place);
      tip.update();
      layer.getElement()?.setAttribute('aria-label', label(place));
      // An open popup rebuilds its content (its heading follows the naming mode).
      if (layer.isPopupOpen()) layer.getPopup()?.update();
    }
    layoutLabels();
  }

  function close(): void {
    map.closePopup();
  }

  function setVisible(show: boolean): void {
    visible = show;
    close();
    for (const { layer, tip } of byId.values()) {
      if (visible) {
        layer.addTo(map);
        tip.addTo(map);
      } else {
        layer.remove();
        tip.remove();
      }
    }
    // Hidden places leave no spread or leader lines behind.
    layoutLabels();
  }

  const showPopup = (id: string): boolean => {
    const entry = byId.get(id);
    return entry ? openPopupAbove(map, entry) : false;
  };
  function remove(): void {
    setVisible(false);
    map.off('zoomend moveend resize', layoutLabels);
    map.off('resize', resizePopups);
    byId.clear();
  }
  return { bounds, frameOf, showPopup, close, relabel, layoutLabels, setVisible, remove };
}

/** One place's shape (with its popup, click and keyboard) and label; null if it has no shape. */
function drawPlace(
  map: L.Map,
  place: PlaceFeature,
  { label, popup, onOpenChange, onActivate }: PlacesLayerOptions,
): { entry: Entry; bounds: L.LatLng | L.LatLngBounds } | null {
  const kind = place.properties.kind;
  const group = L.geoJSON(place, {
    style: () => placeStyle(kind, isDisputed(place.properties), place.geometry.type === 'Point'),
    pointToLayer: (_feature, latlng) =>
      L.circleMarker(latlng, { ...STYLES.city, radius: CITY_RADIUS }),
  });
  const layer = group.getLayers()[0] as L.Path | undefined;
  const anchor = labelPoint(place.geometry);
  if (!layer || !anchor) return null;
  const at = L.latLng(anchor[1], anchor[0]);
  layer.bindPopup(() => popup(place), {
    ...popupSize(map),
    autoPanPadding: [24, 24],
    className: 'place-popup',
  });
  layer.on('popupopen', (event) => {
    const content = (event as L.PopupEvent).popup.getElement();
    onOpenChange?.(place.id, content?.querySelector<HTMLElement>('article.popup') ?? undefined);
  });
  layer.on('popupclose', () => onOpenChange?.(null, undefined, place.id));
  // A click asks the app to open the place, which then opens the popup (one route for all).
  layer.off(
    'click',
    (layer as unknown as { _openPopup: L.LeafletEventHandlerFn })._openPopup,
    layer,
  );
  layer.on('click', () =>
    onActivate?.(place.id, (layer.getElement() as HTMLElement | undefined) ?? null),
  );
  layer.addTo(map);
  const shape = layer.getElement() as HTMLElement | undefined;
  if (shape) {
    makeShapeAButton(map, shape, place, label(place), (id) => onActivate?.(id, shape));
  }
  const text = document.createElement('span');
  text.textContent = label(place);
  const tip = L.tooltip({
    permanent: true,
    interactive: false,
    // Always centred on anchor + offset: layoutLabels() computes the offset.
    direction: 'center',
    className: `place-label place-label-${kind}`,
  })
    .setLatLng(at)
    .setContent(text)
    .addTo(map);
  return {
    entry: { place, layer, tip, at },
    bounds: kind === 'city' ? at : group.getBounds(),
  };
}

/** SVG shapes are invisible to screen readers and the keyboard unless told. */
function makeShapeAButton(
  map: L.Map,
  shape: HTMLElement,
  place: PlaceFeature,
  name: string,
  activate: (id: string) => void,
): void {
  shape.setAttribute('role', 'button');
  shape.setAttribute('tabindex', '0');
  shape.setAttribute('aria-label', name);
  shape.dataset.place = place.id;
  shape.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    // The focus may have scrolled the map's container (create-map.ts undoes it, but only
    // on its scroll event, a frame later): undo it now, before the popup is measured.
    const container = map.getContainer();
    container.scrollTop = 0;
    container.scrollLeft = 0;
    activate(place.id);
  });
}

/**
 * Opens a place's popup where the map is. A popup grows up from its place, so it gets at
 * most the room above the place (it scrolls inside past that): then it fits without moving
 * the map, and a link's or Back's exact view stays exact. Only when there is too little
 * room, or it would stick out sideways, does it pan the map, at once.
 */
function openPopupAbove(map: L.Map, entry: Entry): boolean {
  if (entry.layer.isPopupOpen()) return true;
  const bound = entry.layer.getPopup();
  if (bound) {
    const size = popupSize(map);
    const at = map.latLngToContainerPoint(entry.at);
    // Room above the anchor, less the tip, the popup's frame and a margin.
    const room = Math.floor(at.y - POPUP_TIP - POPUP_FRAME - POPUP_MARGIN);
    const maxHeight = Math.min(size.maxHeight ?? 460, room);
    Object.assign(bound.options, size, {
      maxHeight: Math.max(MIN_POPUP_HEIGHT, maxHeight),
      autoPan: false,
    });
  }
  entry.layer.openPopup(entry.at);
  // Measured, then panned at once: Leaflet's own autoPan animates, and a click during
  // that animation would leave the map between two places.
  if (bound) keepInside(map, bound);
  return true;
}

/**
 * The room above was an estimate (the popup's frame, tip and fonts add to the content):
 * measure, and pan just enough to bring every edge inside the map, 8 px in.
 */
function keepInside(map: L.Map, popup: L.Popup): void {
  const node = popup.getElement();
  if (!node) return;
  const box = node.getBoundingClientRect();
  const frame = map.getContainer().getBoundingClientRect();
  const pad = 8;
  const dx =
    box.left < frame.left + pad
      ? box.left - frame.left - pad
      : box.right > frame.right - pad
        ? box.right - frame.right + pad
        : 0;
  const dy =
    box.top < frame.top + pad
      ? box.top - frame.top - pad
      : box.bottom > frame.bottom - pad
        ? Math.min(box.bottom - frame.bottom + pad, box.top - frame.top - pad)
        : 0;
  if (dx !== 0 || dy !== 0) map.panBy([dx, dy], { animate: false });
}
