/**
 * The points' clusters (core/tiles/point-grid.ts) against a direct search: on random sets
 * of points (some piled on one spot, some at the antimeridian or beyond Mercator's
 * latitudes), at every zoom each point is in exactly one cluster or alone, a cluster's
 * count and centre are those of the points that share its grid cell, its points are near
 * it, a view gets every cluster and point whose cell it touches, and a cluster's expansion
 * zoom is the first zoom at which its points are in more than one cell.
 */
import fc from 'fast-check';
import type { BBox, Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CELL_PX, PointGrid } from '../../../src/core/tiles/point-grid';

const MAX_ZOOM = 14;

const lon = fc.double({ min: -180, max: 180, noNaN: true });
const lat = fc.double({ min: -90, max: 90, noNaN: true });
/** A spot, and points scattered round it at one of a few spreads (down to none). */
const pile = fc
  .tuple(lon, lat, fc.constantFrom(0, 1e-6, 0.001, 0.1, 5), fc.integer({ min: 1, max: 30 }))
  .chain(([x, y, spread, count]) =>
    fc
      .array(
        fc.tuple(
          fc.double({ min: -1, max: 1, noNaN: true }),
          fc.double({ min: -1, max: 1, noNaN: true }),
        ),
        {
          minLength: count,
          maxLength: count,
        },
      )
      .map((offsets) =>
        offsets.map(([dx, dy]): [number, number] => [
          Math.max(-180, Math.min(180, x + dx * spread)),
          Math.max(-90, Math.min(90, y + dy * spread)),
        ]),
      ),
  );
const pointsArb = fc.array(pile, { maxLength: 10 }).map((piles) =>
  piles.flat().map(([x, y], i): Feature<Point> => ({
    type: 'Feature',
    id: i,
    properties: { n: i },
    geometry: { type: 'Point', coordinates: [x, y] },
  })),
);

const mercX = (lng: number): number => lng / 360 + 0.5;
const mercY = (lat: number): number => {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return Math.min(1, Math.max(0, y));
};
/** Cells across the world at `zoom` (256-pixel tiles). */
const side = (zoom: number): number => (256 * 2 ** zoom) / CELL_PX;
const cellOf = (v: number, n: number): number => Math.min(n - 1, Math.floor(v * n));
const cellKey = (p: Feature<Point>, zoom: number): string => {
  const [x, y] = p.geometry.coordinates as [number, number];
  const n = side(zoom);
  return `${cellOf(mercX(x), n)},${cellOf(mercY(y), n)}`;
};

/** The direct search: the points grouped by their cell at `zoom`. */
function groups(points: Feature<Point>[], zoom: number): Map<string, Feature<Point>[]> {
  const byCell = new Map<string, Feature<Point>[]>();
  for (const p of points) {
    const key = cellKey(p, zoom);
    byCell.set(key, [...(byCell.get(key) ?? []), p]);
  }
  return byCell;
}

const WORLD: BBox = [-180, -90, 180, 90];
type Found = ReturnType<PointGrid['getClusters']>[number];
const isCluster = (f: Found): boolean => f.properties?.cluster === true;
const idOf = (f: Found): number => Number(f.properties?.cluster_id);

