/**
 * The page has an icon of its own (issue 10, item 6): without one, Chromium
 * asks for /favicon.ico on every load and logs a 404 to the console.
 */
import { expect, inject, it } from 'vitest';
import { useChromium, openApp } from './chromium';

const baseUrl = inject('baseUrl');
const chromium = useChromium();

it('declares an SVG icon that loads, and a page load logs no 404', async () => {
  const { page, context, errors } = await openApp(chromium.browser(), baseUrl);
  const icon = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (!link) return null;
    const response = await fetch(link.href);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: await response.text(),
    };
  });
  expect(icon).not.toBeNull();
  expect(icon?.status).toBe(200);
  expect(icon?.type).toMatch(/^image\/svg\+xml/);
  expect(icon?.body).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  // The browser asks for the icon on its own, after the load; Playwright does not see that
  // request, only the console line a 404 leaves.
  await page.waitForLoadState('networkidle');
  expect(errors.filter((e) => /404|Not Found/.test(e))).toEqual([]);
  await context.close();
});
