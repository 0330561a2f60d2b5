/**
 * MapLibre GL JS, as a user would pick it for many features: a GeoJSON source (with
 * `cluster: true` for points) and circle, line and fill layers, on a blank style (a
 * background layer only: no glyphs, sprites or tiles, so nothing is fetched). It replaces
 * the page's Leaflet map in the same element once the first view is drawn, so the time
 * measured from choosing a file is MapLibre's work on the data, not its start.
 * Imported only for `?data=maplibre` runs.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import * as maplibregl from 'maplibre-gl';
// The worker is a separate, self-contained module MapLibre finds next to its own
// file; the bundler renames files, so name it outright.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

maplibregl.setWorkerUrl(workerUrl);

/** A MapLibre map in `element`, ready for data; rejects when WebGL is missing. */
export function createMap(element: HTMLElement, center: [number, number], zoom: number) {
  const map = new maplibregl.Map({
    container: element,
    style: {
      version: 8,
      sources: {},
      layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dde6ee' } }],
    },
    center,
    zoom,
    attributionControl: false,
  });
  return new Promise<maplibregl.Map>((resolve, reject) => {
    map.once('load', () => resolve(map));
    map.once('error', (event) => reject(new Error(String(event.error?.message ?? 'error'))));
  });
}

const INK = '#1f4e79';

export function draw(
  map: maplibregl.Map,
  data: FeatureCollection,
  cluster: boolean,
  bounds: [number, number, number, number],
  onDrawn: () => void,
): void {
  map.addSource('data', {
    type: 'geojson',
    data,
    ...(cluster ? { cluster: true, clusterRadius: 60, clusterMaxZoom: 16 } : {}),
  });
  map.addLayer({
    id: 'fill',
    type: 'fill',
    source: 'data',
    filter: ['==', ['geometry-type'], 'Polygon'],
    paint: { 'fill-color': '#3d7ab8', 'fill-opacity': 0.3, 'fill-outline-color': INK },
  });
  map.addLayer({
    id: 'line',
    type: 'line',
    source: 'data',
    filter: ['==', ['geometry-type'], 'LineString'],
    paint: { 'line-color': INK, 'line-width': 1.5 },
  });
  map.addLayer({
    id: 'points',
    type: 'circle',
    source: 'data',
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-color': '#3d7ab8',
      'circle-stroke-color': INK,
      'circle-stroke-width': 1,
      // Clusters grow with their count; single points are 5 px.
      'circle-radius': [
        'case',
        ['has', 'point_count'],
        ['+', 8, ['*', 5, ['log10', ['get', 'point_count']]]],
        5,
      ],
    },
  });
  map.fitBounds(
    [
      [bounds[0], bounds[1]],
      [bounds[2], bounds[3]],
    ],
    { animate: false },
  );
  // 'idle': the source is loaded and every tile in view drawn; then a frame, as elsewhere.
  map.once('idle', onDrawn);
}
