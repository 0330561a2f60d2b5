/**
 * A vector tile as one Int32Array, so the worker can hand it to the page without a copy
 * (a transferable buffer) and the page allocates nothing per coordinate. Pure.
 *
 * Layout: the feature count, then per feature its kind (1 points, 2 lines, 3 polygon
 * rings), its index in the opened file, its ring count, then per ring its point count
 * and x, y pairs in tile units (0 to the tile's extent, past it in the buffer).
 */
import type { RawFeature } from 'geojson-vt';

export type PackedKind = 1 | 2 | 3;

/** Packs geojson-vt's raw tile features; a feature's id is its index in the opened file. */
export function packTile(features: readonly RawFeature[]): Int32Array {
  let size = 1;
  for (const f of features) {
    size += 3;
    if (f.type === 4) size += 3;
    else if (f.type === 1) size += 1 + f.geometry.length;
    else for (const ring of f.geometry) size += 1 + ring.length;
  }
  const out = new Int32Array(size);
  let at = 0;
  out[at++] = features.length;
  for (const f of features) {
    out[at++] = f.type === 4 ? 1 : f.type;
    out[at++] = Number(f.id ?? -1);
    const rings = f.type === 4 || f.type === 1 ? null : f.geometry;
    out[at++] = rings ? rings.length : 1;
    if (f.type === 4) {
      out[at++] = 1;
      out[at++] = f.x;
      out[at++] = f.y;
      continue;
    }
    for (const ring of rings ?? [f.geometry as Int32Array]) {
      out[at++] = ring.length / 2;
      out.set(ring, at);
      at += ring.length;
    }
  }
  return out;
}

/**
 * Calls `visit` for each feature of a packed tile with its kind, its index in the opened
 * file and its rings, each a view [x0, y0, x1, y1, …] into `data` (not a copy).
 */
export function forEachPackedFeature(
  data: Int32Array,
  visit: (kind: PackedKind, id: number, rings: Int32Array[]) => void,
): void {
  const count = data[0] ?? 0;
  let at = 1;
  for (let n = 0; n < count; n += 1) {
    const kind = data[at++] as PackedKind;
    const id = data[at++] as number;
    const ringCount = data[at++] as number;
    const rings: Int32Array[] = [];
    for (let r = 0; r < ringCount; r += 1) {
      const points = data[at++] as number;
      rings.push(data.subarray(at, at + 2 * points));
      at += 2 * points;
    }
    visit(kind, id, rings);
  }
}
