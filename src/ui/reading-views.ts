/**
 * The reading controls as views of the state: the Places list, the naming
 * switch, the tour, the article panel, the side panels, the page title, the
 * Places table, what screen readers hear, and embed mode. Each renders from
 * the state (its words from the table in force, `tr()`) and turns the reader's
 * input into an action; none keeps a copy of what the state holds.
 */
import type { ArticleIndex } from '../core/article/article-index';
import { labelFor, type NamingMode } from '../core/article/naming';
import { partiesOf, type ArticleMeta, type PlaceCollection } from '../core/article/places';
import type { Panel } from '../core/address/url-state';
import type { AppState, OpenRoute } from '../core/state/app-state';
import type { Store } from '../core/state/store';
import { bordersCaptionText } from '../core/views/borders-caption';
import { renderArticlePanel, renderTextMissing, type ArticlePanel } from './article-panel';
import { el } from './dom';
import { DATA_LANG, tr } from './i18n';
import { showsData } from './map-view';
import { renderNamingSwitch } from './naming-switch';
import { markCurrentPlace, renderPlaceList } from './place-list';
import { bindSkipLink, renderPlacesTable } from './places-table';
import { bindScreenReader } from './screen-reader';
import { renderTour } from './tour';

export interface ReadingElements {
  list: HTMLUListElement;
  names: HTMLElement;
  tour: HTMLElement;
  bordersCaption?: HTMLElement;
  /** The Places table's section (its heading stays, the table is rewritten). */
  table: HTMLElement;
  /** The map's description (the map's aria-describedby). */
  describe: HTMLElement;
  /** The polite live region. */
  live: HTMLElement;
}

export interface ReadingViews {
  /** The article's text arrived: the article panel, and the tour in the article's order. */
  showArticle: (region: HTMLElement, index: ArticleIndex) => ArticlePanel;
  /** The article's text is not on the page (an opened file without it): where it is. */
  showTextMissing: (region: HTMLElement) => ArticlePanel;
  /** Steps the tour (← → on the map). */
  step: (delta: 1 | -1) => void;
  /** The label of a place in the current naming. */
  labelOf: (id: string) => string;
}

/**
 * The side panels follow the state; the reader's toggles are actions. Bound once for the
 * page (the panels stay when another article takes it), with the skip link to the table.
 */
export function bindPanels(
  store: Store,
  panels: Record<Panel, HTMLDetailsElement>,
  table: HTMLElement,
): void {
  const entries = Object.entries(panels) as [Panel, HTMLDetailsElement][];
  for (const [panel, details] of entries) {
    details.addEventListener('toggle', () =>
      store.dispatch({ type: 'panel/set', panel, open: details.open }),
    );
  }
  const render = (s: AppState): void => {
    for (const [panel, details] of entries) {
      const openNow = s.panels.includes(panel);
      if (details.open !== openNow) details.open = openNow;
    }
  };
  render(store.get());
  store.subscribe((next) => render(next));
  const skip = document.querySelector<HTMLAnchorElement>('a.skip-link');
  if (skip) bindSkipLink(skip, table);
}

export function bindReadingViews(
  store: Store,
  collection: PlaceCollection,
  elements: ReadingElements,
): ReadingViews {
  const { article, features } = collection;
  const parties = partiesOf(article);
  const byPlace = new Map(features.map((f) => [f.id, f]));
  const labelIn = (id: string, mode: NamingMode): string => {
    const place = byPlace.get(id);
    return place ? labelFor(place.properties, mode, parties) : id;
  };
  const labelOf = (id: string): string => labelIn(id, store.get().names);
  const open = (id: string, route: Exclude<OpenRoute, 'link' | 'map'>): void =>
    store.dispatch({ type: 'place/open', id, route });

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
  const views = { store, collection, elements, labelOf, open, namingSwitch, tour };
  const render = renderer(views, () => articlePanel);
  render(store.get(), null);
  store.subscribe((next, prev) => render(next, prev));
  const screenReader = bindScreenReader(store, elements, {
    features,
    parties,
    labelOf: labelIn,
    positionOf: (id) => tour.positionOf(id),
  });

  return {
    labelOf,
    step: (delta) => tour.step(delta),
    showTextMissing(region) {
      articlePanel = renderTextMissing(region, article);
      screenReader.ready();
      return articlePanel;
    },
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
      screenReader.ready();
      return articlePanel;
    },
  };
}

interface Views {
  store: Store;
  collection: PlaceCollection;
  elements: ReadingElements;
  labelOf: (id: string) => string;
  open: (id: string, route: 'list' | 'tour' | 'mention') => void;
  namingSwitch: ReturnType<typeof renderNamingSwitch>;
  tour: ReturnType<typeof renderTour>;
}

/** What changes with the state: each part re-rendered when what it shows has changed. */
function renderer(v: Views, articlePanel: () => ArticlePanel | null) {
  const { article, features } = v.collection;
  const parties = partiesOf(article);
  const { elements } = v;
  const renderList = (s: AppState): void => {
    renderPlaceList(elements.list, features, {
      mode: s.names,
      parties,
      onChoose: (id) => v.open(id, 'list'),
    });
    markCurrentPlace(elements.list, s.place);
  };
  const showTitle = (s: AppState): void => {
    const t = tr();
    document.title =
      s.place !== null
        ? t.t('page.titleWithPlace', { place: v.labelOf(s.place), article: article.title })
        : t.t('page.title', { article: article.title });
  };
  return (next: AppState, prev: AppState | null): void => {
    const lang = !prev || next.lang !== prev.lang;
    const names = !prev || next.names !== prev.names;
    const place = !prev || next.place !== prev.place;
    // The list holds the opened file's entries while it is shown (open-data.ts draws them).
    if (!showsData(next) && (names || (prev && showsData(prev)))) renderList(next);
    else if (place && !showsData(next)) markCurrentPlace(elements.list, next.place);
    if (lang) {
      v.namingSwitch.retranslate();
      v.tour.retranslate();
      articlePanel()?.retranslate();
    }
    if (names) v.namingSwitch.set(next.names);
    // The map always says whose view of the borders it draws, and the source.
    if ((names || lang) && elements.bordersCaption) {
      elements.bordersCaption.textContent = bordersCaptionText(tr(), next.names, parties);
    }
    if (names) articlePanel()?.relabel(v.labelOf);
    if (names || lang) {
      renderPlacesTable(elements.table, features, tr(), {
        mode: next.names,
        parties,
        onShow: (id) => v.open(id, 'list'),
      });
    }
    if (names || place || lang) {
      v.tour.setCurrent(next.place, next.place !== null ? v.labelOf(next.place) : undefined);
      showTitle(next);
    }
    if (place) articlePanel()?.highlight(next.place);
    document.body.classList.toggle('embed', next.embed);
  };
}

/** "source, date" under the title: the date in the interface language, the source as written. */
export function bindByline(store: Store, article: ArticleMeta, byline: HTMLElement): void {
  const render = (): void => {
    const t = tr();
    byline.replaceChildren(
      ...t
        .parts('article.byline', { source: article.source, date: t.date(article.date) })
        .map((part) =>
          part.param === 'source'
            ? el('span', { lang: DATA_LANG }, part.text)
            : document.createTextNode(part.text),
        ),
    );
  };
  render();
  store.subscribe((next, prev) => {
    if (next.lang !== prev.lang) render();
  });
}
