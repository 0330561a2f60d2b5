/**
 * Draws an opened file: its lines and polygons as canvas tiles the worker cuts (the page
 * never holds the whole file), its points as clusters the worker computes for the view,
 * each point or shape with a generic popup built by the caller. A click on a shape asks
 * the worker which feature is there.
 */
import { tr } from '../ui/i18n';
import L from 'leaflet';
import type { BBox, Feature, Point } from 'geojson';
import { changeByKey, clusterKey } from '../core/tiles/keep-by-key';
import { defaultShapeTileOptions } from '../core/tiles/shape-tile-options';
import type { FoundFeature } from '../workers/open-worker';
import { shapeTileLayer, type ShapeTileLayerOptions } from './shape-tile-layer';

export interface DataLayerOptions {
  /** Lines, polygons and multipoints in the file: with none, no tile is asked for. */
  shapeCount: number;
  /** A tile of them painted by the worker (or packed, for the page to paint). */
  paintedTile: ShapeTileLayerOptions['paintedTile'];
  /** The topmost of them under [lon, lat] at map zoom `zoom`, from the worker. */
  featureAt: (lon: number, lat: number, zoom: number) => Promise<FoundFeature | null>;
  /** Clusters and points in view, from the worker. */
  clusters: (bbox: BBox, zoom: number) => Promise<Feature[]>;
  expansionZoom: (clusterId: number) => Promise<number>;
  /** Popup content for a feature (shape or single point). */
  popup: (feature: Feature) => HTMLElement;
  /** Called once, when the first view's points and shape tiles are drawn. */
  onDrawn: () => void;
}

export interface DataLayer {
  remove: () => void;
  /** Opens a popup with `content` at [lon, lat], flying there first. */
  openAt: (center: [number, number], content: HTMLElement) => void;
}

/** A cluster's count, as a marker: a node with textContent, never markup. */
function clusterIcon(count: number): L.DivIcon {
  const node = document.createElement('span');
  node.textContent = count >= 1000 ? `${Math.round(count / 100) / 10}k` : String(count);
  const size = count < 100 ? 30 : count < 1000 ? 38 : 46;
  return L.divIcon({ html: node, className: 'cluster', iconSize: [size, size] });
}

/**
 * The shapes' tiles, and a click on the map asking the worker for the shape there; null
 * when the file has none. `onDrawn` is called when the first tiles in view are drawn.
 */
function addShapes(map: L.Map, options: DataLayerOptions, onDrawn: () => void) {
  if (options.shapeCount === 0) {
    onDrawn();
    return null;
  }
  const tiles = shapeTileLayer({
    paintedTile: options.paintedTile,
    extent: defaultShapeTileOptions.extent,
    maxNativeZoom: defaultShapeTileOptions.maxZoom,
  });
  tiles.once('load', onDrawn);
  tiles.addTo(map);
  let asked = 0;
  const onClick = async (event: L.LeafletMouseEvent): Promise<void> => {
    const mine = ++asked;
    const { lat, lng } = event.latlng;
    const found = await options.featureAt(lng, lat, map.getZoom());
    // A later click, or the layer's removal, wins over an answer still on its way.
    if (!found || mine !== asked || !map.hasLayer(tiles)) return;
    // The popup needs its label and properties; the geometry stays in the worker.
    const feature: Feature = {
      type: 'Feature',
      ...(found.id === undefined ? {} : { id: found.id }),
      properties: found.properties,
      geometry: { type: 'GeometryCollection', geometries: [] },
    };
    L.popup({ maxWidth: 360 })
      .setLatLng(event.latlng)
      .setContent(options.popup(feature))
      .openOn(map);
  };
  map.on('click', onClick);
  const pointer = followPointer(map, (at) => options.featureAt(at.lng, at.lat, map.getZoom()));
  return {
    remove() {
      asked += 1;
      map.off('click', onClick);
      pointer.stop();
      map.removeLayer(tiles);
    },
  };
}

/**
 * The pointer cursor over a shape a click would open, as over a marker. The shapes are
 * pixels on canvas tiles, so only the worker knows what is under the mouse: at most one
 * question a frame and one at a time, the latest position asked next, so a fast mouse never
 * queues questions.
 */
