/**
 * The language switch's options as markup: English, then the languages of the article's
 * parties that have a table, then the other tables; each named in itself and tagged with
 * its language, so a screen reader says each name in its own language's voice.
 */
import { languageChoices } from '../i18n/language-choices';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../i18n/languages';
import { partyInterfaceLanguages } from '../i18n/party-languages';
import { h, type MarkupElement } from '../markup/markup';

/** The switch's languages in order, for an article with `parties`. */
export function languageOrder(
  parties: readonly { readonly lang?: unknown }[],
): InterfaceLanguage[] {
  const first: InterfaceLanguage[] = ['en', ...partyInterfaceLanguages(parties)];
  return [...new Set([...first, ...INTERFACE_LANGUAGES])];
}

/** One `<option>` per language of `languageOrder(parties)`. */
export function languageOptionsMarkup(
  parties: readonly { readonly lang?: unknown }[],
): MarkupElement[] {
  const labels = new Map(languageChoices().map((c) => [c.lang, c.label]));
  return languageOrder(parties).map((lang) =>
    h('option', { value: lang, lang }, labels.get(lang) ?? lang),
  );
}
