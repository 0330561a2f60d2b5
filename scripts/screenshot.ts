/**
 * Screenshots of the built app in headless Chromium, for the README and for
 * looking at the UI: `npm run screenshot -- [--out DIR] [--place ID]...`.
 * Serves dist/ with `vite preview` (run `npm run build` first).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'vite';
import { launchChromium, openApp, waitForMark } from '../test/browser/chromium';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs' },
    place: { type: 'string', multiple: true, default: [] },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '800' },
    name: { type: 'string', default: 'screenshot' },
  },
});

const server = await preview({
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'warn',
});
const baseUrl = server.resolvedUrls?.local[0];
if (!baseUrl) throw new Error('vite preview did not report a URL');
const browser = await launchChromium();
try {
  mkdirSync(values.out, { recursive: true });
  const viewport = { width: Number(values.width), height: Number(values.height) };
  const { page, errors } = await openApp(browser, baseUrl, { viewport });
  await waitForMark(page, 'basemap-rendered');
  await page.waitForTimeout(300);
  const file = join(values.out, `${values.name}.png`);
  await page.screenshot({ path: file });
  console.log(file);
  for (const id of values.place) {
    await page.locator(`#places button[data-place="${id}"]`).click();
    await page.locator(`.leaflet-popup-content article.popup[data-place="${id}"]`).waitFor();
    await page.waitForTimeout(600);
    const placeFile = join(values.out, `${values.name}-${id}.png`);
    await page.screenshot({ path: placeFile });
    console.log(placeFile);
  }
  if (errors.length > 0) console.error('Page errors:', errors);
} finally {
  await browser.close();
  await server.close();
}
