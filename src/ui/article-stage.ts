/**
 * The article on the page: the page's own, or an opened file that follows the data contract
 * (core/article/opened-article.ts). Everything drawn from an article's data is mounted here
 * (the title and byline, the places and claim lines on the map, the list, naming switch,
 * tour, Places table, key, what screen readers hear, the Article panel) and unmounted when
 * another article takes the page. Its views subscribe through a scoped store, so unmounting
 * unsubscribes them all; what does not depend on the article (the map, the camera, panels,
 * sharing, opened features) is bound once, in main.ts. The live map may come later than the
 * article (the first view can be the page's painted picture): its places are mounted when it
 * is attached.
 */
import { indexArticle } from '../core/article/article-index';
import { namingModes } from '../core/article/naming';
import { partiesOf, type PlaceCollection } from '../core/article/places';
import type { ClaimLine } from '../core/borders/read-claim-lines';
import type { Store } from '../core/state/store';
import type { ArticlePanel } from './article-panel';
import { DATA_LANG } from './i18n';
import { nextTask } from './next-task';
import { showLegend } from './legend';
import type { PlacesOptions } from './map-setup';
import { bindByline, bindReadingViews, type ReadingElements } from './reading-views';

/** An article as the page shows it. */
export interface StageArticle {
  collection: PlaceCollection;
  /** Its text: fetched for the page's article, carried by an opened file, or null. */
  text: Promise<string | null>;
  claims: Promise<ClaimLine[]>;
  /** What reading it left out (shown again should its text fail to load). */
  problems: string[];
}

export interface StageElements extends ReadingElements {
  title: HTMLElement;
  byline: HTMLElement;
  /** The Article region. */
  article: HTMLElement;
  legend: HTMLElement;
}

/** Puts an article's places on the live map (map-setup.ts's mountPlaces); returns the removal. */
export type MountPlaces = (
  store: Store,
  collection: PlaceCollection,
  options: PlacesOptions,
) => () => void;

export interface StageOptions {
  store: Store;
  elements: StageElements;
  download: (id?: string) => void;
  problems: (messages: string[]) => void;
  /** The address's checks: every shown article's places and naming modes are valid in it. */
  parse: { placeIds: Set<string>; namingModes: Set<string> };
  /** Shows a paragraph: the shell opens the Article panel first. */
  onParagraph: (panel: ArticlePanel, n: number) => void;
}

export interface Stage {
  /** Shows `article` in place of the one shown (the same one: nothing happens). */
  mount: (article: StageArticle) => void;
  /** The article shown. */
  current: () => StageArticle | null;
  /** Steps the tour (← → on the map). */
  step: (delta: 1 | -1) => void;
  /** The live map is there: the shown article's places go on it, and every later one's. */
  attachMap: (mount: MountPlaces) => void;
}

/**
 * A store whose subscriptions end together. An ended listener is also skipped for the
 * action under way: the store calls the listeners it had when the action began, and an
 * article unmounted by an earlier listener must not render over the one that replaced it.
 */
function scopeStore(store: Store): { store: Store; dispose: () => void } {
  const ends: (() => void)[] = [];
  let ended = false;
  const subscribe: Store['subscribe'] = (listener) => {
    ends.push(store.subscribe((...args) => (ended ? undefined : listener(...args))));
    return () => undefined;
  };
  return {
    store: { ...store, subscribe },
    dispose: () => {
      ended = true;
      ends.splice(0).forEach((end) => end());
    },
  };
}

/** The article's title in the page's heading, in the data's language. */
function showTitle(title: HTMLElement, collection: PlaceCollection): void {
  title.removeAttribute('data-i18n');
  title.textContent = collection.article.title;
  title.lang = DATA_LANG;
}

export function createStage(options: StageOptions): Stage {
  const { elements, parse } = options;
  let shown: {
    article: StageArticle;
    step: (delta: 1 | -1) => void;
    end: () => void;
    /** Mounts the article's places on the live map (once). */
    place: (mount: MountPlaces) => void;
  } | null = null;
  let mountOnMap: MountPlaces | null = null;

  function mount(article: StageArticle): void {
    if (shown?.article === article) return;
    shown?.end();
    const { collection } = article;
    const scope = scopeStore(options.store);
    const store = scope.store;
    for (const place of collection.features) parse.placeIds.add(place.id);
    for (const mode of namingModes(partiesOf(collection.article))) parse.namingModes.add(mode);
    showTitle(elements.title, collection);
    bindByline(store, collection.article, elements.byline);
    let panel: ArticlePanel | null = null;
    let removePlaces: (() => void) | null = null;
    const place = (mount: MountPlaces): void => {
      removePlaces ??= mount(store, collection, {
        download: options.download,
        showParagraph: () =>
          panel ? (n) => options.onParagraph(panel as ArticlePanel, n) : undefined,
        claims: article.claims,
      });
    };
    if (mountOnMap) place(mountOnMap);
    const reading = bindReadingViews(store, collection, elements);
    showLegend(elements.legend, collection);
    let ended = false;
    shown = {
      article,
      step: reading.step,
      end: () => {
        ended = true;
        scope.dispose();
        removePlaces?.();
      },
      place,
    };
    // The text comes after the places: it brings the tour order and the Article panel.
    article.text
      .then(async (text) => {
        if (ended) return;
        if (text === null) {
          panel = reading.showTextMissing(elements.article);
          return;
        }
        const index = indexArticle(text, collection.features);
        // Finding the passages and drawing the panel are a task each (total blocking time).
        await nextTask();
        if (!ended) panel = reading.showArticle(elements.article, index);
      })
      .catch((error: unknown) => {
        if (!ended) options.problems([...article.problems, (error as Error).message]);
      })
      .finally(() => performance.mark('article-rendered'));
  }

  return {
    mount,
    current: () => shown?.article ?? null,
    step: (delta) => shown?.step(delta),
    attachMap: (mount) => {
      mountOnMap = mount;
      shown?.place(mount);
    },
  };
}
