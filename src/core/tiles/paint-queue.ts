/**
 * The worker's queue of tiles to paint: one tile per turn of the worker's event loop, so
 * that a cancel the page sent (the tile left the view before it was painted) is read
 * between two paints and the tile is never painted. Pure: the turn is passed in.
 */
export interface PaintQueue<T> {
  /** Queues `job` under `id`; its promise gives the job's result (or its error), null if cancelled. */
  add: (id: number, job: () => T) => Promise<T | null>;
  /** Drops the job `id` if it has not run; its promise gives null. */
  cancel: (id: number) => void;
  /** Jobs waiting. */
  readonly size: number;
}

/** `later(f)` runs f on a later turn, after messages already received (setTimeout(f, 0)). */
export function createPaintQueue<T>(later: (f: () => void) => void): PaintQueue<T> {
  const jobs = new Map<
    number,
    { job: () => T; resolve: (value: T | null) => void; reject: (error: unknown) => void }
  >();
  let scheduled = false;
  const turn = (): void => {
    scheduled = false;
    // A Map keeps insertion order: the first asked is the first painted, as Leaflet asks
    // from the centre of the view out.
    const next = jobs.entries().next();
    if (next.done) return;
    const [id, { job, resolve, reject }] = next.value;
    jobs.delete(id);
    if (jobs.size > 0) schedule();
    try {
      resolve(job());
    } catch (error) {
      reject(error);
    }
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    later(turn);
  };
  return {
    add(id, job) {
      return new Promise((resolve, reject) => {
        jobs.set(id, { job, resolve, reject });
        schedule();
      });
    },
    cancel(id) {
      const entry = jobs.get(id);
      if (!entry) return;
      jobs.delete(id);
      entry.resolve(null);
    },
    get size() {
      return jobs.size;
    },
  };
}