function followPointer(
  map: L.Map,
  ask: (at: L.LatLng) => Promise<FoundFeature | null>,
): { stop: () => void } {
  const container = map.getContainer();
  let latest: L.LatLng | null = null;
  let busy = false;
  // Counts the pointer's moves and leavings: an answer counts only if nothing came after it.
  let moves = 0;
  let stopped = false;
  let dragging = false;
  const show = (over: boolean): void => {
    container.classList.toggle('over-shape', over);
  };
  const askLatest = async (): Promise<void> => {
    busy = true;
    while (latest !== null && !stopped) {
      const at = latest;
      const asked = moves;
      latest = null;
      const found = await ask(at);
      if (asked === moves && !stopped) show(found !== null);
    }
    busy = false;
  };
  // The pointer's last position this frame: the worker is asked at most once a frame, and
  // the position is turned into a place (which reads the layout) only then.
  let pending: PointerEvent | null = null;
  let frame = 0;
  const onFrame = (): void => {
    frame = 0;
    const event = pending;
    pending = null;
    if (!event || stopped || dragging) return;
    latest = map.mouseEventToLatLng(event);
    if (!busy) void askLatest();
  };
  const onMove = (event: PointerEvent): void => {
    // While the map is dragged, Leaflet's grabbing cursor says what is happening.
    if (event.pointerType !== 'mouse' || dragging) return;
    // Over a control or a popup, a click is theirs, not the shape's beneath.
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('.leaflet-control-container, .leaflet-popup')) {
      onLeave();
      return;
    }
    moves += 1;
    pending = event;
    if (frame === 0) frame = requestAnimationFrame(onFrame);
  };
  const onLeave = (): void => {
    moves += 1;
    latest = null;
    pending = null;
    show(false);
  };
  const onDragStart = (): void => {
    dragging = true;
    onLeave();
  };
  const onDragEnd = (): void => {
    dragging = false;
  };
  // The container's own pointer events, not Leaflet's: over the points' canvas Leaflet passes
  // on one mousemove per 32 ms, so the pointer's last position could go unasked.
  container.addEventListener('pointermove', onMove);
  container.addEventListener('pointerleave', onLeave);
  map.on('dragstart', onDragStart);
  map.on('dragend', onDragEnd);
  return {
    stop() {
      stopped = true;
      cancelAnimationFrame(frame);
      container.removeEventListener('pointermove', onMove);
      container.removeEventListener('pointerleave', onLeave);
      map.off('dragstart', onDragStart);
      map.off('dragend', onDragEnd);
      show(false);
    },
  };
}

/** A cluster's marker (a click zooms in to its points) or a point's dot with its popup. */
function pointMarker(
  map: L.Map,
  options: DataLayerOptions,
  renderer: L.Renderer,
  feature: Feature,
): L.Layer {
  const [lon, lat] = (feature.geometry as Point).coordinates as [number, number];
  const p = feature.properties ?? {};
  if (p.cluster) {
    const marker = L.marker([lat, lon], {
      icon: clusterIcon(Number(p.point_count)),
      keyboard: true,
      title: tr().t('map.cluster', { count: Number(p.point_count) }),
    });
    marker.on('click', async () => {
      const zoom = await options.expansionZoom(Number(p.cluster_id));
      map.flyTo([lat, lon], Math.min(zoom, map.getMaxZoom()));
    });
    return marker;
  }
  const dot = L.circleMarker([lat, lon], {
    renderer,
    radius: 5,
    color: '#fff',
    weight: 1.5,
    fillColor: '#b3261e',
    fillOpacity: 1,
    // Its own popup, not a search for a shape under it too.
    bubblingMouseEvents: false,
  });
  dot.bindPopup(() => options.popup(feature));
  return dot;
}

export function addDataLayer(map: L.Map, options: DataLayerOptions): DataLayer {
  const renderer = L.canvas({ padding: 0.3 });
  // data-rendered: when both the first points and the first shape tiles in view are drawn.
  let waiting = 2;
  const partDrawn = (): void => {
    waiting -= 1;
    if (waiting === 0) requestAnimationFrame(() => options.onDrawn());
  };
  const shapes = addShapes(map, options, partDrawn);
  const points = L.layerGroup().addTo(map);
  let request = 0;
  let drawn = false;

  /** The markers shown, by clusterKey. */
  const shown = new Map<string, L.Layer>();

  async function refresh(): Promise<void> {
    const mine = ++request;
    const b = map.getBounds();
    const bbox: BBox = [
      Math.max(-180, b.getWest()),
      Math.max(-85, b.getSouth()),
      Math.min(180, b.getEast()),
      Math.min(85, b.getNorth()),
    ];
    const found = await options.clusters(bbox, map.getZoom());
    // A later view's answer wins; an earlier one arriving late is dropped.
    if (mine !== request) return;
    // Markers still in view stay as they are: a pan rebuilds only what came into view.
    const change = changeByKey(
      shown,
      found
        .filter((f) => f.geometry.type === 'Point')
        .map((f): [string, Feature] => [clusterKey(f), f]),
    );
    for (const key of change.remove) {
      points.removeLayer(shown.get(key) as L.Layer);
      shown.delete(key);
    }
    for (const [key, feature] of change.add) {
      const marker = pointMarker(map, options, renderer, feature);
      shown.set(key, marker);
      points.addLayer(marker);
    }
    if (!drawn) {
      drawn = true;
      partDrawn();
    }
  }

  map.on('moveend', refresh);
  void refresh();

  return {
    remove() {
      map.off('moveend', refresh);
      map.closePopup();
      shapes?.remove();
      map.removeLayer(points);
    },
    openAt(center, content) {
      const at = L.latLng(center[1], center[0]);
      map.once('moveend', () =>
        L.popup({ maxWidth: 360 }).setLatLng(at).setContent(content).openOn(map),
      );
      map.flyTo(at, Math.max(map.getZoom(), 8), { duration: 0.6 });
    },
  };
}

/** Leaflet bounds of [west, south, east, north]. */
export function bboxBounds(bbox: BBox): L.LatLngBounds {
  const [w, s, e, n] = bbox as [number, number, number, number];
  return L.latLngBounds([s, w], [n, e]);
}
