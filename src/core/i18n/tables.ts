/**
 * Every interface language's table at once, for Node (the build, scripts, tests). The page
 * imports languages.ts and loads tables one at a time (load-table.ts), so that a reader
 * downloads only the words of their own language. These tags name interface languages
 * only; a party's language in the data is matched to them by `partyInterfaceLanguages`.
 */
import { ENGLISH, makeTable, type InterfaceLanguage, type Table } from './languages';
import { ja } from './messages-ja';
import { ru } from './messages-ru';

export * from './languages';

export const TABLES: Readonly<Record<InterfaceLanguage, Table>> = {
  en: ENGLISH,
  ru: makeTable('ru', ru),
  ja: makeTable('ja', ja),
};
