/**
 * How the page presents the live map, from the state's display flags and embed mode:
 * `static=1`, the embed behaviours, the fullscreen button. Each renders from the state; none
 * dispatches. The theme is bound before the live map (theme.ts).
 */
import type { LeafletMap } from '../map/live-view';
import type { AppState } from '../core/state/app-state';
import type { Store } from '../core/state/store';
import { addFullscreenControl } from '../map/fullscreen-control';
import { setStatic } from '../map/static-map';
import { startEmbed } from './embed-view';
import { tr } from './i18n';

/** Binds the page's presentation to the store. */
export function bindPageView(store: Store, map: LeafletMap): void {
  const renderFullscreen = addFullscreenControl(map, {
    enter: () => tr().t('toolbar.fullscreen'),
    exit: () => tr().t('toolbar.exitFullscreen'),
  });
  let stopEmbed: (() => void) | null = null;
  const render = (next: AppState, prev: AppState | null): void => {
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
}
