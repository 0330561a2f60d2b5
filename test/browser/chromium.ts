/**
 * Real Chromium for the browser tests: Debian's package at /usr/bin/chromium
 * (or CHROMIUM_PATH), never a downloaded browser. Every request that leaves
 * the local server is aborted and recorded, so the tests prove the app works
 * offline; console errors and uncaught page errors are recorded too.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The default fonts the layout is checked with (issue 10): Debian's two common sans faces. */
export const DEFAULT_FONTS = ['Noto Sans', 'DejaVu Sans'] as const;
export type DefaultFont = (typeof DEFAULT_FONTS)[number];

export interface LaunchOptions {
  /**
   * Makes this family the browser's default sans-serif (and system-ui) and hides
   * the other default fonts, through a generated fonts.conf (FONTCONFIG_FILE);
   * default: whatever the machine's fontconfig picks.
   */
  font?: DefaultFont;
}

/**
 * Whether fontconfig knows `family` (exact family name, so "Noto Sans" is not
 * satisfied by "Noto Sans CJK JP"). `env` lets a test point FONTCONFIG_FILE elsewhere.
 */
export function hasFont(family: string, env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    // fc-list's own exit status ignores whether anything matched; count the lines instead.
    const out = execFileSync('fc-list', [family, 'family'], { encoding: 'utf8', env });
    return out.split('\n').some((line) => line.split(',').includes(family));
  } catch {
    return false;
  }
}

/**
 * A fonts.conf that puts `family` first for the generic sans names and hides
 * the other default fonts (`hide`), then keeps the system's configuration, so
 * CJK and Cyrillic fallback still work. Hiding matters: the page's font stack
 * names "Noto Sans", so on a machine with fonts-noto-core a DejaVu default
 * would never show. Our rules come before the system's: after them,
 * 49-sansserif.conf has appended sans-serif to every pattern, and
 * "Noto Sans CJK JP" would match as sans-serif too.
 */
export function fontsConf(family: string, hide: readonly string[] = []): string {
  const generic = (name: string): string => `  <match target="pattern">
    <test qual="any" name="family"><string>${name}</string></test>
    <edit name="family" mode="prepend_first" binding="strong"><string>${family}</string></edit>
  </match>`;
  const reject = (name: string): string =>
    `      <pattern><patelt name="family"><string>${name}</string></patelt></pattern>`;
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Written by test/browser/chromium.ts: the default sans-serif is ${family}. -->
<fontconfig>
${['sans-serif', 'sans', 'system-ui'].map(generic).join('\n')}
  <selectfont>
    <rejectfont>
${hide.map(reject).join('\n')}
    </rejectfont>
  </selectfont>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
</fontconfig>
`;
}

/**
 * Launches Debian's Chromium (or CHROMIUM_PATH). With `font`, that family is
 * the default sans-serif and the other default fonts are hidden, as on a
 * machine that has only it.
 */
export async function launchChromium({ font }: LaunchOptions = {}): Promise<Browser> {
  let env: Record<string, string> | undefined;
  let dir: string | undefined;
  if (font) {
    dir = mkdtempSync(join(tmpdir(), 'article-map-fonts-'));
    const file = join(dir, 'fonts.conf');
    writeFileSync(
      file,
      fontsConf(
        font,
        DEFAULT_FONTS.filter((other) => other !== font),
      ),
    );
    env = { ...(process.env as Record<string, string>), FONTCONFIG_FILE: file };
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    ...(env ? { env } : {}),
  });
  if (dir) {
    const remove = dir;
    browser.on('disconnected', () => rmSync(remove, { recursive: true, force: true }));
  }
  return browser;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave the local server (all were aborted). */
  outside: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Address part after the base URL, e.g. `#map=5/45/147`. */
  path?: string;
  /**
   * The reader's "reduce motion" setting: the map jumps where it would fly. For tests of
   * what a view looks like once it is there (layout, languages, axe): a place opened with a
   * flight cost about 1.3 CPU-s against 0.8 without, and the flights themselves are tested
   * with motion in map, history, races and address.
   */
  reducedMotion?: boolean;
}

