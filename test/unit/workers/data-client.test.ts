/**
 * The page's client of the open workers (issue 16, 1, 3 and 11): one worker per open, a
 * superseded or cancelled open's worker terminated at once, the committed one serving, and
 * close() ("Back to the article") terminating it, so its memory is freed. Workers are
 * stand-ins whose answers the test sends, in the order it chooses.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataClient, OpenCancelled } from '../../../src/ui/data-client';
import type { OpenedSummary, OpenRequest, OpenResponse } from '../../../src/workers/open-worker';

class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((event: { data: OpenResponse }) => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  received: OpenRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(request: OpenRequest): void {
    this.received.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the last request of `type` with `body`. */
  answer(type: OpenRequest['type'], body: Record<string, unknown>): void {
    const request = [...this.received].reverse().find((r) => r.type === type);
    if (!request) throw new Error(`no ${type} request`);
    this.onmessage?.({ data: { id: request.id, ...body } as OpenResponse });
  }
}

const summary = { ok: true, count: 1 } as OpenedSummary;
const limits = { maxBytes: 1000, timeoutMs: 1000, pageProtocol: 'http:' };

/** A client serving an opened file from its (fake) worker. */
async function servedClient() {
  const client = createDataClient();
  const task = client.open('a', 'a', limits, () => undefined);
  const worker = FakeWorker.all[0] as FakeWorker;
  worker.answer('open', { type: 'opened', summary });
  await task.result;
  client.commit(task);
  return { client, worker };
}

beforeEach(() => {
  FakeWorker.all = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('createDataClient', () => {
  it('starts no worker until a file is opened, and one per open', () => {
    const client = createDataClient();
    expect(FakeWorker.all.length).toBe(0);
    client.open('a', 'a', limits, () => undefined).result.catch(() => undefined);
    client.open('b', 'b', limits, () => undefined).result.catch(() => undefined);
    expect(FakeWorker.all.length).toBe(2);
  });

  it('a newer open terminates the older one at once; its result rejects as cancelled', async () => {
    const client = createDataClient();
    const first = client.open('a', 'a', limits, () => undefined);
    client.open('b', 'b', limits, () => undefined);
    await expect(first.result).rejects.toBeInstanceOf(OpenCancelled);
    expect(FakeWorker.all.map((w) => w.terminated)).toEqual([true, false]);
  });

  it('cancel terminates the worker mid-check', async () => {
    const client = createDataClient();
    const task = client.open('a', 'a', limits, () => undefined);
    task.cancel();
    await expect(task.result).rejects.toBeInstanceOf(OpenCancelled);
    expect(FakeWorker.all[0]?.terminated).toBe(true);
  });

  it('serves from the committed worker only; a later open does not change what is served', async () => {
    const client = createDataClient();
    const task = client.open('a', 'a', limits, () => undefined);
    const shown = FakeWorker.all[0] as FakeWorker;
    shown.answer('open', { type: 'opened', summary });
    await task.result;
    client.commit(task);
    expect(shown.received.at(-1)).toMatchObject({ type: 'commit', open: shown.received[0]?.id });
    // A second open is being checked: the export still asks the shown file's worker.
    const next = client.open('b', 'b', limits, () => undefined);
    next.result.catch(() => undefined);
    const exported = client.exportText();
    shown.answer('export', { type: 'exported', text: 'A' });
    await expect(exported).resolves.toBe('A');
    expect(FakeWorker.all[1]?.received.some((r) => r.type === 'export')).toBe(false);
  });

  it('committing a newer open frees the previously served worker; close frees the served one', async () => {
    const client = createDataClient();
    const a = client.open('a', 'a', limits, () => undefined);
    FakeWorker.all[0]?.answer('open', { type: 'opened', summary });
    await a.result;
    client.commit(a);
    const b = client.open('b', 'b', limits, () => undefined);
    FakeWorker.all[1]?.answer('open', { type: 'opened', summary });
    await b.result;
    client.commit(b);
    expect(FakeWorker.all.map((w) => w.terminated)).toEqual([true, false]);
    client.close();
    expect(FakeWorker.all[1]?.terminated).toBe(true);
    await expect(client.exportText()).rejects.toThrow(/no opened file/);
  });

  it('a painted tile withdrawn before it comes gives null, and the worker is told', async () => {
    const { client, worker } = await servedClient();
    const kept = new AbortController();
    const dropped = new AbortController();
    const tile = client.paintedTile(1, 0, 0, 256, 2, kept.signal);
    const keptId = worker.received.at(-1)?.id as number;
    const gone = client.paintedTile(1, 1, 0, 256, 2, dropped.signal);
    const goneId = worker.received.at(-1)?.id;
    dropped.abort();
    await expect(gone).resolves.toBeNull();
    expect(worker.received.at(-1)).toMatchObject({ type: 'cancel-paint', request: goneId });
    worker.onmessage?.({ data: { id: keptId, type: 'painted-tile', bitmap: null, data: null } });
    // The answer for the withdrawn one, had it come, is for no one.
    const data = Int32Array.of(0);
    worker.onmessage?.({
      data: { id: goneId as number, type: 'painted-tile', bitmap: null, data },
    });
    await expect(tile).resolves.toEqual({ bitmap: null, data: null });
  });

  it('after close, tiles and features are asked of no worker: the terminated one held them', async () => {
    const { client, worker } = await servedClient();
    const tile = client.tile(0, 0, 0);
    worker.answer('tile', { type: 'tile', data: new Int32Array([0]) });
    await expect(tile).resolves.toEqual(new Int32Array([0]));
    // A request still on its way when the worker is terminated gets nothing.
    const late = client.featureAt(0, 0, 3);
    client.close();
    await expect(late).resolves.toBeNull();
    const asked = worker.received.length;
    await expect(client.tile(0, 0, 0)).resolves.toBeNull();
    await expect(client.featureAt(0, 0, 3)).resolves.toBeNull();
    expect([worker.terminated, worker.received.length]).toEqual([true, asked]);
  });

  it('a superseded open cannot be committed', async () => {
    const client = createDataClient();
    const a = client.open('a', 'a', limits, () => undefined);
    a.result.catch(() => undefined);
    client.open('b', 'b', limits, () => undefined);
    expect(() => client.commit(a)).toThrow(OpenCancelled);
  });
});
