/**
 * The page's colours: `data-theme` on the root says what the address asked for (`theme=`);
 * `data-scheme` the colours in force (page.css): `light` or `dark` as asked, `auto` as the
 * system's prefers-color-scheme. Bound before the live map, which the first view may not load.
 */
import type { PageFlags } from '../core/address/page-flags';
import type { Store } from '../core/state/store';

const darkQuery = (): MediaQueryList => window.matchMedia('(prefers-color-scheme: dark)');

export function applyTheme(theme: PageFlags['theme']): void {
  const root = document.documentElement;
  root.dataset.theme = theme;
  root.dataset.scheme = theme === 'auto' ? (darkQuery().matches ? 'dark' : 'light') : theme;
}

/** Follows the state's theme, and the system's scheme, which can change while the page is open. */
export function bindTheme(store: Store): void {
  applyTheme(store.get().flags.theme);
  store.subscribe((next, prev) => {
    if (next.flags.theme !== prev.flags.theme) applyTheme(next.flags.theme);
  });
  darkQuery().addEventListener('change', () => applyTheme(store.get().flags.theme));
}