describe('PointGrid', () => {
  it('at every zoom, clusters the points that share a cell, each point exactly once', () => {
    fc.assert(
      fc.property(pointsArb, (points) => {
        const grid = new PointGrid({ maxZoom: MAX_ZOOM }).load(points);
        for (let zoom = 0; zoom <= MAX_ZOOM + 2; zoom += 1) {
          const found = grid.getClusters(WORLD, zoom + 0.3);
          const seen = new Map<unknown, number>();
          for (const f of found) {
            const members = isCluster(f)
              ? grid.getLeaves(idOf(f)).map((i) => points[i] as Feature<Point>)
              : [f as Feature<Point>];
            for (const m of members) seen.set(m.id, (seen.get(m.id) ?? 0) + 1);
            if (!isCluster(f)) continue;
            expect(zoom).toBeLessThanOrEqual(MAX_ZOOM);
            expect(f.properties?.point_count).toBe(members.length);
            // Its points are those of one cell, all of that cell's points.
            const key = cellKey(members[0] as Feature<Point>, zoom);
            expect(new Set(members.map((m) => cellKey(m, zoom)))).toEqual(new Set([key]));
            expect(groups(points, zoom).get(key)?.length).toBe(members.length);
            // Its centre is their mean in Mercator, so in their cell.
            const [cx, cy] = f.geometry.coordinates as [number, number];
            const meanX =
              members.reduce((s, m) => s + mercX(m.geometry.coordinates[0] as number), 0) /
              members.length;
            const meanY =
              members.reduce((s, m) => s + mercY(m.geometry.coordinates[1] as number), 0) /
              members.length;
            expect(mercX(cx)).toBeCloseTo(meanX, 9);
            expect(mercY(cy)).toBeCloseTo(meanY, 9);
          }
          // Every point once; as many clusters and lone points as cells with points.
          expect(seen.size).toBe(points.length);
          expect([...seen.values()].every((n) => n === 1)).toBe(true);
          const cells = groups(points, Math.min(zoom, MAX_ZOOM));
          const expectedItems = zoom > MAX_ZOOM ? points.length : [...cells.values()].length;
          expect(found.length).toBe(expectedItems);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('a cluster splits at its expansion zoom and not before', () => {
    fc.assert(
      fc.property(pointsArb, fc.integer({ min: 0, max: MAX_ZOOM }), (points, zoom) => {
        const grid = new PointGrid({ maxZoom: MAX_ZOOM }).load(points);
        for (const f of grid.getClusters(WORLD, zoom).filter(isCluster)) {
          const members = grid.getLeaves(idOf(f)).map((i) => points[i] as Feature<Point>);
          const at = grid.getClusterExpansionZoom(idOf(f));
          expect(at).toBeGreaterThan(zoom);
          const cellsAt = (z: number): number => new Set(members.map((m) => cellKey(m, z))).size;
          if (at <= MAX_ZOOM) expect(cellsAt(at)).toBeGreaterThan(1);
          for (let z = zoom; z < Math.min(at, MAX_ZOOM + 1); z += 1) expect(cellsAt(z)).toBe(1);
          // At that zoom the map shows those points as more than one marker.
          const shown = grid
            .getClusters(WORLD, at)
            .filter((g) =>
              isCluster(g)
                ? grid.getLeaves(idOf(g)).some((i) => members.includes(points[i] as Feature<Point>))
                : members.includes(g as Feature<Point>),
            );
          expect(shown.length).toBeGreaterThan(1);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('a view gets what lies in it, and only what is in the cells it touches', () => {
    const view = fc
      .tuple(lon, lat, fc.double({ min: 0.0001, max: 400, noNaN: true }))
      .map(([x, y, size]): BBox => [
        x - size / 2,
        Math.max(-90, y - size / 4),
        x + size / 2,
        Math.min(90, y + size / 4),
      ]);
    fc.assert(
      fc.property(
        pointsArb,
        view,
        fc.integer({ min: 0, max: MAX_ZOOM + 2 }),
        (points, bbox, zoom) => {
          const grid = new PointGrid({ maxZoom: MAX_ZOOM }).load(points);
          const all = grid.getClusters(WORLD, zoom);
          const inView = grid.getClusters(bbox, zoom);
          const key = (f: Found): string => (isCluster(f) ? `c${idOf(f)}` : `p${String(f.id)}`);
          const allKeys = new Set(all.map(key));
          expect(inView.every((f) => allKeys.has(key(f)))).toBe(true);
          // Every point inside the view is shown, alone or in a cluster.
          const [w, s, e, n] = bbox as [number, number, number, number];
          const wrap = (x: number): number => ((((x + 180) % 360) + 360) % 360) - 180;
          const inside = (p: Feature<Point>): boolean => {
            const [x, y] = p.geometry.coordinates as [number, number];
            if (y < s || y > n) return false;
            if (e - w >= 360) return true;
            const [a, b] = [wrap(w), e === 180 ? 180 : wrap(e)];
            return a <= b ? x >= a && x <= b : x >= a || x <= b;
          };
          const shown = new Set<Feature<Point>>();
          for (const f of inView) {
            if (isCluster(f))
              for (const i of grid.getLeaves(idOf(f))) shown.add(points[i] as Feature<Point>);
            else shown.add(f as Feature<Point>);
          }
          for (const p of points) if (inside(p)) expect(shown.has(p)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is empty for no points, and refuses an id that is no cluster', () => {
    const grid = new PointGrid({ maxZoom: MAX_ZOOM }).load([]);
    expect(grid.getClusters(WORLD, 3)).toEqual([]);
    expect(() => grid.getClusterExpansionZoom(12345)).toThrow('No cluster');
    const one = new PointGrid({ maxZoom: MAX_ZOOM }).load([
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [10, 10] } },
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [10, 10] } },
    ]);
    const [cluster] = one.getClusters(WORLD, 0);
    expect(cluster?.properties?.point_count).toBe(2);
    // Never split by zooming: shown apart only above maxZoom.
    expect(one.getClusterExpansionZoom(idOf(cluster as Found))).toBe(MAX_ZOOM + 1);
    // The same points from their second: not where a cluster starts.
    expect(() => one.getClusterExpansionZoom(idOf(cluster as Found) + 32)).toThrow('No cluster');
    expect(one.getClusters(WORLD, MAX_ZOOM + 1)).toHaveLength(2);
  });
});