/** Opens the app in a fresh context and waits until the places are drawn. */
export async function openApp(
  browser: Browser,
  baseUrl: string,
  { viewport = { width: 1280, height: 800 }, path = '', reducedMotion = false }: OpenOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport,
    reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
  });
  const origin = new URL(baseUrl).origin;
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(baseUrl + path);
  await waitForLiveMap(page);
  // The article (and the tour's order) arrive just after the places are drawn.
  await waitForMark(page, 'article-rendered');
  return { context, page, outside, errors };
}

/**
 * Reaches for the map as a reader would, a pointer over it, until the live map is ready: on
 * an article's page the live map is loaded only then (src/ui/first-view.ts). The pointer's
 * arrival is told again at every poll, because the app listens only once it has started.
 */
export async function reachForMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      if (performance.getEntriesByName('map-ready', 'mark').length > 0) return true;
      document.getElementById('map')?.dispatchEvent(new PointerEvent('pointerenter'));
      return false;
    },
    null,
    { timeout: 45_000, polling: 100 },
  );
}

/**
 * Waits until the live map has drawn and the page's painted first view (core/site/first-view-script.ts,
 * src/ui/first-view.ts) has given way to it, so what a test reads and clicks is the live map.
 */
export async function waitForLiveMap(page: Page): Promise<void> {
  await reachForMap(page);
  await page.waitForFunction(() => document.querySelector('.first-view') === null, null, {
    timeout: 45_000,
  });
}

/** Waits for `performance.mark(name)` from the app. */
export async function waitForMark(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark, 'mark').length > 0,
    name,
    // A condition, not a time the app must meet: two test files share two cores.
    { timeout: 45_000 },
  );
}

/**
 * Waits until the map is still: the map pane, the map's box and the open popup
 * (if any) unchanged for ten animation frames and no zoom animation under way,
 * so a flight has ended and a popup's auto-pan is over. With `place`, also
 * waits for that place's popup. Conditions, not sleeps: a busy machine waits longer.
 */
export async function waitForSettledMap(
  page: Page,
  { place, timeout = 20_000 }: { place?: string; timeout?: number } = {},
): Promise<void> {
  if (place) {
    await page.locator(`.leaflet-popup article.popup[data-place="${place}"]`).waitFor({ timeout });
  }
  await page.waitForFunction(
    (id) => {
      const state = window as unknown as { settle?: { key: string; frames: number } };
      const map = document.querySelector<HTMLElement>('#map');
      const pane = map?.querySelector<HTMLElement>('.leaflet-map-pane');
      const popup = document.querySelector('.leaflet-popup');
      if (!map || !pane || (id && !popup?.querySelector(`article.popup[data-place="${id}"]`))) {
        state.settle = undefined;
        return false;
      }
      const m = map.getBoundingClientRect();
      const p = popup?.getBoundingClientRect();
      const key = [m.width, m.height, pane.style.transform, p?.x, p?.y, p?.width, p?.height].join();
      if (state.settle?.key === key) state.settle.frames += 1;
      else state.settle = { key, frames: 0 };
      return state.settle.frames >= 10 && !map.classList.contains('leaflet-zoom-anim');
    },
    place ?? '',
    { polling: 'raf', timeout },
  );
}

/**
 * One Chromium for a test file: launched before its tests and closed after them, and every
 * page opened through `open` checked for console errors at the end.
 */
export function useChromium(
  launch: LaunchOptions = {},
  /** Options of every page the file opens, before the test's own (`reducedMotion`, say). */
  defaults: OpenOptions = {},
): {
  browser: () => Browser;
  open: (baseUrl: string, options?: OpenOptions) => Promise<OpenedPage>;
} {
  let browser: Browser | undefined;
  const opened: OpenedPage[] = [];
  beforeAll(async () => {
    browser = await launchChromium(launch);
  });
  afterAll(async () => {
    for (const app of opened) expect(app.errors, 'page errors').toEqual([]);
    await browser?.close();
  });
  const current = (): Browser => {
    if (!browser) throw new Error('Chromium is not running: call useChromium() at the top level');
    return browser;
  };
  return {
    browser: current,
    async open(baseUrl, options) {
      const app = await openApp(current(), baseUrl, { ...defaults, ...options });
      opened.push(app);
      return app;
    },
  };
}
