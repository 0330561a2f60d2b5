/** Keys that work wherever the focus is: Escape closes the popup; ← → on the map step the tour. */
import type { Store } from '../core/state/store';

export function bindKeys(
  store: Store,
  mapElement: HTMLElement,
  step: (delta: 1 | -1) => void,
): void {
  // Leaflet only closes a popup on Escape when the map has the focus.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && store.get().place !== null) {
      event.preventDefault();
      store.dispatch({ type: 'place/close' });
    }
  });
  // Up/Down and Shift+arrows still pan (Leaflet's keyboard handler).
  mapElement.addEventListener(
    'keydown',
    (event) => {
      if (event.target !== mapElement) return;
      if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      event.preventDefault();
      event.stopPropagation();
      step(event.key === 'ArrowRight' ? 1 : -1);
    },
    true,
  );
}
