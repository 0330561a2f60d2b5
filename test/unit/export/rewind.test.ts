import fc from 'fast-check';
import type { Geometry, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { rewind } from '../../../src/core/export/rewind';
import { signedArea } from '../../../src/core/geometry/signed-area';
import { polygon } from '../support/polygons';

const clockwiseSquare: Position[] = [
  [0, 0],
  [0, 4],
  [4, 4],
  [4, 0],
  [0, 0],
];
const counterClockwiseHole: Position[] = [
  [1, 1],
  [2, 1],
  [2, 2],
  [1, 1],
];

function followsRfc7946(rings: Position[][]): boolean {
  return rings.every((ring, i) => (i === 0 ? signedArea(ring) > 0 : signedArea(ring) < 0));
}

describe('rewind', () => {
  it('turns the d3 / world-atlas winding into RFC 7946 winding', () => {
    const input: Polygon = {
      type: 'Polygon',
      coordinates: [clockwiseSquare, counterClockwiseHole],
    };
    const output = rewind(input);
    expect(output.coordinates[0]).toEqual([...clockwiseSquare].reverse());
    expect(output.coordinates[1]).toEqual([...counterClockwiseHole].reverse());
    expect(followsRfc7946(output.coordinates)).toBe(true);
  });

  it('does not mutate its input', () => {
    const input: Polygon = { type: 'Polygon', coordinates: [clockwiseSquare.map((p) => [...p])] };
    const copy = structuredClone(input);
    rewind(input);
    expect(input).toEqual(copy);
  });

  it('rewinds every polygon of a MultiPolygon and inside a GeometryCollection', () => {
    const collection: Geometry = {
      type: 'GeometryCollection',
      geometries: [
        { type: 'MultiPolygon', coordinates: [[clockwiseSquare], [clockwiseSquare]] },
        { type: 'Point', coordinates: [1, 2] },
      ],
    };
    const out = rewind(collection);
    if (out.type !== 'GeometryCollection') throw new Error('type changed');
    const [multi, point] = out.geometries;
    if (multi?.type !== 'MultiPolygon') throw new Error('type changed');
    expect(multi.coordinates.every(followsRfc7946)).toBe(true);
    expect(point).toEqual({ type: 'Point', coordinates: [1, 2] });
  });

  it('returns points and lines unchanged', () => {
    const line: Geometry = { type: 'LineString', coordinates: clockwiseSquare };
    expect(rewind(line)).toBe(line);
  });

  it('makes any polygon RFC 7946, is idempotent, and only reverses rings', () => {
    fc.assert(
      fc.property(polygon, ({ rings }) => {
        const once = rewind<Polygon>({ type: 'Polygon', coordinates: rings });
        expect(followsRfc7946(once.coordinates)).toBe(true);
        expect(rewind(once)).toEqual(once);
        once.coordinates.forEach((ring, i) => {
          const original = rings[i] ?? [];
          expect([ring, [...ring].reverse()]).toContainEqual(original);
        });
      }),
    );
  });
});
