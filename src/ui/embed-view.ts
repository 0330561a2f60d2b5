/**
 * The page inside a news site's iframe (`embed=1`): cooperative gestures (the wheel and
 * one finger scroll the host page, src/map/cooperative-gestures.ts), the page's height
 * posted to the host (embed-height.ts, read by public/embed.js), and a map that grows
 * when an open popup needs more room than the iframe's first height, and shrinks back
 * when it closes. Without the host script the iframe keeps its height and still works.
 */
import { cooperativeGestures } from '../map/cooperative-gestures';
import { fitPopups } from '../map/embed-popups';
import type { LeafletMap } from '../map/live-view';
import { reportEmbedHeight } from './embed-height';
import { tr } from './i18n';

/**
 * Turns the embed behaviours on for `map` (`interactive` false for `static=1`: no
 * gestures to share then); returns a function that turns them off.
 */
export function startEmbed(map: LeafletMap, interactive: boolean): () => void {
  const root = document.documentElement;
  // The iframe's own first height is the map's (page.css); only a popup makes the page taller.
  const base = Math.max(200, window.innerHeight);
  root.style.setProperty('--embed-height', `${base}px`);
  root.classList.add('embedded');
  const stops = [fitPopups(map, base), reportEmbedHeight(document.body)];
  if (interactive) {
    const mac = /Mac|iPhone|iPad/.test(navigator.platform);
    stops.push(
      cooperativeGestures(map, {
        wheelHint: tr().t(mac ? 'map.cmdScroll' : 'map.ctrlScroll'),
        touchHint: tr().t('map.twoFingers'),
      }),
    );
  }
  return () => {
    for (const stop of stops) stop();
    root.classList.remove('embedded');
    root.style.removeProperty('--embed-height');
  };
}
