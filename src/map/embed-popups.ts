/**
 * In an embed, the map's height: the iframe's first height, grown while an open popup
 * needs more (so a long popup is read whole, not in a small scrolling box, and the host
 * page's iframe grows with it: ui/embed-view.ts), and back when it closes.
 */
import type L from 'leaflet';

// Room around a popup's content: its frame and tip, the margin places-layer.ts keeps
// between a popup and the map's edge (90 px), and the attribution line.
const POPUP_ROOM = 140;
/** Never taller than this, however long the popup: the host page stays a page. */
const MAX_HEIGHT = 900;

/**
 * Grows the map to fit an open popup, back to its stylesheet height (`base`, page.css's
 * --embed-height) when it closes.
 */
export function fitPopups(map: L.Map, base: number): () => void {
  const container = map.getContainer();
  const resize = (height: number | null): void => {
    container.style.height = height === null ? '' : `${height}px`;
    // Fires Leaflet's `resize`, on which places-layer.ts gives popups their new maximum size.
    map.invalidateSize();
  };
  const showWhole = (popup: L.Popup): void => {
    popup.update();
    const element = popup.getElement();
    if (!element) return;
    const box = container.getBoundingClientRect();
    const top = element.getBoundingClientRect().top - box.top;
    if (top < 10) map.panBy([0, top - 10], { animate: false });
  };
  const onOpen = (event: L.PopupEvent): void => {
    const content = event.popup.getElement()?.querySelector('.leaflet-popup-content');
    if (!content) return;
    const need = Math.min(MAX_HEIGHT, Math.ceil(content.scrollHeight + POPUP_ROOM));
    if (need <= base) return;
    resize(need);
    showWhole(event.popup);
  };
  const onClose = (): void => {
    if (container.style.height !== '') resize(null);
  };
  map.on('popupopen', onOpen);
  map.on('popupclose', onClose);
  return () => {
    map.off('popupopen', onOpen);
    map.off('popupclose', onClose);
    onClose();
  };
}
