/**
 * The guided tour: Previous / Next through the places in the order the
 * article first mentions them, with a "3 of 8" indicator. Screen readers hear
 * each step from the page's one polite live region (reading-views.ts), which
 * says the same for every route that opens a place.
 *
 * The indicator keeps one width whatever the place (issue 10): a long name
 * beside it would re-wrap the toolbar and shrink the map under an open popup.
 * So the name is for screen readers (the popup's heading shows it) and in the
 * indicator's tooltip.
 */
import { tourMarkup, tourStatusMarkup, tourView } from '../core/views/tour-markup';
import { tr } from './i18n';
import { refOf, renderMarkup } from './render-markup';

export interface Tour {
  /** Shows where the tour is (the open place), or the start when none is open. */
  setCurrent: (id: string | null, label?: string) => void;
  /** Steps by `delta` (±1) from the current place and opens the result. */
  step: (delta: 1 | -1) => void;
  /** Replaces the order (when the article's text arrives), keeping the current place. */
  setOrder: (order: readonly string[], current: string | null) => void;
  /** The place's position in the tour (1-based) and the tour's length; 0 when not in it. */
  positionOf: (id: string) => { n: number; total: number };
  /** Rewrites the buttons and the indicator in the language in force. */
  retranslate: () => void;
}

export interface TourOptions {
  /** Place ids in tour order. */
  order: readonly string[];
  /** Opens a place (the tour keeps focus on its own buttons). */
  open: (id: string) => void;
}

/** Builds the tour controls in `container`. */
export function renderTour(container: HTMLElement, options: TourOptions): Tour {
  const { open } = options;
  let order = options.order;
  let index = -1;
  let shownLabel: string | undefined;
  // The same elements as the built page's (core/views/tour-markup.ts).
  const rendered = renderMarkup(tourMarkup(tourView(tr(), index, order.length)));
  container.replaceChildren(...rendered.nodes);
  const previous = refOf(rendered, 'previous');
  const next = refOf(rendered, 'next');
  const status = refOf(rendered, 'status');

  function show(label?: string): void {
    shownLabel = label;
    const view = tourView(tr(), index, order.length, label);
    previous.textContent = view.previous;
    next.textContent = view.next;
    status.replaceChildren(...renderMarkup(tourStatusMarkup(view)).nodes);
    status.title = view.title;
    previous.setAttribute('aria-disabled', String(view.atStart));
    next.setAttribute('aria-disabled', String(view.atEnd));
  }

  function step(delta: 1 | -1): void {
    const target = Math.max(0, Math.min(order.length - 1, index + delta));
    if (target === index || order.length === 0) return;
    const id = order[target];
    if (id !== undefined) open(id);
  }

  previous.addEventListener('click', () => step(-1));
  next.addEventListener('click', () => step(1));
  // A property, not a listener: another article's tour, rendered here, replaces it.
  container.onkeydown = (event) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      step(event.key === 'ArrowRight' ? 1 : -1);
    }
  };
  show();
  return {
    setCurrent: (id, label) => {
      index = id === null ? -1 : order.indexOf(id);
      show(label);
    },
    step,
    setOrder: (next, current) => {
      order = next;
      index = current === null ? -1 : order.indexOf(current);
      show();
    },
    positionOf: (id) => ({ n: order.indexOf(id) + 1, total: order.length }),
    retranslate: () => show(shownLabel),
  };
}
