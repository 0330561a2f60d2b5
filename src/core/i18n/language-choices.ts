/**
 * The language switch's choices: every table, each named in its own language
 * ("English", "Русский", "日本語") and tagged with it, so a screen reader reads each
 * name in the right voice.
 */
import { INTERFACE_LANGUAGES, LANGUAGE_NAMES, type InterfaceLanguage } from './languages';

export interface LanguageChoice {
  lang: InterfaceLanguage;
  /** The language's name in itself, for the switch (`lang` on its element). */
  label: string;
}

export function languageChoices(): LanguageChoice[] {
  return INTERFACE_LANGUAGES.map((lang) => ({
    lang,
    label: LANGUAGE_NAMES[lang],
  }));
}
