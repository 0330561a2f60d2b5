/**
 * The guided tour's controls as markup: Previous / Next and a "3 of 8" indicator. The
 * view (`tourView`) is what the app writes into the controls at each step; the markup is
 * that view as elements, the build's and the app's first drawing alike.
 */
import type { Translator } from '../i18n/create-translator';
import { h, withRef, type Markup } from '../markup/markup';

export interface TourView {
  previous: string;
  next: string;
  /** "Tour: 8 places" before a place is open, else "3 of 8" (shown strong). */
  status: string;
  /** Whether a place of the tour is open (the status is then its position). */
  current: boolean;
  /** The indicator's tooltip: the status, and the open place's name. */
  title: string;
  /** aria-disabled, not disabled: a disabled button would drop the keyboard focus. */
  atStart: boolean;
  atEnd: boolean;
}

/** The tour at `index` (-1: no place open) of `total` places; `label` is the open place's. */
export function tourView(t: Translator, index: number, total: number, label?: string): TourView {
  const status =
    index < 0 ? t.t('tour.count', { count: total }) : t.t('tour.position', { n: index + 1, total });
  return {
    previous: t.t('tour.previous'),
    next: t.t('tour.next'),
    status,
    current: index >= 0,
    title: label ? `${status} · ${label}` : status,
    atStart: index <= 0,
    atEnd: index >= total - 1,
  };
}

/** The status's content: the position strong, the count plain. */
export function tourStatusMarkup(view: TourView): Markup {
  return view.current ? h('strong', {}, view.status) : view.status;
}

/** The tour's three controls; refs `previous`, `status`, `next`. */
export function tourMarkup(view: TourView): Markup[] {
  const button = (ref: string, text: string, disabled: boolean) =>
    withRef(
      ref,
      h(
        'button',
        { type: 'button', class: 'tour-button', 'aria-disabled': String(disabled) },
        text,
      ),
    );
  return [
    button('previous', view.previous, view.atStart),
    withRef('status', h('p', { class: 'tour-status', title: view.title }, tourStatusMarkup(view))),
    button('next', view.next, view.atEnd),
  ];
}
