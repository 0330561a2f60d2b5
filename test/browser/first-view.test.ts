/**
 * The first view loads only what it runs (issue 15): opening files, the GeoJSON writer and
 * the image painter arrive when first used, another language's words when a reader asks for
 * them, and the data the first view needs is preloaded
 * by the page's HTML and fetched once (a preload the app's fetch did not match would be
 * fetched twice).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, waitForMark } from './chromium';

const baseUrl = inject('baseUrl');
const chromium = useChromium();
const FIXTURE = join('test', 'fixtures', 'open', 'single-feature.geojson');
/** Code the first view must not fetch: each is its own chunk (an English reader's page). */
const LATER =
  /\/assets\/(open-data|open-worker|export|image-save|messages-ru|messages-ja)-[\w-]+\.js$/;

describe('the first view', () => {
  it('fetches no code for opening files, exporting, painting images or other languages, and each data file once', async () => {
    const { page, context } = await chromium.open(baseUrl);
    const requested: string[] = [];
    // The requests the first view made: the browser's resource timing has them all.
    requested.push(
      ...(await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => entry.name),
      )),
    );
    expect(requested.filter((url) => LATER.test(new URL(url).pathname))).toEqual([]);
    for (const name of ['places.geojson', 'article.txt']) {
      expect(
        requested.filter((url) => url.endsWith(`/${name}`)),
        name,
      ).toHaveLength(1);
    }
    expect(requested.filter((url) => /countries-110m-[\w-]+\.json$/.test(url))).toHaveLength(1);
    const html = await (await fetch(baseUrl)).text();
    expect(html).toMatch(/<link rel="preload" href="[^"]*places\.geojson" as="fetch"/);

    // Opening a file brings its code, then the file shows.
    const later: string[] = [];
    page.on('request', (request) => later.push(new URL(request.url()).pathname));
    await page.evaluate(() => performance.clearMarks('data-rendered'));
    await page.getByLabel('Open GeoJSON').setInputFiles(FIXTURE);
    await waitForMark(page, 'data-rendered');
    expect(later.some((path) => /\/assets\/open-data-[\w-]+\.js$/.test(path))).toBe(true);
    await context.close();
  });
});

it('has its fixture', () => {
  expect(readFileSync(FIXTURE, 'utf8').length).toBeGreaterThan(0);
});
