/**
 * The page's side of the open-data worker: one request, one answer (plus
 * progress while a file is checked). The worker is started on first use, so
 * a reader who never opens a file never loads it.
 */
import type { BBox, Feature } from 'geojson';
import type { ValidateProgress } from '../core/geojson/validate';
import type { OpenedSummary, OpenRequest, OpenResponse } from '../workers/open-worker';

type Body<T> = T extends unknown ? Omit<T, 'id'> : never;

export interface DataClient {
  open: (
    source: string | Blob,
    onProgress: (p: ValidateProgress) => void,
  ) => Promise<OpenedSummary>;
  clusters: (bbox: BBox, zoom: number) => Promise<Feature[]>;
  expansionZoom: (clusterId: number) => Promise<number>;
  exportText: () => Promise<string>;
}

export function createDataClient(): DataClient {
  let worker: Worker | null = null;
  let next = 1;
  const waiting = new Map<
    number,
    {
      resolve: (r: OpenResponse) => void;
      reject: (e: Error) => void;
      progress?: (p: ValidateProgress) => void;
    }
  >();

  function start(): Worker {
    if (worker) return worker;
    worker = new Worker(new URL('../workers/open-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<OpenResponse>) => {
      const message = event.data;
      const entry = waiting.get(message.id);
      if (!entry) return;
      if (message.type === 'progress') {
        entry.progress?.(message.progress);
        return;
      }
      waiting.delete(message.id);
      if (message.type === 'error') entry.reject(new Error(message.message));
      else entry.resolve(message);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      for (const entry of waiting.values()) entry.reject(new Error('The file reader stopped.'));
      waiting.clear();
      worker = null;
    };
    return worker;
  }

  function ask(
    body: Body<OpenRequest>,
    progress?: (p: ValidateProgress) => void,
  ): Promise<OpenResponse> {
    const id = next++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject, ...(progress ? { progress } : {}) });
      start().postMessage({ ...body, id } as OpenRequest);
    });
  }

  return {
    async open(source, onProgress) {
      const r = await ask({ type: 'open', source }, onProgress);
      if (r.type !== 'opened') throw new Error('Unexpected answer from the file reader.');
      return r.summary;
    },
    async clusters(bbox, zoom) {
      const r = await ask({ type: 'clusters', bbox, zoom });
      return r.type === 'clusters' ? r.features : [];
    },
    async expansionZoom(clusterId) {
      const r = await ask({ type: 'expansion-zoom', clusterId });
      return r.type === 'expansion-zoom' ? r.zoom : 0;
    },
    async exportText() {
      const r = await ask({ type: 'export' });
      if (r.type !== 'exported') throw new Error('Unexpected answer from the file reader.');
      return r.text;
    },
  };
}
