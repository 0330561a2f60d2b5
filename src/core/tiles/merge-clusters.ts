/**
 * The clusters of a view as markers that do not overlap. The grid's clusters (point-grid.ts)
 * are cells, and two cells' clusters can lie side by side across the line between them, their
 * markers on top of each other and their counts unreadable. Here, largest first, each marker
 * takes in every marker whose centre is nearer than `distance` pixels at the view's zoom: the
 * counts add up, the centre is the mean of the points, and the id is the largest member's,
 * so a click zooms to where that one splits, which moves the others apart too (distances
 * double with each zoom). What shows is the same points, each counted once. Pure.
 */
import type { Feature, Point } from 'geojson';
import { worldLonLat, worldPixel } from '../render/web-mercator';
import { clusterFeature, type ClusterFeature } from './point-grid';

type Marker = ClusterFeature | Feature<Point>;

/** The least distance between two markers' centres, px: about a cluster marker's width. */
export const MARKER_SPACING_PX = 40;

/** Zooms told apart in a merged group's id. */
const ZOOMS = 32;

/** The zoom a group of lone points (a negative id) expands to: the next; null for other ids. */
export function mergedExpansionZoom(clusterId: number): number | null {
  if (!(clusterId < 0) || !Number.isInteger(clusterId)) return null;
  return ((-1 - clusterId) % ZOOMS) + 1;
}

function countOf(marker: Marker): number {
  const properties = marker.properties as { cluster?: boolean; point_count?: number } | null;
  return properties?.cluster === true ? (properties.point_count ?? 1) : 1;
}

/** Markers at `zoom` merged until no two centres are nearer than `distance` px. */
export function mergeCloseMarkers(
  markers: readonly Marker[],
  zoom: number,
  distance: number,
): Marker[] {
  // A group's centre (the mean of its points) can come nearer a marker its head was not near:
  // passes until one merges nothing. Each pass that merges leaves fewer markers.
  let current = [...markers];
  for (;;) {
    const next = mergePass(current, zoom, distance);
    if (next.length === current.length) return next;
    current = next;
  }
}

function mergePass(markers: readonly Marker[], zoom: number, distance: number): Marker[] {
  if (markers.length < 2 || !(distance > 0)) return [...markers];
  const items = markers.map((marker, index) => {
    const [lon, lat] = marker.geometry.coordinates as [number, number];
    const [x, y] = worldPixel(lon, lat, zoom);
    return { marker, index, x, y, count: countOf(marker), taken: false };
  });
  // A grid of `distance`-sized cells, so each marker looks only at its neighbours.
  const cells = new Map<string, typeof items>();
  const key = (cx: number, cy: number): string => `${cx},${cy}`;
  for (const item of items) {
    const k = key(Math.floor(item.x / distance), Math.floor(item.y / distance));
    const cell = cells.get(k);
    if (cell) cell.push(item);
    else cells.set(k, [item]);
  }
  // Largest first; ties in the given order, so the result never depends on the sort.
  const order = [...items].sort((a, b) => b.count - a.count || a.index - b.index);
  const out: Marker[] = [];
  for (const head of order) {
    if (head.taken) continue;
    head.taken = true;
    const group = [head];
    const cx = Math.floor(head.x / distance);
    const cy = Math.floor(head.y / distance);
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        for (const other of cells.get(key(cx + dx, cy + dy)) ?? []) {
          if (other.taken || Math.hypot(other.x - head.x, other.y - head.y) >= distance) continue;
          other.taken = true;
          group.push(other);
        }
      }
    }
    if (group.length === 1) {
      out.push(head.marker);
      continue;
    }
    const count = group.reduce((sum, item) => sum + item.count, 0);
    const x = group.reduce((sum, item) => sum + item.x * item.count, 0) / count;
    const y = group.reduce((sum, item) => sum + item.y * item.count, 0) / count;
    const [lon, lat] = worldLonLat(x, y, zoom);
    // The largest member names the group: a cluster's id expands it. Lone points only have
    // none: a negative id that says the zoom, and expands to the next (mergedExpansionZoom).
    const named = group.find((item) => item.marker.properties?.cluster === true)?.marker as
      ClusterFeature | undefined;
    const id = named
      ? named.properties.cluster_id
      : -1 - (head.index * ZOOMS + Math.max(0, Math.min(ZOOMS - 1, Math.floor(zoom))));
    out.push(clusterFeature(id, count, lon, lat));
  }
  return out;
}
