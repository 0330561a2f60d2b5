/**
 * The bench's baseline: bare Leaflet, no app code. It draws the same places
 * (geodata/kurils-2019/places.geojson) on the same basemap data (world-atlas land-50m,
 * or the file `?basemap=` names, decoded with topojson-client) with
 * L.geoJSON's defaults, points as
 * circle markers so no marker images are needed, and marks
 * `places-rendered` a frame after drawing the places, as the app does.
 *
 * A file chosen in its "Open GeoJSON" input is drawn the naive way, with
 * L.geoJSON's default markers, and marked `data-rendered` a frame later. With
 * `?data=vectorgrid` it is drawn as a Leaflet user with many shapes would: with
 * Leaflet.VectorGrid's slicer (geojson-vt in a worker, canvas tiles), marked
 * `data-rendered` a frame after its first tiles in view are drawn. The other peers a user
 * would pick are chosen the same way (bench/baseline/peers/): `?data=markercluster`
 * (Leaflet.markercluster), `?data=supercluster` (supercluster on the page, circle markers for
 * the clusters in view), `?data=maplibre` (MapLibre GL JS, a clustered GeoJSON source, or not
 * with `&cluster=0`). Each is imported only on its own pages, so the first view stays bare
 * Leaflet, and marks `data-rendered` a frame after its first drawing.
 */
import 'leaflet/dist/leaflet.css';
import './style.css';
import L from 'leaflet';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';
import type { FeatureCollection, GeoJsonObject } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110mUrl from 'world-atlas/countries-110m.json?url';
import countries50mUrl from 'world-atlas/countries-50m.json?url';
import land110mUrl from 'world-atlas/land-110m.json?url';
import land50mUrl from 'world-atlas/land-50m.json?url';

/** world-atlas files the baseline can draw (`?basemap=NAME`), and the object drawn from each. */
const BASEMAPS: Record<string, { url: string; object: string }> = {
  'land-50m': { url: land50mUrl, object: 'land' },
  'land-110m': { url: land110mUrl, object: 'land' },
  'countries-110m': { url: countries110mUrl, object: 'countries' },
  'countries-50m': { url: countries50mUrl, object: 'countries' },
};
const basemap = BASEMAPS[new URLSearchParams(location.search).get('basemap') ?? 'land-50m'];
if (!basemap) throw new Error('unknown ?basemap=');

// Leaflet finds its marker images from its CSS by their original names, which the
// build hashes: name them outright (the usual bundler fix; no other change).
L.Icon.Default.imagePath = '';
L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });

const mapElement = document.getElementById('map');
if (!mapElement) throw new Error('index.html lacks #map');
const map = L.map(mapElement).setView([45, 100], 2);

const getJson = async (url: string): Promise<unknown> => (await fetch(url)).json();

// The basemap and the places load side by side; the places do not wait for the basemap.
const basemapRendered = getJson(basemap.url).then((topology) => {
  const topo = topology as Topology<Record<string, GeometryCollection>>;
  const object = topo.objects[basemap.object];
  if (!object) throw new Error(`the basemap has no "${basemap.object}" object`);
  L.geoJSON(feature(topo, object)).addTo(map);
  requestAnimationFrame(() => performance.mark('basemap-rendered'));
});

const placesRendered = getJson('geodata/kurils-2019/places.geojson').then((places) => {
  const layer = L.geoJSON(places as FeatureCollection, {
    pointToLayer: (_feature, latlng) => L.circleMarker(latlng),
  }).addTo(map);
  map.fitBounds(layer.getBounds(), { padding: [32, 32], animate: false });
  requestAnimationFrame(() => performance.mark('places-rendered'));
});

/** What Leaflet.VectorGrid adds to L (it ships no types). */
interface WithVectorGrid {
  vectorGrid: { slicer: (data: GeoJsonObject, options: Record<string, unknown>) => L.GridLayer };
  canvas: { tile: unknown };
}

