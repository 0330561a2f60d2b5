/**
 * In an embed, the map's height: the iframe's first height, grown while an open popup
 * needs more (so a long popup is read whole and the host page's iframe grows with it,
 * ui/embed-view.ts), and back when it closes.
 */
import type L from 'leaflet';

// Room around a popup: its tip, Leaflet's autoPan padding and the attribution line.
const POPUP_ROOM = 72;

/** Grows the map to fit an open popup, back to `base` when it closes. */
export function fitPopups(map: L.Map, base: number): () => void {
  const container = map.getContainer();
  const resize = (height: number): void => {
    container.style.height = `${height}px`;
    map.invalidateSize({ pan: false });
  };
  const onOpen = (event: L.PopupEvent): void => {
    const element = event.popup.getElement();
    if (!element) return;
    const need = element.offsetHeight + POPUP_ROOM;
    if (need <= base) return;
    resize(need);
    // Leaflet panned for the old size: show the popup whole in the new one.
    event.popup.update();
    map.panTo(map.getCenter(), { animate: false });
  };
  const onClose = (): void => {
    if (container.style.height !== `${base}px`) resize(base);
  };
  map.on('popupopen', onOpen);
  map.on('popupclose', onClose);
  resize(base);
  return () => {
    map.off('popupopen', onOpen);
    map.off('popupclose', onClose);
    container.style.height = '';
    map.invalidateSize({ pan: false });
  };
}
