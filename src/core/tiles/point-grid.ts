/**
 * The opened file's points as clusters for every zoom, built in one sort. A cluster at zoom
 * z is the points of one cell of a grid of CELL_PX × CELL_PX screen pixels at that zoom; a
 * cell at z is four cells at z + 1, so the cells of every zoom nest. Each point gets the
 * Morton code (x and y bits interleaved) of its cell at maxZoom; sorted by it, the points
 * of any cell at any zoom are one run of the sorted array, so a cluster is a range: its
 * count is the range's length, its centre comes from prefix sums, and the zoom where it
 * splits is where the codes of its first and last point first differ.
 *
 * Building is a radix sort and two prefix sums, O(n), where Supercluster (a KD-tree and a
 * radius search per point, for each of 15 zooms) took most of the time to open a file of
 * 1,000,000 points. A view's clusters are found by walking the grid down from the whole
 * world, a binary search per cell. Pure.
 */
import type { BBox, Feature, Point } from 'geojson';

export interface PointGridOptions {
  /** Highest zoom with clusters, up to 14 (a cell's code is 32 bits); above it every point is alone. */
  maxZoom: number;
}

/** A cluster, with Supercluster's properties (the page reads `cluster`, `cluster_id`, `point_count`). */
export interface ClusterFeature {
  type: 'Feature';
  id: number;
  properties: {
    cluster: true;
    cluster_id: number;
    point_count: number;
    point_count_abbreviated: number | string;
  };
  geometry: Point;
}

/**
 * A cell's side in screen pixels (of Leaflet's 256-pixel tiles): 64, a little more than the
 * circle Supercluster had (radius 50 of its 512-unit tile, 25 pixels) so that two clusters'
 * markers (up to 46 pixels) seldom overlap, and a power of two so that the cells nest: a
 * tile is 4 cells across, so at zoom z the world is 2^(z + 2) cells across.
 */
const CELL_BITS = 2;
export const CELL_PX = 256 / 2 ** CELL_BITS;
/** Zooms in an id: a cluster's id is its first point's place in the sorted order × 32 + zoom. */
const ID_ZOOMS = 32;

export class PointGrid {
  private readonly maxZoom: number;
  /** Bits per axis of a cell at maxZoom. */
  private readonly bits: number;
  private points: readonly Feature<Point>[] = [];
  /** Point indexes in the order of their cells' Morton codes. */
  private order: Uint32Array = new Uint32Array(0);
  /** The sorted codes. */
  private codes: Uint32Array = new Uint32Array(0);
  /** Prefix sums of the sorted points' Mercator x and y, for centres. */
  private sumX = new Float64Array(1);
  private sumY = new Float64Array(1);

  constructor(options: PointGridOptions) {
    this.maxZoom = Math.max(0, Math.min(14, Math.floor(options.maxZoom)));
    this.bits = this.maxZoom + CELL_BITS;
  }

  load(points: readonly Feature<Point>[]): this {
    const n = points.length;
    this.points = points;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    const side = 2 ** this.bits;
    const codes = new Uint32Array(n);
    for (let i = 0; i < n; i += 1) {
      const [lng, lat] = (points[i] as Feature<Point>).geometry.coordinates as [number, number];
      const x = lngX(lng);
      const y = latY(lat);
      xs[i] = x;
      ys[i] = y;
      codes[i] = morton(cellOf(x, side), cellOf(y, side));
    }
    const order = sortByCode(codes);
    const sorted = new Uint32Array(n);
    const sumX = new Float64Array(n + 1);
    const sumY = new Float64Array(n + 1);
    for (let k = 0; k < n; k += 1) {
      const i = order[k] as number;
      sorted[k] = codes[i] as number;
      sumX[k + 1] = (sumX[k] as number) + (xs[i] as number);
      sumY[k + 1] = (sumY[k] as number) + (ys[i] as number);
    }
    this.order = order;
    this.codes = sorted;
    this.sumX = sumX;
    this.sumY = sumY;
    return this;
  }

