/**
 * The toolbar's controls for an article's page as the app first draws them (no place open,
 * all sides' names, image tools on): what the site's build writes into the page, so the
 * toolbar has its final size before any script runs and the app's drawing moves nothing.
 */
import { ALL_SIDES } from '../article/naming';
import { partiesOf, type PlaceCollection } from '../article/places';
import type { Translator } from '../i18n/create-translator';
import type { Markup } from '../markup/markup';
import { imageToolsMarkup, imageToolsView } from './image-tools-markup';
import { languageOptionsMarkup } from './language-options-markup';
import { namingChoicesMarkup } from './naming-switch-markup';
import { shareMarkup } from './share-markup';
import { tourMarkup, tourView } from './tour-markup';

/** The contents of the page's elements, by the element's id. */
export type PageControls = Record<
  'names' | 'tour' | 'share' | 'image-tools' | 'language',
  Markup[]
>;

export function pageControls(t: Translator, collection: PlaceCollection): PageControls {
  const parties = partiesOf(collection.article);
  return {
    names: namingChoicesMarkup(t, parties, ALL_SIDES),
    tour: tourMarkup(tourView(t, -1, collection.features.length)),
    share: shareMarkup(t),
    'image-tools': imageToolsMarkup(imageToolsView(t, false)),
    language: languageOptionsMarkup(parties),
  };
}
