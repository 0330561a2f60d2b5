/**
 * The page's display flags in the address, beside the state keys of url-state.ts:
 * `theme=light|dark|auto` (auto, the default, follows the reader's system),
 * `static=1` (a picture-like map with no interaction, for AMP and e-mail),
 * `inset=0` (no inset locator map) and `scalebar=0` (no scale bar). They change how
 * the page looks, never what it shows, so they ride along unchanged through every
 * history step. Pure.
 */

export type Theme = 'light' | 'dark' | 'auto';

export interface PageFlags {
  theme: Theme;
  /** No interaction: no dragging, zooming, popups or controls. */
  static: boolean;
  /** The inset locator map, where the view does not already show the whole region. */
  inset: boolean;
  /** The metric and imperial scale bar. */
  scaleBar: boolean;
}

/** Flags when the address names none. Shared: copy it, do not mutate it. */
export const DEFAULT_FLAGS: Readonly<PageFlags> = {
  theme: 'auto',
  static: false,
  inset: true,
  scaleBar: true,
};

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** The address keys of the flags, in the order formatFlags writes them. */
export const FLAG_KEYS = ['theme', 'static', 'inset', 'scalebar'] as const;
export type FlagKey = (typeof FLAG_KEYS)[number];

export function isFlagKey(key: string): key is FlagKey {
  return (FLAG_KEYS as readonly string[]).includes(key);
}

function onOff(value: string): boolean | undefined {
  return value === '1' ? true : value === '0' ? false : undefined;
}

/**
 * `flags` with the value of one address key applied; an unknown or malformed value
 * (`theme=blue`, `static=yes`) leaves the flags as they were. Never throws.
 */
export function readFlag(flags: PageFlags, key: FlagKey, value: string): PageFlags {
  switch (key) {
    case 'theme':
      return (THEMES as readonly string[]).includes(value)
        ? { ...flags, theme: value as Theme }
        : flags;
    case 'static': {
      const on = onOff(value);
      return on === undefined ? flags : { ...flags, static: on };
    }
    case 'inset': {
      const on = onOff(value);
      return on === undefined ? flags : { ...flags, inset: on };
    }
    case 'scalebar': {
      const on = onOff(value);
      return on === undefined ? flags : { ...flags, scaleBar: on };
    }
  }
}

/** Reads every flag of an address (`#…&theme=dark&static=1`); unknown keys are ignored. */
export function parseFlags(hash: string): PageFlags {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const seen = new Set<string>();
  let flags: PageFlags = { ...DEFAULT_FLAGS };
  for (const segment of text.split('&', 32)) {
    const equals = segment.indexOf('=');
    const key = segment.slice(0, equals);
    // The first occurrence of a key wins, as for the other keys (url-state.ts).
    if (equals < 0 || !isFlagKey(key) || seen.has(key)) continue;
    seen.add(key);
    flags = readFlag(flags, key, segment.slice(equals + 1));
  }
  return flags;
}

/** Whether every flag has its default value (then the address names none). */
export function isDefaultFlags(flags: PageFlags): boolean {
  return (
    flags.theme === DEFAULT_FLAGS.theme &&
    flags.static === DEFAULT_FLAGS.static &&
    flags.inset === DEFAULT_FLAGS.inset &&
    flags.scaleBar === DEFAULT_FLAGS.scaleBar
  );
}

/** The address segments of the flags that differ from the defaults, in FLAG_KEYS order. */
export function formatFlags(flags: PageFlags): string[] {
  const parts: string[] = [];
  if (flags.theme !== DEFAULT_FLAGS.theme) parts.push(`theme=${flags.theme}`);
  if (flags.static !== DEFAULT_FLAGS.static) parts.push(`static=${flags.static ? 1 : 0}`);
  if (flags.inset !== DEFAULT_FLAGS.inset) parts.push(`inset=${flags.inset ? 1 : 0}`);
  if (flags.scaleBar !== DEFAULT_FLAGS.scaleBar) parts.push(`scalebar=${flags.scaleBar ? 1 : 0}`);
  return parts;
}
