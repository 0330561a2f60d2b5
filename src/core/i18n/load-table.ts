/**
 * The page's tables, each loaded when first needed: English is in the first view's script;
 * every other table is a chunk of its own, fetched when the address, the browser's
 * languages or the switch ask for it. Each is fetched once.
 */
import { ENGLISH, makeTable, type InterfaceLanguage, type Table } from './languages';

const loaded = new Map<InterfaceLanguage, Table>([['en', ENGLISH]]);
const loading = new Map<InterfaceLanguage, Promise<Table>>();

const IMPORTS: Record<Exclude<InterfaceLanguage, 'en'>, () => Promise<Table>> = {
  ru: () => import('./messages-ru').then((m) => makeTable('ru', m.ru)),
  ja: () => import('./messages-ja').then((m) => makeTable('ja', m.ja)),
};

/** The table of `lang` if it is loaded, else undefined. */
export function loadedTable(lang: InterfaceLanguage): Table | undefined {
  return loaded.get(lang);
}

/**
 * The table of `lang`, loaded if need be. A failed load (the network gone) is not kept, so
 * a later call tries again; the caller decides what to show meanwhile.
 */
export function loadTable(lang: InterfaceLanguage): Promise<Table> {
  const table = loaded.get(lang);
  if (table) return Promise.resolve(table);
  let pending = loading.get(lang);
  if (!pending) {
    pending = IMPORTS[lang as Exclude<InterfaceLanguage, 'en'>]()
      .then((t) => {
        loaded.set(lang, t);
        return t;
      })
      .finally(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
}
