/**
 * Leaflet.markercluster, as its README shows: every point an L.marker in one
 * L.markerClusterGroup added with addLayers (its bulk path), default options and CSS.
 * A Leaflet 0.7–1.x style plugin that extends the global L, so imported only for
 * `?data=markercluster` runs: the baseline's first view stays bare Leaflet.
 */
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import 'leaflet.markercluster';
import L from 'leaflet';
import type { FeatureCollection } from 'geojson';

export function draw(map: L.Map, data: FeatureCollection, onDrawn: () => void): void {
  // Clustering needs the map's last zoom, which a map without a tile layer does not have
  // ("Map has no maxZoom specified"); a tile layer would give 18 or 19.
  map.setMaxZoom(18);
  const group = L.markerClusterGroup();
  const markers: L.Layer[] = [];
  L.geoJSON(data, {
    onEachFeature: (_feature, layer) => markers.push(layer),
  });
  group.addLayers(markers);
  map.addLayer(group);
  map.fitBounds(group.getBounds(), { animate: false });
  onDrawn();
}
