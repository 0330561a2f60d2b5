/**
 * The interface language in the page: which one is in force (the address's `lang=`, else
 * the browser's languages, else English), the words of index.html (elements marked
 * `data-i18n="key"` for their text, `data-i18n-label` for aria-label, `data-i18n-content`
 * for a meta tag), `<html lang>`, and the switch in the toolbar.
 */
import { createTranslator } from '../core/i18n/create-translator';
import { loadedTable, loadTable } from '../core/i18n/load-table';
import type { MessageKey } from '../core/i18n/messages-en';
import { negotiateLanguage } from '../core/i18n/negotiate-language';
import { languageOptionsMarkup } from '../core/views/language-options-markup';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../core/i18n/languages';
import type { AppState } from '../core/state/app-state';
import type { Store } from '../core/state/store';
import { setTranslator, tr } from './i18n';
import { renderMarkup } from './render-markup';

/** The language a state shows: its own choice, else the browser's languages. */
export function languageOf(s: Pick<AppState, 'lang'>): InterfaceLanguage {
  return s.lang ?? negotiateLanguage(null, navigator.languages);
}

/**
 * Loads `lang`'s table if the page has not yet (English is always there). Every way the
 * language changes waits for this first, so the views, which re-render when the state's
 * language changes, find its words in force: the start, the switch and the address.
 * Resolves false when the table could not be loaded; the language in force stays.
 */
export async function ensureLanguage(lang: InterfaceLanguage): Promise<boolean> {
  if (loadedTable(lang)) return true;
  try {
    await loadTable(lang);
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts `lang`'s table in force and rewrites the page's own words in it. A table not
 * loaded (`ensureLanguage` failed) leaves the language in force as it is.
 */
export function applyLanguage(lang: InterfaceLanguage): void {
  const table = loadedTable(lang);
  if (table && tr().lang !== lang) setTranslator(createTranslator(table));
  const root = document.documentElement;
  root.lang = lang;
  root.dir = tr().dir;
  translateStatic(document);
}

/** The words of index.html, from the table in force. */
export function translateStatic(root: ParentNode): void {
  const t = tr();
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    node.textContent = t.t(node.dataset.i18n as MessageKey as never);
  }
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    node.setAttribute('aria-label', t.t(node.dataset.i18nLabel as MessageKey as never));
  }
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n-content]')) {
    node.setAttribute('content', t.t(node.dataset.i18nContent as MessageKey as never));
  }
}

/** The switch, its options in the order of `languageOrder` (the article's parties' first). */
export function renderLanguageSwitch(
  select: HTMLSelectElement,
  store: Store,
  parties: readonly { readonly lang?: unknown }[],
): void {
  // The same options as the built page's (core/views/language-options-markup.ts).
  select.replaceChildren(...renderMarkup(languageOptionsMarkup(parties)).nodes);
  select.value = languageOf(store.get());
  select.addEventListener('change', () => {
    const lang = INTERFACE_LANGUAGES.find((l) => l === select.value);
    if (!lang) return;
    void ensureLanguage(lang).then((ok) => {
      // Another choice made while this one loaded is the one that counts.
      if (select.value !== lang) return;
      if (ok) store.dispatch({ type: 'lang/set', lang });
      else select.value = tr().lang;
    });
  });
  store.subscribe((next, prev) => {
    if (next.lang === prev.lang) return;
    applyLanguage(languageOf(next));
    select.value = tr().lang;
  });
}
