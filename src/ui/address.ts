/**
 * Binds the address bar to the app: writes the state with `replaceState`
 * (throttled: Safari refuses more than ~100 history calls in 30 s) or
 * `pushState` (one step Back can undo), and hands every address the reader
 * types or steps to (hashchange, popstate) back to the app. The parsing and
 * formatting are pure, in core/address/url-state.ts.
 */
import {
  formatState,
  parseState,
  type MapState,
  type ParseOptions,
} from '../core/address/url-state';

export interface AddressOptions extends ParseOptions {
  /** The app's state now. */
  read: () => MapState;
  /** Applies a state read from the address (Back, Forward, an edited address). */
  apply: (state: MapState) => void;
  /** Minimum time between two replaceState calls, in ms. Default 300. */
  throttle?: number;
}

export interface Address {
  /** Records the state as a new history entry. */
  push: () => void;
  /** Updates the current entry, at most once per `throttle` ms (the last call wins). */
  replace: () => void;
  /** The state in the address now. */
  current: () => MapState;
}

function hrefFor(hash: string): string {
  // An empty hash would leave a bare '#': drop it to the page's own address.
  return hash === '' ? location.pathname + location.search : hash;
}

export function bindAddress({ read, apply, throttle = 300, ...parse }: AddressOptions): Address {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = 0;
  const write = (kind: 'push' | 'replace'): void => {
    const hash = formatState(read());
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    if (kind === 'push') history.pushState(null, '', hrefFor(hash));
    else history.replaceState(null, '', hrefFor(hash));
  };
  const onNavigate = (): void => {
    // Our own writes never fire these; only the reader's navigation does.
    if (formatState(read()) === location.hash) return;
    apply(parseState(location.hash, parse));
  };
  window.addEventListener('popstate', onNavigate);
  window.addEventListener('hashchange', onNavigate);
  return {
    push() {
      if (timer) clearTimeout(timer);
      timer = null;
      write('push');
    },
    replace() {
      const wait = last + throttle - Date.now();
      if (timer) return;
      if (wait <= 0) {
        last = Date.now();
        write('replace');
        return;
      }
      timer = setTimeout(() => {
        timer = null;
        last = Date.now();
        write('replace');
      }, wait);
    },
    current: () => parseState(location.hash, parse),
  };
}
