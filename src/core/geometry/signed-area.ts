/**
 * Signed area of a ring, for telling its winding order.
 *
 * Pure. Planar (shoelace) in the ring's own units, which is enough to tell clockwise
 * from counter-clockwise for rings that do not cross the antimeridian or enclose a pole.
 */
import type { Position } from 'geojson';

/**
 * Returns the signed area of `ring` in square coordinate units: positive when the ring
 * runs counter-clockwise (x east, y north), negative when clockwise, 0 when degenerate.
 * Works whether or not the ring repeats its first position at the end. Does not
 * compute a geodesic area and does not check that the ring is simple.
 */
export function signedArea(ring: readonly Position[]): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i += 1) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    if (a === undefined || b === undefined) continue;
    twice += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return twice / 2;
}
