/**
 * The page's interface language: one translator (core/i18n) the whole shell reads its
 * words from. English until the language is chosen (issue 14: `lang=`, the browser's
 * languages, the switch); views that show interface words call `tr()` each time they
 * render rather than keeping a string, so a change of language is a re-render.
 */
import { createTranslator, type Translator } from '../core/i18n/create-translator';
import { ENGLISH } from '../core/i18n/languages';

let current: Translator = createTranslator(ENGLISH);

/** The translator in force. */
export function tr(): Translator {
  return current;
}

/** Replace the translator (the language switch and the address's `lang=`). */
export function setTranslator(translator: Translator): void {
  current = translator;
}

/** The language of the data's own words (labels, the article, its passages). */
export { DATA_LANG } from '../core/views/page-views';