  /** Clusters and single points in the cells that `bbox` ([west, south, east, north]) touches at `zoom`. */
  getClusters(bbox: BBox, zoom: number): (ClusterFeature | Feature<Point>)[] {
    const [west, south, east, north] = bbox as [number, number, number, number];
    if (![west, south, east, north].every(Number.isFinite)) return [];
    let minLng = ((((west + 180) % 360) + 360) % 360) - 180;
    let maxLng = east === 180 ? 180 : ((((east + 180) % 360) + 360) % 360) - 180;
    const minLat = Math.max(-90, Math.min(90, south));
    const maxLat = Math.max(-90, Math.min(90, north));
    if (east - west >= 360) {
      minLng = -180;
      maxLng = 180;
    } else if (minLng > maxLng) {
      return [
        ...this.getClusters([minLng, minLat, 180, maxLat], zoom),
        ...this.getClusters([-180, minLat, maxLng, maxLat], zoom),
      ];
    }
    const z = Math.max(0, Math.floor(+zoom) || 0);
    const out: (ClusterFeature | Feature<Point>)[] = [];
    const box = { x0: lngX(minLng), y0: latY(maxLat), x1: lngX(maxLng), y1: latY(minLat) };
    // Above maxZoom every point is alone: the cells of maxZoom in view, point by point.
    const depth = Math.min(z, this.maxZoom) + CELL_BITS;
    this.walk(0, 0, 0, depth, box, (from, to) => {
      if (z > this.maxZoom || to - from === 1) {
        for (let k = from; k < to; k += 1) out.push(this.point(k));
      } else out.push(this.cluster(from, to, z));
    });
    return out;
  }

  /** The zoom at which the cluster `clusterId` is first shown as more than one. */
  getClusterExpansionZoom(clusterId: number): number {
    const { from, to, zoom } = this.range(clusterId);
    const first = this.codes[from] as number;
    const last = this.codes[to - 1] as number;
    for (let z = zoom + 1; z <= this.maxZoom; z += 1) {
      if (this.cellAt(first, z) !== this.cellAt(last, z)) return z;
    }
    return this.maxZoom + 1;
  }

  /** Indexes (into the loaded points) of the cluster's points. */
  getLeaves(clusterId: number): number[] {
    const { from, to } = this.range(clusterId);
    return Array.from(this.order.subarray(from, to));
  }

  private range(clusterId: number): { from: number; to: number; zoom: number } {
    const zoom = clusterId % ID_ZOOMS;
    const from = Math.floor(clusterId / ID_ZOOMS);
    if (
      !Number.isInteger(clusterId) ||
      clusterId < 0 ||
      zoom > this.maxZoom ||
      from >= this.codes.length
    ) {
      throw new Error('No cluster with the specified id.');
    }
    const cell = this.cellAt(this.codes[from] as number, zoom);
    const to = this.lowerBound((cell + 1) * 4 ** (this.maxZoom - zoom), from);
    if (to - from < 2 || (from > 0 && this.cellAt(this.codes[from - 1] as number, zoom) === cell)) {
      throw new Error('No cluster with the specified id.');
    }
    return { from, to, zoom };
  }

  /** The cell at `zoom` of the maxZoom code `code`. */
  private cellAt(code: number, zoom: number): number {
    return Math.floor(code / 4 ** (this.maxZoom - zoom));
  }

  /**
   * Calls `found` with the range of sorted points of each non-empty cell, at `depth` bits
   * per axis, that touches `box` (Mercator), from the cell (cx, cy) at `level` bits down.
   */
  private walk(
    level: number,
    cx: number,
    cy: number,
    depth: number,
    box: { x0: number; y0: number; x1: number; y1: number },
    found: (from: number, to: number) => void,
  ): void {
    const size = 2 ** -level;
    if (cx * size > box.x1 || (cx + 1) * size < box.x0) return;
    if (cy * size > box.y1 || (cy + 1) * size < box.y0) return;
    const span = 4 ** (this.bits - level);
    const first = morton(cx, cy) * span;
    const from = this.lowerBound(first, 0);
    const to = this.lowerBound(first + span, from);
    if (from === to) return;
    if (level === depth) {
      found(from, to);
      return;
    }
    for (const [dx, dy] of QUADRANTS)
      this.walk(level + 1, cx * 2 + dx, cy * 2 + dy, depth, box, found);
  }

