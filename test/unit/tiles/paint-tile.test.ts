/** Packing a tile for the page and painting it: rings round-trip; kinds paint as drawn. */
import type { RawFeature } from 'geojson-vt';
import { describe, expect, it } from 'vitest';
import { forEachPackedFeature, packTile } from '../../../src/core/tiles/pack-tile';
import { paintTile, type TileContext } from '../../../src/core/tiles/paint-tile';

const features: RawFeature[] = [
  { id: 7, tags: null, type: 3, geometry: [Int32Array.of(0, 0, 16, 0, 16, 16, 0, 0)] },
  { id: 8, tags: null, type: 2, geometry: [Int16Array.of(-32, 0, 4128, 16)] },
  { id: 9, tags: null, type: 4, x: 32, y: 48 },
  { id: 10, tags: null, type: 1, geometry: Int32Array.of(1, 2, 3, 4) },
];

describe('packTile', () => {
  it('keeps each feature’s kind, index and rings', () => {
    const seen: [number, number, number[][]][] = [];
    forEachPackedFeature(packTile(features), (kind, id, rings) =>
      seen.push([kind, id, rings.map((r) => [...r])]),
    );
    expect(seen).toEqual([
      [3, 7, [[0, 0, 16, 0, 16, 16, 0, 0]]],
      [2, 8, [[-32, 0, 4128, 16]]],
      [1, 9, [[32, 48]]],
      [1, 10, [[1, 2, 3, 4]]],
    ]);
  });
});

describe('paintTile', () => {
  it('fills polygons and dots, strokes everything, in tile units × scale', () => {
    const calls: string[] = [];
    const record =
      (name: string) =>
      (...args: unknown[]) =>
        calls.push(`${name}(${args.join(',')})`);
    const ctx = {
      beginPath: record('begin'),
      moveTo: record('move'),
      lineTo: record('line'),
      closePath: record('close'),
      arc: record('arc'),
      fill: record('fill'),
      stroke: record('stroke'),
    } as unknown as TileContext;
    paintTile(ctx, packTile(features.slice(0, 2)), 1 / 16);
    expect(calls).toEqual([
      'begin()',
      'move(0,0)',
      'line(1,0)',
      'line(1,1)',
      'line(0,0)',
      'close()',
      'fill(evenodd)',
      'stroke()',
      'begin()',
      'move(-2,0)',
      'line(258,1)',
      'stroke()',
    ]);
  });
});
