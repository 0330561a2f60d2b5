/**
 * The home page's own words in each interface language. The page is static HTML in
 * English; its script (public/home.js) puts these in when the browser's languages prefer
 * another table, the way the app follows `navigator.languages` without `lang=`.
 * Article titles, sources and place labels are data and stay as written.
 */
import { createTranslator } from '../i18n/create-translator';
import { INTERFACE_LANGUAGES, TABLES, type InterfaceLanguage } from '../i18n/tables';

export interface HomeWords {
  /** The page title and its heading. */
  title: string;
  /** The line under the heading (and the page's description). */
  description: string;
  /** The accessible name of each article's list of places. */
  places: string;
}

/** The home page's words in `lang`, for a site of `articles` articles. */
export function homeWords(lang: InterfaceLanguage, articles: number): HomeWords {
  const { t } = createTranslator(TABLES[lang]);
  return {
    title: t('home.title'),
    description: t('home.description', { count: articles }),
    places: t('places.heading'),
  };
}

/** The words in every interface language, keyed by its tag, for the page's script. */
export function homeWordsByLanguage(articles: number): Record<InterfaceLanguage, HomeWords> {
  return Object.fromEntries(
    INTERFACE_LANGUAGES.map((lang) => [lang, homeWords(lang, articles)]),
  ) as Record<InterfaceLanguage, HomeWords>;
}