  /** The first place from `start` on whose code is at least `code`. */
  private lowerBound(code: number, start: number): number {
    let lo = start;
    let hi = this.codes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.codes[mid] as number) < code) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private point(k: number): Feature<Point> {
    return this.points[this.order[k] as number] as Feature<Point>;
  }

  private cluster(from: number, to: number, zoom: number): ClusterFeature {
    const count = to - from;
    const id = from * ID_ZOOMS + zoom;
    const x = ((this.sumX[to] as number) - (this.sumX[from] as number)) / count;
    const y = ((this.sumY[to] as number) - (this.sumY[from] as number)) / count;
    return clusterFeature(id, count, xLng(x), yLat(y));
  }
}

/** A cluster of `count` points at [lon, lat], in Supercluster's form (the page reads it so). */
export function clusterFeature(
  id: number,
  count: number,
  lon: number,
  lat: number,
): ClusterFeature {
  return {
    type: 'Feature',
    id,
    properties: {
      cluster: true,
      cluster_id: id,
      point_count: count,
      point_count_abbreviated: abbreviateCount(count),
    },
    geometry: { type: 'Point', coordinates: [lon, lat] },
  };
}

/** A cluster's count as its marker shows it: 950, 3.1k, 12k. */
function abbreviateCount(count: number): number | string {
  if (count >= 10000) return `${Math.round(count / 1000)}k`;
  return count >= 1000 ? `${Math.round(count / 100) / 10}k` : count;
}

/** Morton order of the four children of a cell (x bit, y bit), as in morton(). */
const QUADRANTS: readonly (readonly [number, number])[] = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];

function cellOf(v: number, side: number): number {
  return Math.min(side - 1, Math.max(0, Math.floor(v * side)));
}

/** x's and y's 16 low bits interleaved, x's the higher of each pair. */
function morton(x: number, y: number): number {
  return ((spread16(x) << 1) | spread16(y)) >>> 0;
}

/** The 16 low bits of v, each moved to twice its place. */
function spread16(v: number): number {
  let s = v & 0xffff;
  s = (s | (s << 8)) & 0x00ff00ff;
  s = (s | (s << 4)) & 0x0f0f0f0f;
  s = (s | (s << 2)) & 0x33333333;
  return (s | (s << 1)) & 0x55555555;
}

/** The indexes 0..n-1 ordered by `codes`, stably: a radix sort, two passes of 16 bits. */
function sortByCode(codes: Uint32Array): Uint32Array {
  const n = codes.length;
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  const counts = new Uint32Array(65536);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < n; i += 1) {
      const d = ((codes[i] as number) >>> shift) & 0xffff;
      counts[d] = (counts[d] as number) + 1;
    }
    let sum = 0;
    for (let d = 0; d < 65536; d += 1) {
      const c = counts[d] as number;
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k += 1) {
      const i = order[k] as number;
      const d = ((codes[i] as number) >>> shift) & 0xffff;
      const at = counts[d] as number;
      next[at] = i;
      counts[d] = at + 1;
    }
    [order, next] = [next, order];
  }
  return order;
}

/** Longitude to spherical Mercator x in [0, 1]. */
function lngX(lng: number): number {
  return lng / 360 + 0.5;
}

/** Latitude to spherical Mercator y in [0, 1] (north at 0), clamped. */
function latY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return y < 0 ? 0 : y > 1 ? 1 : y;
}

function xLng(x: number): number {
  return (x - 0.5) * 360;
}

function yLat(y: number): number {
  const y2 = ((180 - y * 360) * Math.PI) / 180;
  return (360 * Math.atan(Math.exp(y2))) / Math.PI - 90;
}
