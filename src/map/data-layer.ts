/**
 * Draws an opened file: its lines and polygons on a canvas (thousands of
 * shapes stay smooth), its points as clusters the worker computes for the
 * view, each point or shape with a generic popup built by the caller.
 */
import { tr } from '../ui/i18n';
import L from 'leaflet';
import type { BBox, Feature } from 'geojson';

export interface DataLayerOptions {
  shapes: Feature[];
  /** Clusters and points in view, from the worker. */
  clusters: (bbox: BBox, zoom: number) => Promise<Feature[]>;
  expansionZoom: (clusterId: number) => Promise<number>;
  /** Popup content for a feature (shape or single point). */
  popup: (feature: Feature) => HTMLElement;
  /** Called once, when the first view's points and all shapes are drawn. */
  onDrawn: () => void;
}

export interface DataLayer {
  remove: () => void;
  /** Opens a popup with `content` at [lon, lat], flying there first. */
  openAt: (center: [number, number], content: HTMLElement) => void;
}

const SHAPE_STYLE: L.PathOptions = {
  color: '#1f4e79',
  weight: 1.5,
  fillColor: '#3d7ab8',
  fillOpacity: 0.3,
};

/** A cluster's count, as a marker: a node with textContent, never markup. */
function clusterIcon(count: number): L.DivIcon {
  const node = document.createElement('span');
  node.textContent = count >= 1000 ? `${Math.round(count / 100) / 10}k` : String(count);
  const size = count < 100 ? 30 : count < 1000 ? 38 : 46;
  return L.divIcon({ html: node, className: 'cluster', iconSize: [size, size] });
}

export function addDataLayer(map: L.Map, options: DataLayerOptions): DataLayer {
  const renderer = L.canvas({ padding: 0.3 });
  const shapeOptions: L.GeoJSONOptions & L.PathOptions = {
    renderer,
    style: () => SHAPE_STYLE,
    // Points are clustered apart; a MultiPoint among the shapes is drawn as small circles.
    pointToLayer: (_f, latlng) => L.circleMarker(latlng, { renderer, radius: 4 }),
    onEachFeature: (feature, layer) => layer.bindPopup(() => options.popup(feature)),
  };
  const shapes = L.geoJSON(options.shapes, shapeOptions).addTo(map);
  const points = L.layerGroup().addTo(map);
  let request = 0;
  let drawn = false;

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
    points.clearLayers();
    for (const feature of found) {
      if (feature.geometry.type !== 'Point') continue;
      const [lon, lat] = feature.geometry.coordinates as [number, number];
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
        points.addLayer(marker);
      } else {
        const dot = L.circleMarker([lat, lon], {
          renderer,
          radius: 5,
          color: '#fff',
          weight: 1.5,
          fillColor: '#b3261e',
          fillOpacity: 1,
        });
        dot.bindPopup(() => options.popup(feature));
        points.addLayer(dot);
      }
    }
    if (!drawn) {
      drawn = true;
      requestAnimationFrame(() => options.onDrawn());
    }
  }

  map.on('moveend', refresh);
  void refresh();

  return {
    remove() {
      map.off('moveend', refresh);
      map.closePopup();
      map.removeLayer(shapes);
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
