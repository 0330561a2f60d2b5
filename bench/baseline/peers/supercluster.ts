/**
 * supercluster on the page's main thread, as its README shows: load the points once,
 * then on every moveend ask for the clusters in view at the map's zoom and draw them,
 * here as L.circleMarkers (sized by count) in one layer group, replaced each time.
 * Imported only for `?data=supercluster` runs.
 */
import L from 'leaflet';
import type { Feature, FeatureCollection, Point } from 'geojson';
import Supercluster from 'supercluster';

export function draw(map: L.Map, data: FeatureCollection, onDrawn: () => void): void {
  const points = data.features.filter(
    (f): f is Feature<Point, Record<string, unknown>> => f.geometry?.type === 'Point',
  );
  const index = new Supercluster({ radius: 60, maxZoom: 16 }).load(points);
  const layer = L.layerGroup().addTo(map);
  const update = (): void => {
    const b = map.getBounds();
    const clusters = index.getClusters(
      [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      Math.round(map.getZoom()),
    );
    layer.clearLayers();
    for (const c of clusters) {
      const [lon = 0, lat = 0] = c.geometry.coordinates;
      const count = (c.properties as { point_count?: number }).point_count ?? 1;
      L.circleMarker([lat, lon], { radius: count > 1 ? 8 + Math.log10(count) * 5 : 5 }).addTo(
        layer,
      );
    }
  };
  const bounds = L.latLngBounds(
    points.map((p) => [p.geometry.coordinates[1] ?? 0, p.geometry.coordinates[0] ?? 0]),
  );
  map.fitBounds(bounds, { animate: false });
  update();
  map.on('moveend', update);
  onDrawn();
}
