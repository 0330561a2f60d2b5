/**
 * An article's page as the app first draws it in a language (no place open, all sides'
 * names, image tools on): the toolbar's controls, the Places list, the borders caption,
 * the Article region and the Places table. The site's build writes these into the page,
 * so it has its final layout before any script runs and the app's drawing of the same
 * descriptions moves nothing.
 */
import { indexArticle } from '../article/article-index';
import { ALL_SIDES, labelFor } from '../article/naming';
import { partiesOf, type PlaceCollection } from '../article/places';
import type { Translator } from '../i18n/create-translator';
import type { Markup } from '../markup/markup';
import { articlePanelMarkup } from './article-panel-markup';
import { bordersCaptionText } from './borders-caption';
import { imageToolsMarkup, imageToolsView } from './image-tools-markup';
import { languageOptionsMarkup } from './language-options-markup';
import { namingChoicesMarkup } from './naming-switch-markup';
import { placeEntries, placeListMarkup } from './place-list-markup';
import { placesTableMarkup } from './places-table-markup';
import { shareMarkup } from './share-markup';
import { tourMarkup, tourView } from './tour-markup';

/**
 * The language of the data's own words: the labels, the article's title and text, its
 * passages. The data contract's labels are English, and so is every article so far; they
 * are tagged so that a page in another interface language reads them in an English voice.
 */
export const DATA_LANG = 'en';

/** The contents of the page's elements, by the element's id. */
export type PageViews = Record<
  | 'names'
  | 'tour'
  | 'share'
  | 'image-tools'
  | 'language'
  | 'places'
  | 'borders-caption'
  | 'places-table',
  Markup[]
> &
  Partial<Record<'article', Markup[]>>;

/** The page's views of `collection`; `text` is the article's (null: the Article region stays empty). */
export function pageViews(
  t: Translator,
  collection: PlaceCollection,
  text: string | null,
): PageViews {
  const parties = partiesOf(collection.article);
  const places = collection.features;
  const label = (id: string): string => {
    const place = places.find((p) => p.id === id);
    return place ? labelFor(place.properties, ALL_SIDES, parties) : id;
  };
  const options = { mode: ALL_SIDES, parties, dataLang: DATA_LANG };
  return {
    names: namingChoicesMarkup(t, parties, ALL_SIDES),
    tour: tourMarkup(tourView(t, -1, places.length)),
    share: shareMarkup(t),
    'image-tools': imageToolsMarkup(imageToolsView(t, false)),
    language: languageOptionsMarkup(parties),
    places: placeListMarkup(t, placeEntries(places, ALL_SIDES, parties, DATA_LANG)),
    'borders-caption': [bordersCaptionText(t, ALL_SIDES, parties)],
    ...(text === null
      ? {}
      : {
          article: articlePanelMarkup(t, collection.article, indexArticle(text, places), {
            label,
            dataLang: DATA_LANG,
          }),
        }),
    'places-table': [placesTableMarkup(t, places, options)],
  };
}
