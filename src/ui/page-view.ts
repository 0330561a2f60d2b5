/**
 * How the page presents the map, from the state's display flags and embed mode: the
 * theme (`theme=`, else the system's colour scheme), `static=1`, the embed behaviours,
 * the fullscreen button. Each renders from the state; none dispatches.
 */
import type { LeafletMap } from '../map/live-view';
import type { PageFlags } from '../core/address/page-flags';
import type { AppState } from '../core/state/app-state';
import type { Store } from '../core/state/store';
import { addFullscreenControl } from '../map/fullscreen-control';
import { setStatic } from '../map/static-map';
import { startEmbed } from './embed-view';
import { tr } from './i18n';

const darkQuery = (): MediaQueryList => window.matchMedia('(prefers-color-scheme: dark)');

/**
 * `data-theme` on the root says what the address asked for; `data-scheme` the colours in
 * force (page.css): `light` or `dark` as asked, `auto` as the system's prefers-color-scheme.
 */
export function applyTheme(theme: PageFlags['theme']): void {
  const root = document.documentElement;
  root.dataset.theme = theme;
  root.dataset.scheme = theme === 'auto' ? (darkQuery().matches ? 'dark' : 'light') : theme;
}

/** Binds the page's presentation to the store. */
export function bindPageView(store: Store, map: LeafletMap): void {
  const renderFullscreen = addFullscreenControl(map, {
    enter: () => tr().t('toolbar.fullscreen'),
    exit: () => tr().t('toolbar.exitFullscreen'),
  });
  let stopEmbed: (() => void) | null = null;
  const render = (next: AppState, prev: AppState | null): void => {
    applyTheme(next.flags.theme);
    if (next.flags.static !== prev?.flags.static) {
      setStatic(map, next.flags.static);
      document.body.classList.toggle('static', next.flags.static);
    }
    if (next.embed !== prev?.embed || next.flags.static !== prev.flags.static) {
      stopEmbed?.();
      stopEmbed = next.embed ? startEmbed(map, !next.flags.static) : null;
    }
  };
  render(store.get(), null);
  store.subscribe((next, prev) => {
    render(next, prev);
    if (next.lang !== prev.lang) renderFullscreen();
  });
  // The system's scheme can change while the page is open (a schedule, the reader's switch).
  darkQuery().addEventListener('change', () => applyTheme(store.get().flags.theme));
}
