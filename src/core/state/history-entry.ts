/**
 * A history entry: the address (`#map=…&place=…`) plus, for a local file,
 * which file (kept in the entry's `history.state`: a file has no URL to put
 * in a link). `entryOf` and `readEntry` are inverses on every state the app
 * can reach (test/unit/state/history.test.ts).
 */
import { formatState, parseState, type MapState, type ParseOptions } from '../address/url-state';
import { toMapState, type AppState } from './app-state';

export interface FileMark {
  token: number;
  name: string;
}

export interface HistoryEntry {
  hash: string;
  file?: FileMark;
}

/** What an entry asks for: the link's state, and the local file it showed, if any. */
export interface Navigation extends MapState {
  file?: FileMark;
}

export function entryOf(state: AppState): HistoryEntry {
  const hash = formatState(toMapState(state));
  const data = state.data;
  return data?.kind === 'file' ? { hash, file: { token: data.token, name: data.name } } : { hash };
}

/**
 * Reads an entry; never throws. A `file` mark is kept only when it is
 * well formed, since `history.state` survives reloads and may be stale.
 */
export function readEntry(entry: HistoryEntry, options: ParseOptions = {}): Navigation {
  const state: Navigation = parseState(entry.hash, options);
  const file = entry.file;
  if (
    file &&
    Number.isSafeInteger(file.token) &&
    typeof file.name === 'string' &&
    state.data === undefined
  ) {
    state.file = { token: file.token, name: file.name };
  }
  return state;
}

export function sameEntry(a: HistoryEntry, b: HistoryEntry): boolean {
  return a.hash === b.hash && a.file?.token === b.file?.token;
}
