/**
 * What to keep, add and remove when the features in view change: the page's markers for
 * the worker's clusters are kept by key between two moves, so a move rebuilds only the
 * clusters and points that came into view. Pure.
 */
import type { Feature } from 'geojson';

export interface KeyedChange<K, V> {
  /** In both: the marker already shown stays. */
  keep: K[];
  /** New in view, with their feature. */
  add: [K, V][];
  /** No longer in view. */
  remove: K[];
}

/** The change from the keys shown to `next` (each with its key); a repeated key counts once. */
export function changeByKey<K, V>(
  shown: { has: (key: K) => boolean; keys: () => Iterable<K> },
  next: readonly [K, V][],
): KeyedChange<K, V> {
  const wanted = new Map<K, V>();
  for (const [key, value] of next) if (!wanted.has(key)) wanted.set(key, value);
  const keep: K[] = [];
  const add: [K, V][] = [];
  for (const [key, value] of wanted) {
    if (shown.has(key)) keep.push(key);
    else add.push([key, value]);
  }
  const remove = [...shown.keys()].filter((key) => !wanted.has(key));
  return { keep, add, remove };
}

/**
 * A cluster's or point's key: a supercluster cluster by its id (which names one cluster at
 * one zoom: same id, same count and place), a point by its place and properties, so two
 * points at one place with different properties (different popups) are two markers.
 */
export function clusterKey(feature: Feature): string {
  const p = feature.properties ?? {};
  if (p.cluster) return `c${String(p.cluster_id)}`;
  const at = feature.geometry?.type === 'Point' ? feature.geometry.coordinates : [];
  return `p${at.join(',')} ${feature.id ?? ''} ${JSON.stringify(p)}`;
}
