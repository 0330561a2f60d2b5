/**
 * The page's cluster markers between two moves (issue 15, 5): those still in view are kept,
 * only those new in view are made, and after the change exactly the clusters and points in
 * view are shown.
 */
import fc from 'fast-check';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { changeByKey, clusterKey } from '../../../src/core/tiles/keep-by-key';

const cluster = (id: number, count: number): Feature => ({
  type: 'Feature',
  properties: { cluster: true, cluster_id: id, point_count: count },
  geometry: { type: 'Point', coordinates: [1, 2] },
});
const point = (lon: number, lat: number, properties: Record<string, unknown>): Feature => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

describe('clusterKey', () => {
  it('names a cluster by its id and a point by its place and properties', () => {
    expect(clusterKey(cluster(37, 5))).toBe(clusterKey(cluster(37, 5)));
    expect(clusterKey(cluster(37, 5))).not.toBe(clusterKey(cluster(69, 5)));
    expect(clusterKey(point(1, 2, { name: 'a' }))).toBe(clusterKey(point(1, 2, { name: 'a' })));
    // Two points at one place with different popups are two markers.
    expect(clusterKey(point(1, 2, { name: 'a' }))).not.toBe(clusterKey(point(1, 2, { name: 'b' })));
    expect(clusterKey(point(1, 2, {}))).not.toBe(clusterKey(point(2, 1, {})));
    // A point whose properties look like a cluster's id is not that cluster.
    expect(clusterKey(point(1, 2, { cluster_id: 37 }))).not.toBe(clusterKey(cluster(37, 5)));
  });
});

describe('changeByKey', () => {
  it('keeps what stays, adds what came into view, removes what left', () => {
    const change = changeByKey(new Set(['a', 'b']), [
      ['b', 2],
      ['c', 3],
    ]);
    expect(change).toEqual({ keep: ['b'], add: [['c', 3]], remove: ['a'] });
  });

  it('after applying the change, exactly the keys in view are shown, none made twice', () => {
    const keys = fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 40 });
    fc.assert(
      fc.property(keys, fc.array(keys, { minLength: 1, maxLength: 6 }), (first, moves) => {
        const shown = new Map<number, number>();
        let made = 0;
        for (const view of [first, ...moves]) {
          const before = new Set(shown.keys());
          const change = changeByKey(
            shown,
            view.map((k): [number, number] => [k, k]),
          );
          for (const key of change.remove) shown.delete(key);
          for (const [key] of change.add) {
            expect(shown.has(key)).toBe(false);
            shown.set(key, (made += 1));
          }
          expect(new Set(shown.keys())).toEqual(new Set(view));
          // What was shown and is still in view was kept, not made again.
          for (const key of change.keep) expect(before.has(key)).toBe(true);
          expect(change.keep.length + change.add.length).toBe(new Set(view).size);
        }
      }),
    );
  });
});