/** [[south, west], [north, east]] of every position in `data`. */
function boundsOf(data: unknown): L.LatLngBounds {
  const bounds = L.latLngBounds([]);
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') bounds.extend([value[1] as number, value[0]]);
    else value.forEach(visit);
  };
  for (const f of (data as FeatureCollection).features) {
    visit((f.geometry as { coordinates?: unknown } | null)?.coordinates);
  }
  return bounds;
}

const params = new URLSearchParams(location.search);
const peer = params.get('data');

/**
 * Leaflet.VectorGrid, a plugin of the Leaflet 0.7–1.x kind that extends the global L Leaflet
 * sets: loaded at start only on `?data=vectorgrid` pages, so the baseline's first view stays
 * bare Leaflet (the bench compares its bytes and timings with the app's). The other peers
 * likewise, each from its module in peers/.
 */
const vectorGrid =
  peer === 'vectorgrid' ? import('leaflet.vectorgrid/dist/Leaflet.VectorGrid.bundled.js') : null;
const markerCluster = peer === 'markercluster' ? import('./peers/markercluster') : null;
const superCluster = peer === 'supercluster' ? import('./peers/supercluster') : null;

/**
 * MapLibre takes the map's element over once the first view is drawn (its own start is not
 * what is measured); the bench waits for the first view to settle before choosing a file.
 */
const mapLibre =
  peer === 'maplibre'
    ? import('./peers/maplibre').then(async (module) => {
        await Promise.all([placesRendered, basemapRendered]);
        const center = map.getCenter();
        const zoom = map.getZoom();
        map.remove();
        // MapLibre's zoom 0 is 512 px wide, Leaflet's 256: one less for the same view.
        const gl = await module.createMap(mapElement, [center.lng, center.lat], zoom - 1);
        return { module, gl };
      })
    : null;
// A failure to start (no WebGL) is told when a file is chosen, through the console.
mapLibre?.catch((error: unknown) => console.error(`maplibre: ${String(error)}`));

const rendered = (): void => {
  requestAnimationFrame(() => performance.mark('data-rendered'));
};

function drawWithVectorGrid(data: GeoJsonObject): void {
  const plugin = L as unknown as WithVectorGrid;
  const fill = {
    fill: true,
    color: '#1f4e79',
    weight: 1.5,
    fillColor: '#3d7ab8',
    fillOpacity: 0.3,
  };
  const layer = plugin.vectorGrid.slicer(data, {
    rendererFactory: plugin.canvas.tile,
    vectorTileLayerStyles: { sliced: fill },
  });
  map.fitBounds(boundsOf(data), { animate: false });
  layer.once('load', rendered);
  layer.addTo(map);
}

const input = document.querySelector<HTMLInputElement>('input[type="file"]');
input?.addEventListener('change', async () => {
  const file = input.files?.[0];
  if (!file) return;
  if (vectorGrid) {
    const [text] = await Promise.all([file.text(), vectorGrid]);
    drawWithVectorGrid(JSON.parse(text) as GeoJsonObject);
    return;
  }
  if (markerCluster) {
    const [text, module] = await Promise.all([file.text(), markerCluster]);
    module.draw(map, JSON.parse(text) as FeatureCollection, rendered);
    return;
  }
  if (superCluster) {
    const [text, module] = await Promise.all([file.text(), superCluster]);
    module.draw(map, JSON.parse(text) as FeatureCollection, rendered);
    return;
  }
  if (mapLibre) {
    const [text, { module, gl }] = await Promise.all([file.text(), mapLibre]);
    const data = JSON.parse(text) as FeatureCollection;
    const b = boundsOf(data);
    const box: [number, number, number, number] = [
      b.getWest(),
      b.getSouth(),
      b.getEast(),
      b.getNorth(),
    ];
    module.draw(gl, data, params.get('cluster') !== '0', box, rendered);
    return;
  }
  const layer = L.geoJSON(JSON.parse(await file.text()) as GeoJsonObject).addTo(map);
  map.fitBounds(layer.getBounds(), { animate: false });
  rendered();
});
