/**
 * A "Fullscreen" button on the map (a Leaflet control, so it shows in embeds too, where
 * the toolbar is hidden): puts the map's element in fullscreen with the Fullscreen API
 * and back; the snippet's iframe carries `allowfullscreen` for it. Hidden where the
 * browser offers no fullscreen (an iframe without the permission, older iOS).
 */
import L from 'leaflet';

export interface FullscreenLabels {
  enter: () => string;
  exit: () => string;
}

/** Adds the button to `map` for `target` (default: the map's container); returns a re-render for a change of language. */
export function addFullscreenControl(
  map: L.Map,
  labels: FullscreenLabels,
  target: HTMLElement = map.getContainer(),
): () => void {
  const control = new L.Control({ position: 'topleft' });
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'fullscreen-button';
  const render = (): void => {
    const on = document.fullscreenElement === target;
    button.textContent = on ? '⤡' : '⤢';
    const name = on ? labels.exit() : labels.enter();
    button.setAttribute('aria-label', name);
    button.title = name;
    button.setAttribute('aria-pressed', String(on));
  };
  control.onAdd = () => {
    const bar = L.DomUtil.create('div', 'leaflet-bar fullscreen-control');
    bar.append(button);
    L.DomEvent.disableClickPropagation(bar);
    return bar;
  };
  if (!document.fullscreenEnabled) return () => undefined;
  control.addTo(map);
  render();
  button.addEventListener('click', () => {
    const request =
      document.fullscreenElement === target
        ? document.exitFullscreen()
        : target.requestFullscreen();
    // A refusal (no user activation, a policy) leaves the map as it is.
    request.catch(() => undefined);
  });
  document.addEventListener('fullscreenchange', () => {
    render();
    map.invalidateSize();
  });
  return render;
}
