/**
 * The worker's paint queue (issue 15, 2): tiles are painted one a turn in the order asked,
 * and a tile cancelled before its turn is never painted. Turns are run by the test, in
 * the order it chooses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPaintQueue } from '../../../src/core/tiles/paint-queue';

/** A queue whose turns the test runs; `turns` counts those waiting. */
function manualQueue() {
  const turns: (() => void)[] = [];
  const queue = createPaintQueue<string>((f) => turns.push(f));
  const runTurn = async (): Promise<void> => {
    turns.shift()?.();
    // Let the promise of the job just run settle.
    await Promise.resolve();
  };
  return { queue, turns, runTurn };
}

describe('createPaintQueue', () => {
  it('runs one job a turn, first asked first, and gives each its result', async () => {
    const { queue, turns, runTurn } = manualQueue();
    const ran: number[] = [];
    const a = queue.add(1, () => (ran.push(1), 'a'));
    const b = queue.add(2, () => (ran.push(2), 'b'));
    expect([ran, turns.length]).toEqual([[], 1]);
    await runTurn();
    expect(ran).toEqual([1]);
    await runTurn();
    expect(ran).toEqual([1, 2]);
    await expect(Promise.all([a, b])).resolves.toEqual(['a', 'b']);
    expect(turns.length).toBe(0);
  });

  it('a job cancelled before its turn never runs and gives null', async () => {
    const { queue, runTurn } = manualQueue();
    const ran: number[] = [];
    const a = queue.add(1, () => (ran.push(1), 'a'));
    const b = queue.add(2, () => (ran.push(2), 'b'));
    queue.cancel(1);
    await runTurn();
    await runTurn();
    expect(ran).toEqual([2]);
    await expect(a).resolves.toBeNull();
    await expect(b).resolves.toBe('b');
    // Cancelling what already ran, or was never asked, changes nothing.
    queue.cancel(2);
    queue.cancel(9);
    expect(queue.size).toBe(0);
  });

  it('a job that throws rejects, and the next still runs', async () => {
    const { queue, runTurn } = manualQueue();
    const bad = queue.add(1, () => {
      throw new Error('no canvas');
    });
    const good = queue.add(2, () => 'ok');
    await runTurn();
    await runTurn();
    await expect(bad).rejects.toThrow('no canvas');
    await expect(good).resolves.toBe('ok');
  });

  it('runs exactly the jobs not cancelled before their turn, in the order asked', async () => {
    const op = fc.oneof(
      fc.constant({ kind: 'add' as const }),
      fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
      fc.constant({ kind: 'turn' as const }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 40 }), async (ops) => {
        const { queue, turns, runTurn } = manualQueue();
        const ran: number[] = [];
        // The model: ids waiting, in order.
        const waiting: number[] = [];
        const expected: number[] = [];
        let next = 0;
        for (const o of ops) {
          if (o.kind === 'add') {
            const id = next++;
            void queue.add(id, () => (ran.push(id), String(id)));
            waiting.push(id);
          } else if (o.kind === 'cancel') {
            const id = next === 0 ? 0 : o.pick % next;
            queue.cancel(id);
            const at = waiting.indexOf(id);
            if (at >= 0) waiting.splice(at, 1);
          } else {
            await runTurn();
            const first = waiting.shift();
            if (first !== undefined) expected.push(first);
          }
          expect(queue.size).toBe(waiting.length);
        }
        // Every job left runs, each on its own turn.
        while (turns.length > 0) await runTurn();
        expected.push(...waiting);
        expect(ran).toEqual(expected);
      }),
    );
  });
});
