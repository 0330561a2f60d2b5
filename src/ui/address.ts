/**
 * Binds the browser's history to the store. Each state change writes what
 * core/state/plan-history.ts says: `pushState` for a step Back can undo,
 * `replaceState` (throttled: Safari refuses more than ~100 history calls in
 * 30 s) for a refinement. Back, Forward and an edited address become one
 * `navigate` action, at most one per frame however fast they come.
 */
import type { ParseOptions } from '../core/address/url-state';
import type { Store } from '../core/state/store';
import {
  entryOf,
  type Navigation,
  readEntry,
  sameEntry,
  type FileMark,
  type HistoryEntry,
} from '../core/state/history-entry';
import { planHistory } from '../core/state/plan-history';

export interface AddressOptions extends ParseOptions {
  /** Minimum time between two replaceState calls, in ms. Default 300. */
  throttle?: number;
  /**
   * What must be loaded before the page goes where the address says (a language's table):
   * a promise to wait for, true once loaded and false when it cannot be, or null when all is
   * at hand. The address is read again once it has come, so a newer one wins.
   */
  prepare?: (to: Navigation) => Promise<boolean> | null;
}

/** The entry the browser shows now; `history.state` may hold anything (another script, a reload). */
export function currentEntry(): HistoryEntry {
  const file = (history.state as { file?: FileMark } | null)?.file;
  return file ? { hash: location.hash, file } : { hash: location.hash };
}

function write(op: 'push' | 'replace', entry: HistoryEntry): void {
  // An empty hash would leave a bare '#': drop it to the page's own address.
  const href = entry.hash === '' ? location.pathname + location.search : entry.hash;
  const data = entry.file ? { file: entry.file } : null;
  if (op === 'push') history.pushState(data, '', href);
  else history.replaceState(data, '', href);
}

export function bindAddress(
  store: Store,
  { throttle = 300, prepare, ...parse }: AddressOptions,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  let last = 0;
  const replaceNow = (): void => {
    timer = undefined;
    // A navigation waits for its frame: the entry is the reader's now, not ours to rewrite.
    if (frame !== undefined) return;
    last = Date.now();
    const entry = entryOf(store.get());
    if (!sameEntry(currentEntry(), entry)) write('replace', entry);
  };
  store.subscribe((next, prev, action, step) => {
    if (step === 'replace') {
      // Only the reader's pans and zooms come in bursts: they wait for the throttle. Every
      // other refinement (the map settling after the app's flight, a panel) is written at
      // once, so a Back pressed just after it cannot lose it.
      if (action.type !== 'map/moved') {
        clearTimeout(timer);
        replaceNow();
        return;
      }
      if (timer !== undefined) return; // The pending write will write the latest state.
      const wait = last + throttle - Date.now();
      if (wait <= 0) replaceNow();
      else timer = setTimeout(replaceNow, wait);
    } else if (step === 'push') {
      clearTimeout(timer);
      timer = undefined;
      if (frame !== undefined) {
        // The reader acted between Back and the frame that would apply it: the browser's
        // entry is not `prev`'s, so leave it as it is and add the new step after it.
        cancelAnimationFrame(frame);
        frame = undefined;
        write('push', entryOf(next));
        return;
      }
      for (const w of planHistory(step, currentEntry(), prev, next)) write(w.op, w.entry);
    }
  });
  const navigate = (prepared: boolean): void => {
    const entry = currentEntry();
    if (sameEntry(entry, entryOf(store.get()))) return; // Our own write, or no change.
    const to = readEntry(entry, parse);
    const loading = prepared ? null : (prepare?.(to) ?? null);
    // Loaded: read the address again (it may have moved on). Failed: go there all the same,
    // once; a table that cannot load leaves the language in force.
    if (loading) void loading.then((ok) => navigate(!ok));
    else store.dispatch({ type: 'navigate', to });
  };
  const onNavigate = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (frame !== undefined) return;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      navigate(false);
    });
  };
  window.addEventListener('popstate', onNavigate);
  window.addEventListener('hashchange', onNavigate);
}
