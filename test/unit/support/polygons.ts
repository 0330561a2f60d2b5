/** fast-check generators of simple polygons, shared by the geometry tests. */
import fc from 'fast-check';
import type { Position } from 'geojson';

/**
 * A closed, simple, star-shaped ring around `center`: angles strictly increasing, so
 * counter-clockwise, with radii in [minRadius, maxRadius].
 */
export function starRing(center: Position, minRadius: number, maxRadius: number) {
  return fc
    .uniqueArray(fc.integer({ min: 0, max: 359 }), { minLength: 3, maxLength: 24 })
    .chain((degrees) =>
      fc.tuple(
        fc.constant([...degrees].sort((a, b) => a - b)),
        fc.array(fc.double({ min: minRadius, max: maxRadius, noNaN: true }), {
          minLength: degrees.length,
          maxLength: degrees.length,
        }),
      ),
    )
    .filter(([degrees]) => spansCircle(degrees))
    .map(([degrees, radii]) => {
      const ring = degrees.map((d, i): Position => {
        const r = radii[i] ?? minRadius;
        const a = (d * Math.PI) / 180;
        return [(center[0] ?? 0) + r * Math.cos(a), (center[1] ?? 0) + r * Math.sin(a)];
      });
      const first = ring[0];
      return first === undefined ? ring : [...ring, first];
    });
}

// Angles must not all sit in one half-plane, or the centre falls outside the ring.
function spansCircle(degrees: number[]): boolean {
  return degrees.every((d, i) => {
    const next = degrees[(i + 1) % degrees.length] ?? d;
    return (next - d + 360) % 360 < 180 || degrees.length === 1;
  });
}

/** A polygon (exterior plus up to two holes) around a random centre, in either winding. */
export const polygon = fc
  .record({
    lon: fc.double({ min: -170, max: 170, noNaN: true }),
    lat: fc.double({ min: -80, max: 80, noNaN: true }),
  })
  .chain(({ lon, lat }) =>
    fc.tuple(
      starRing([lon, lat], 2, 5),
      fc.array(starRing([lon, lat], 0.2, 1), { maxLength: 2 }),
      fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      fc.constant<Position>([lon, lat]),
    ),
  )
  .map(([exterior, holes, flips, center]) => ({
    center,
    rings: [exterior, ...holes].map((ring, i) => (flips[i % 3] ? [...ring].reverse() : ring)),
  }));
