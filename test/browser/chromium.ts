/**
 * Real Chromium for the browser tests: Debian's package at /usr/bin/chromium
 * (or CHROMIUM_PATH), never a downloaded browser. Every request that leaves
 * the local server is aborted and recorded, so the tests prove the app works
 * offline; console errors and uncaught page errors are recorded too.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
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
}

/** Opens the app in a fresh context and waits until the places are drawn. */
export async function openApp(
  browser: Browser,
  baseUrl: string,
  { viewport = { width: 1280, height: 800 }, path = '' }: OpenOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport });
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
  await waitForMark(page, 'places-rendered');
  // The article (and the tour's order) arrive just after the places are drawn.
  await waitForMark(page, 'article-rendered');
  return { context, page, outside, errors };
}

/** Waits for `performance.mark(name)` from the app. */
export async function waitForMark(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark, 'mark').length > 0,
    name,
    { timeout: 20_000 },
  );
}
