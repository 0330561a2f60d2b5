/**
 * Which history writes a state change needs, as data, so the browser binding
 * (ui/address.ts) and the model test (test/unit/state/) share one rule:
 * - `push`: first make sure the current entry holds the state *before* the
 *   step (a throttled refinement may not have been written yet), then add
 *   the new state as a new entry, unless it would be the same address;
 * - `replace`: rewrite the current entry when it differs;
 * - `none`: nothing.
 */
import type { HistoryStep } from './actions';
import type { AppState } from './app-state';
import { entryOf, sameEntry, type HistoryEntry } from './history-entry';

export interface HistoryWrite {
  op: 'push' | 'replace';
  entry: HistoryEntry;
}

export function planHistory(
  step: HistoryStep,
  current: HistoryEntry,
  prev: AppState,
  next: AppState,
): HistoryWrite[] {
  const after = entryOf(next);
  if (step === 'none') return [];
  if (step === 'replace') return sameEntry(current, after) ? [] : [{ op: 'replace', entry: after }];
  const before = entryOf(prev);
  const writes: HistoryWrite[] = [];
  if (!sameEntry(current, before)) writes.push({ op: 'replace', entry: before });
  if (!sameEntry(before, after)) writes.push({ op: 'push', entry: after });
  return writes;
}
