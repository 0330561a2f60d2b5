/**
 * The open worker's tile painting (issue 15, 2): a tile is handed over as pixels, or packed
 * where the worker cannot paint; an empty tile as nothing; a tile the page withdrew before
 * its turn is neither painted nor answered. The worker's turns are run by the test.
 */
import { describe, expect, it } from 'vitest';
import { createTilePainter, type PaintResponse } from '../../../src/workers/tile-painter';

function painter(canPaint: boolean) {
  const turns: (() => void)[] = [];
  const posted: [PaintResponse, Transferable[]][] = [];
  const painted: string[] = [];
  const tiles: Record<string, Int32Array> = {
    '1/0/0': Int32Array.of(0),
    '1/1/0': Int32Array.of(0),
  };
  const handle = createTilePainter(
    (z, x, y) => tiles[`${z}/${x}/${y}`] ?? null,
    (response, transfer) => posted.push([response, transfer]),
    {
      later: (f) => turns.push(f),
      paint: (data, size, ratio) => {
        if (!canPaint) return null;
        painted.push(`${data.length} ${size}@${ratio}`);
        return { width: size * ratio } as ImageBitmap;
      },
    },
  );
  const runTurns = async (): Promise<void> => {
    while (turns.length > 0) {
      turns.shift()?.();
      await Promise.resolve();
      await Promise.resolve();
    }
  };
  return { handle, posted, painted, runTurns };
}

const ask = (id: number, x: number) =>
  ({ id, type: 'paint-tile', z: 1, x, y: 0, size: 256, ratio: 2 }) as const;

describe('createTilePainter', () => {
  it('paints each tile asked and transfers its pixels; an empty tile is nothing', async () => {
    const { handle, posted, painted, runTurns } = painter(true);
    handle(ask(1, 0));
    handle(ask(2, 5));
    expect(posted).toEqual([]);
    await runTurns();
    expect(painted).toEqual(['1 256@2']);
    const [[first, transfer], [empty]] = posted as [
      [PaintResponse, Transferable[]],
      [PaintResponse],
    ];
    expect(first).toEqual({ id: 1, type: 'painted-tile', bitmap: { width: 512 }, data: null });
    expect(transfer).toEqual([first.bitmap]);
    expect(empty).toEqual({ id: 2, type: 'painted-tile', bitmap: null, data: null });
  });

  it('where it cannot paint, hands over the packed tile for the page to paint', async () => {
    const { handle, posted, runTurns } = painter(false);
    handle(ask(1, 0));
    await runTurns();
    const [[response, transfer]] = posted as [[PaintResponse, Transferable[]]];
    expect(response.bitmap).toBeNull();
    expect(response.data).toEqual(Int32Array.of(0));
    expect(transfer).toEqual([response.data?.buffer]);
  });

  it('a tile withdrawn before its turn is not painted and not answered', async () => {
    const { handle, posted, painted, runTurns } = painter(true);
    handle(ask(1, 0));
    handle(ask(2, 1));
    handle({ id: 3, type: 'cancel-paint', request: 1 });
    await runTurns();
    expect(painted).toEqual(['1 256@2']);
    expect(posted.map(([r]) => r.id)).toEqual([2]);
  });
});
