/**
 * Which interface language to show: `lang=` from the address when it names a table,
 * else the first of the browser's languages (`navigator.languages`, passed in) that has
 * one, else English. Pure, and it never throws, whatever the strings.
 */
import { DEFAULT_LANGUAGE, isInterfaceLanguage, type InterfaceLanguage } from './languages';

// A BCP 47 tag's primary language subtag, then any further subtags (`ru-RU`, `ja_JP`,
// `zh-Hant-TW`). Underscores are what some systems (POSIX locales) write.
const TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i;

/** The table for a language tag: `ru-RU` → `ru`, `JA` → `ja`, `de-DE` → null. */
export function matchLanguage(tag: unknown): InterfaceLanguage | null {
  if (typeof tag !== 'string' || tag.length > 100) return null;
  const primary = TAG.exec(tag.trim())?.[1]?.toLowerCase();
  return isInterfaceLanguage(primary) ? primary : null;
}

/**
 * The interface language for a reader: `requested` is the address's `lang=` value
 * (absent: null), `browser` the browser's preferred languages, best first.
 */
export function negotiateLanguage(
  requested: string | null | undefined,
  browser: readonly string[] | null | undefined = [],
): InterfaceLanguage {
  const fromAddress = matchLanguage(requested);
  if (fromAddress) return fromAddress;
  if (Array.isArray(browser)) {
    for (const tag of browser as readonly unknown[]) {
      const match = matchLanguage(tag);
      if (match) return match;
    }
  }
  return DEFAULT_LANGUAGE;
}
