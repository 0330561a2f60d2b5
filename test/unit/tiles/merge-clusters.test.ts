/**
 * A view's clusters as markers that do not overlap (core/tiles/merge-clusters.ts): every
 * point counted once, no two markers nearer than the spacing, and a click on a group still
 * zooms in.
 */
import fc from 'fast-check';
import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mergeCloseMarkers, mergedExpansionZoom } from '../../../src/core/tiles/merge-clusters';
import { PointGrid } from '../../../src/core/tiles/point-grid';
import { worldPixel } from '../../../src/core/render/web-mercator';

const point = (lon: number, lat: number, i: number): Feature<Point> => ({
  type: 'Feature',
  id: i,
  properties: { i },
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

const count = (marker: Feature): number =>
  (marker.properties as { cluster?: boolean; point_count?: number }).cluster
    ? ((marker.properties as { point_count: number }).point_count ?? 0)
    : 1;

describe('mergeCloseMarkers', () => {
  // Points in a small region, so that many cells' clusters lie side by side.
  const points = fc.array(
    fc.tuple(
      fc.double({ min: 10, max: 14, noNaN: true }),
      fc.double({ min: 40, max: 43, noNaN: true }),
    ),
    { minLength: 1, maxLength: 400 },
  );

  it('counts every point once and leaves no two markers nearer than the spacing', () => {
    fc.assert(
      fc.property(
        points,
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 80 }),
        (pts, zoom, spacing) => {
          const grid = new PointGrid({ maxZoom: 14 }).load(pts.map(([x, y], i) => point(x, y, i)));
          const shown = grid.getClusters([-180, -85, 180, 85], zoom);
          const merged = mergeCloseMarkers(shown, zoom, spacing);
          expect(merged.reduce((sum, m) => sum + count(m), 0)).toBe(pts.length);
          const at = merged.map((m) =>
            worldPixel(...(m.geometry.coordinates as [number, number]), zoom),
          );
          for (let i = 0; i < at.length; i += 1) {
            for (let j = i + 1; j < at.length; j += 1) {
              const [a, b] = [at[i]!, at[j]!];
              expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThanOrEqual(spacing - 1e-6);
            }
          }
          expect(merged.length).toBeLessThanOrEqual(shown.length);
        },
      ),
    );
  });

  it('merges two markers nearer than the spacing, and keeps two farther apart', () => {
    const zoom = 6;
    const [x, y] = worldPixel(10, 40, zoom);
    const size = 256 * 2 ** zoom;
    const lonAt = (px: number): number => (px / size) * 360 - 180;
    const near = [point(10, 40, 0), point(lonAt(x + 20), 40, 1)];
    const far = [point(10, 40, 0), point(lonAt(x + 60), 40, 1)];
    const merged = mergeCloseMarkers(near, zoom, 40);
    expect(merged).toHaveLength(1);
    expect(count(merged[0]!)).toBe(2);
    // Two lone points: a group whose click zooms to the next zoom.
    expect(mergedExpansionZoom(merged[0]!.id as number)).toBe(zoom + 1);
    expect(mergeCloseMarkers(far, zoom, 40)).toEqual(far);
    expect(y).toBeGreaterThan(0);
  });

  it('names a group after its largest cluster, so its click expands that cluster', () => {
    const zoom = 3;
    const pts = Array.from({ length: 50 }, (_, i) => point(10 + (i % 7) * 0.01, 40 + i * 0.01, i));
    const grid = new PointGrid({ maxZoom: 14 }).load([...pts, point(10.5, 40.3, 99)]);
    const merged = mergeCloseMarkers(grid.getClusters([-180, -85, 180, 85], zoom), zoom, 40);
    expect(merged).toHaveLength(1);
    const id = merged[0]!.id as number;
    expect(mergedExpansionZoom(id)).toBeNull();
    expect(grid.getClusterExpansionZoom(id)).toBeGreaterThan(zoom);
  });
});
