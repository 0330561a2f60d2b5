/**
 * The reading controls as views of the state: the Places list, the naming
 * switch, the tour, the article panel, the side panels, the page title and
 * embed mode. Each renders from the state and turns the reader's input into
 * an action; none keeps a copy of what the state holds.
 */
import type { ArticleIndex } from '../core/article/article-index';
import { labelFor } from '../core/article/naming';
import { partiesOf, type PlaceCollection } from '../core/article/places';
import type { Panel } from '../core/address/url-state';
import type { AppState } from '../core/state/app-state';
import type { Store } from '../core/state/store';
import { bordersCaption } from '../core/borders/claim-lines';
import { renderArticlePanel, type ArticlePanel } from './article-panel';
import { showsData } from './map-view';
import { renderNamingSwitch } from './naming-switch';
import { markCurrentPlace, renderPlaceList } from './place-list';
import { renderTour } from './tour';

export interface ReadingElements {
  list: HTMLUListElement;
  names: HTMLElement;
  tour: HTMLElement;
  panels: Record<Panel, HTMLDetailsElement>;
  bordersCaption?: HTMLElement;
}

export interface ReadingViews {
  /** The article's text arrived: the article panel, and the tour in the article's order. */
  showArticle: (region: HTMLElement, index: ArticleIndex) => ArticlePanel;
  /** Steps the tour (← → on the map). */
  step: (delta: 1 | -1) => void;
  /** The label of a place in the current naming. */
  labelOf: (id: string) => string;
}

export function bindReadingViews(
  store: Store,
  collection: PlaceCollection,
  elements: ReadingElements,
): ReadingViews {
  const { article, features } = collection;
  const parties = partiesOf(article);
  const byPlace = new Map(features.map((f) => [f.id, f]));
  const labelOf = (id: string): string => {
    const place = byPlace.get(id);
    return place ? labelFor(place.properties, store.get().names, parties) : id;
  };
  const open = (id: string, route: 'list' | 'tour' | 'mention'): void =>
    store.dispatch({ type: 'place/open', id, route });

  const renderList = (s: AppState): void => {
    renderPlaceList(elements.list, features, {
      mode: s.names,
      parties,
      onChoose: (id) => open(id, 'list'),
    });
    markCurrentPlace(elements.list, s.place);
  };
  const namingSwitch = renderNamingSwitch(
    elements.names,
    store.get().names,
    (names) => store.dispatch({ type: 'names/set', names }),
    parties,
  );
  const tour = renderTour(elements.tour, {
    order: features.map((f) => f.id),
    open: (id) => open(id, 'tour'),
  });
  let articlePanel: ArticlePanel | null = null;
  for (const [panel, details] of Object.entries(elements.panels) as [Panel, HTMLDetailsElement][]) {
    details.addEventListener('toggle', () =>
      store.dispatch({ type: 'panel/set', panel, open: details.open }),
    );
  }

  const showTitle = (s: AppState): void => {
    document.title =
      s.place !== null
        ? `${labelOf(s.place)} — ${article.title} — article-map`
        : `${article.title} — article-map`;
  };

  function render(next: AppState, prev: AppState | null): void {
    const names = !prev || next.names !== prev.names;
    const place = !prev || next.place !== prev.place;
    // The list holds the opened file's entries while it is shown (open-data.ts draws them).
    if (!showsData(next) && (names || (prev && showsData(prev)))) renderList(next);
    else if (place && !showsData(next)) markCurrentPlace(elements.list, next.place);
    if (names) {
      namingSwitch.set(next.names);
      // The map always says whose view of the borders it draws, and the source.
      if (elements.bordersCaption) {
        elements.bordersCaption.textContent = bordersCaption(next.names, parties);
      }
      articlePanel?.relabel(labelOf);
    }
    if (names || place) {
      tour.setCurrent(next.place, next.place !== null ? labelOf(next.place) : undefined);
      showTitle(next);
    }
    if (place) articlePanel?.highlight(next.place);
    for (const [panel, details] of Object.entries(elements.panels) as [
      Panel,
      HTMLDetailsElement,
    ][]) {
      const openNow = next.panels.includes(panel);
      if (details.open !== openNow) details.open = openNow;
    }
    document.body.classList.toggle('embed', next.embed);
  }
  render(store.get(), null);
  store.subscribe((next, prev) => render(next, prev));

  return {
    labelOf,
    step: (delta) => tour.step(delta),
    showArticle(region, index) {
      const s = store.get();
      tour.setOrder(index.tour, s.place);
      tour.setCurrent(s.place, s.place !== null ? labelOf(s.place) : undefined);
      articlePanel = renderArticlePanel(region, article, index, {
        open: (id) => {
          store.dispatch({ type: 'panel/set', panel: 'article', open: true });
          open(id, 'mention');
        },
        label: labelOf,
      });
      articlePanel.highlight(s.place);
      return articlePanel;
    },
  };
}
