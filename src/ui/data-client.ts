/**
 * The page's side of the open-data workers. Each open gets a fresh worker, so that
 * cancelling it (or opening another file) terminates it at once, mid-check, and frees its
 * memory. The worker of the open that the page commits becomes the one that serves the
 * clusters and the export; the one it replaces is terminated. So what the worker serves is
 * always what the page shows. No worker is started until a file is opened.
 */
import type { BBox, Feature } from 'geojson';
import { phrase, PhrasedError } from '../core/i18n/phrase';
import type {
  FoundFeature,
  OpenedSummary,
  OpenLimits,
  OpenProgress,
  OpenRequest,
  OpenResponse,
  OpenSource,
} from '../workers/open-worker';
import type { PaintedTileSource } from '../workers/tile-painter';

type Body<T> = T extends unknown ? Omit<T, 'id'> : never;

/** Thrown by a cancelled or superseded open. */
export class OpenCancelled extends Error {
  override name = 'OpenCancelled';
}

/** One open in progress, or done and not yet committed. */
export interface OpenTask {
  /** The worker's summary; rejects with OpenCancelled when cancelled or superseded. */
  readonly result: Promise<OpenedSummary>;
  /** Stops it at once (terminating its worker), unless it was committed. */
  cancel: () => void;
}

export interface DataClient {
  /** Starts opening `source`; any open not yet committed is cancelled. */
  open: (
    source: OpenSource,
    name: string,
    limits: OpenLimits,
    onProgress: (p: OpenProgress) => void,
  ) => OpenTask;
  /** Makes an accepted open what is served; the previously served one is freed. */
  commit: (task: OpenTask) => void;
  /** Frees what is served (the worker is terminated). */
  close: () => void;
  clusters: (bbox: BBox, zoom: number) => Promise<Feature[]>;
  expansionZoom: (clusterId: number) => Promise<number>;
  /** A packed tile of the served file's lines and polygons; null when empty or nothing is served. */
  tile: (z: number, x: number, y: number) => Promise<Int32Array | null>;
  /** The served file's topmost line or polygon under [lon, lat] at map zoom `zoom`, if any. */
  featureAt: (lon: number, lat: number, zoom: number) => Promise<FoundFeature | null>;
  /** The served file as RFC 7946 text; rejects when nothing is served. */
  exportText: () => Promise<string>;
  /** A tile painted by the worker (or packed, where it cannot paint); see PaintedTileSource. */
  paintedTile: PaintedTileSource;
}

/** One worker and its requests. */
class Channel {
  private readonly worker: Worker;
  private next = 1;
  private readonly waiting = new Map<
    number,
    {
      resolve: (r: OpenResponse) => void;
      reject: (e: Error) => void;
      progress?: (p: OpenProgress) => void;
    }
  >();

  constructor() {
    this.worker = new Worker(new URL('../workers/open-worker.ts', import.meta.url), {
      type: 'module',
    });
    this.worker.onmessage = (event: MessageEvent<OpenResponse>) => {
      const message = event.data;
      const entry = this.waiting.get(message.id);
      if (!entry) return;
      if (message.type === 'progress') {
        entry.progress?.(message.progress);
        return;
      }
      this.waiting.delete(message.id);
      if (message.type === 'error') {
        entry.reject(
          message.phrase ? new PhrasedError(message.phrase) : new Error(message.message),
        );
      } else entry.resolve(message);
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail(new PhrasedError(phrase('open.readerStopped')));
    };
  }

  ask(body: Body<OpenRequest>, progress?: (p: OpenProgress) => void): Promise<OpenResponse> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, ...(progress ? { progress } : {}) });
      this.worker.postMessage({ ...body, id } as OpenRequest);
    });
  }

  /** As ask, but `signal` withdraws the question: the worker is told, and null is given. */
  askUnless(body: Body<OpenRequest>, signal: AbortSignal): Promise<OpenResponse | null> {
    if (signal.aborted) return Promise.resolve(null);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        this.waiting.delete(id);
        this.worker.postMessage({ id: this.next++, type: 'cancel-paint', request: id });
        resolve(null);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      const settled = (): void => signal.removeEventListener('abort', onAbort);
      this.waiting.set(id, {
        resolve: (r) => {
          settled();
          resolve(r);
        },
        reject: (e) => {
          settled();
          reject(e);
        },
      });
      this.worker.postMessage({ ...body, id } as OpenRequest);
    });
  }

  /** Stops the worker at once; every pending request rejects with `error`. */
  terminate(error: Error = new OpenCancelled('closed')): void {
    this.worker.terminate();
    this.fail(error);
  }

  private fail(error: Error): void {
    for (const entry of this.waiting.values()) entry.reject(error);
    this.waiting.clear();
  }
}

export function createDataClient(): DataClient {
  let served: Channel | null = null;
  // The open not yet committed, and the id of its request (known once it answered).
  let pending: { task: OpenTask; channel: Channel; openId: () => number } | null = null;

  return {
    open(source, name, limits, onProgress) {
      pending?.task.cancel();
      const channel = new Channel();
      let openId = 0;
      const result = channel.ask({ type: 'open', source, limits }, onProgress).then((r) => {
        if (r.type !== 'opened') throw new Error('Unexpected answer from the file reader.');
        openId = r.id;
        return r.summary;
      });
      const task: OpenTask = {
        result,
        cancel: () => {
          if (pending?.task !== task) return;
          pending = null;
          channel.terminate(new OpenCancelled(`opening ${name} was cancelled`));
        },
      };
      pending = { task, channel, openId: () => openId };
      return task;
    },
    commit(task) {
      if (pending?.task !== task) throw new OpenCancelled('that open was superseded');
      const { channel, openId } = pending;
      pending = null;
      channel.ask({ type: 'commit', open: openId() }).catch(() => undefined);
      served?.terminate();
      served = channel;
    },
    close() {
      pending?.task.cancel();
      served?.terminate();
      served = null;
    },
    async clusters(bbox, zoom) {
      const r = await served?.ask({ type: 'clusters', bbox, zoom }).catch(() => null);
      return r?.type === 'clusters' ? r.features : [];
    },
    async expansionZoom(clusterId) {
      const r = await served?.ask({ type: 'expansion-zoom', clusterId }).catch(() => null);
      return r?.type === 'expansion-zoom' ? r.zoom : 0;
    },
    async tile(z, x, y) {
      const r = await served?.ask({ type: 'tile', z, x, y }).catch(() => null);
      return r?.type === 'tile' ? r.data : null;
    },
    async featureAt(lon, lat, zoom) {
      const r = await served?.ask({ type: 'feature-at', lon, lat, zoom }).catch(() => null);
      return r?.type === 'feature-at' ? r.found : null;
    },
    async paintedTile(z, x, y, size, ratio, signal) {
      const r = await served
        ?.askUnless({ type: 'paint-tile', z, x, y, size, ratio }, signal)
        .catch(() => null);
      return r?.type === 'painted-tile' ? { bitmap: r.bitmap, data: r.data } : null;
    },
    async exportText() {
      if (!served) throw new Error('no opened file is shown');
      const r = await served.ask({ type: 'export' });
      if (r.type !== 'exported') throw new Error('Unexpected answer from the file reader.');
      return r.text;
    },
  };
}
