/**
 * An article's GeoJSON opens as an article (issue 12, item 6): each article's own export,
 * opened on the other article's page, shows its title and byline, its parties' naming
 * switch in the naming it was written in, its popups with names and passages, its claim
 * lines and its text; "Back to the article" brings the page's own article back whole. A
 * single place's download, which carries no text, says where the text is. The facts checked
 * come from each article's files, not from this test.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { namingChoices } from '../../src/core/article/naming';
import { partiesOf, type PlaceCollection } from '../../src/core/article/places';
import { useChromium, waitForMark } from './chromium';
import { axeViolations } from './axe';

const siteUrl = inject('siteUrl');
const ARTICLES = ['kurils-2019', 'kashmir-2019'] as const;
const read = (slug: string) =>
  JSON.parse(readFileSync(`geodata/${slug}/places.geojson`, 'utf8')) as PlaceCollection;
const claimCount = (slug: string) =>
  (JSON.parse(readFileSync(`geodata/${slug}/claims.geojson`, 'utf8')) as { features: unknown[] })
    .features.length;

// Views once they are there, not flights (map, history and races test those): the map jumps.
const chromium = useChromium({}, { reducedMotion: true });

/** Downloads from the page: the button's file, saved by Chromium. */
async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file.path();
}

async function openFile(page: Page, path: string): Promise<void> {
  await page.evaluate(() => performance.clearMarks('data-rendered'));
  await page.getByLabel('Open GeoJSON').setInputFiles(path);
  await waitForMark(page, 'data-rendered');
}

const names = (page: Page) => page.getByRole('radiogroup', { name: 'Names' });

async function choices(page: Page): Promise<string[]> {
  return names(page)
    .getByRole('radio')
    .evaluateAll((inputs) =>
      inputs.map((input) => input.closest('label')?.textContent?.trim() ?? ''),
    );
}

describe.each(ARTICLES)('the export of %s, opened on the other article’s page', (slug) => {
  const collection = read(slug);
  const other = read(ARTICLES.find((s) => s !== slug)!);
  const parties = partiesOf(collection.article);
  const party = parties[parties.length - 1]!;
  const choice = namingChoices(parties).find((c) => c.mode === party.id)!;

  it('shows its title, naming switch, popups with passages, claim lines and text', async () => {
    const { page } = await chromium.open(`${siteUrl}${slug}/`);
    await names(page).getByRole('radio', { name: choice.label, exact: true }).check();
    const file = await download(page, () =>
      page.getByRole('button', { name: 'Download GeoJSON' }).click(),
    );
    await page.goto(`${siteUrl}${ARTICLES.find((s) => s !== slug)}/`);
    await waitForMark(page, 'article-rendered');
    await expect(page.locator('#article-title').textContent()).resolves.toBe(other.article.title);
    await openFile(page, file);

    // The header, the page's title and the byline are the opened article's.
    await expect(page.locator('#article-title').textContent()).resolves.toBe(
      collection.article.title,
    );
    expect(await page.title()).toContain(collection.article.title);
    await expect(page.locator('#article-byline').textContent()).resolves.toContain(
      collection.article.source,
    );
    // Its parties' naming switch, in the naming it was written in.
    expect(await choices(page)).toEqual(namingChoices(parties).map((c) => c.label));
    await expect(
      names(page).getByRole('radio', { name: choice.label, exact: true }).isChecked(),
    ).resolves.toBe(true);
    // Its places in the list; the first opens its popup with its passages, word for word.
    const listed = page.getByRole('list', { name: 'Places' }).getByRole('button');
    await expect(listed.count()).resolves.toBe(collection.features.length);
    const place = collection.features.find((f) => f.properties.passages.length > 0)!;
    const label = place.properties[`label:${party.id}`] ?? place.properties.name;
    await listed.filter({ hasText: label }).first().click();
    const popup = page.locator(`.leaflet-popup-content article.popup[data-place="${place.id}"]`);
    await popup.waitFor();
    await expect(popup.locator('h2').textContent()).resolves.toBe(label);
    const quoted = await popup.locator('.passages blockquote').allTextContents();
    expect(quoted).toEqual(place.properties.passages.map((p) => p.text));
    // The claim lines travel in the file (all sides draws every one); the text too.
    await names(page).getByRole('radio').first().check();
    expect(claimCount(slug)).toBeGreaterThan(0);
    await expect(page.locator('path.claim-line').count()).resolves.toBe(claimCount(slug));
    await expect(page.locator('#article .paragraph').count()).resolves.toBeGreaterThan(1);
    await expect(page.locator('#article button.mention').count()).resolves.toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    // Back to the page's own article, whole: its title, its switch, its places.
    await page.getByRole('button', { name: 'Back to the article' }).click();
    await expect(page.locator('#article-title').textContent()).resolves.toBe(other.article.title);
    expect(await choices(page)).toEqual(
      namingChoices(partiesOf(other.article)).map((c) => c.label),
    );
    await expect(
      page.getByRole('list', { name: 'Places' }).getByRole('button').count(),
    ).resolves.toBe(other.features.length);
    // Browser Back returns to the opened article (the file is still held by the tab).
    await page.evaluate(() => performance.clearMarks('data-rendered'));
    await page.goBack();
    await waitForMark(page, 'data-rendered');
    await expect(page.locator('#article-title').textContent()).resolves.toBe(
      collection.article.title,
    );
  });

  it('one place’s download opens as an article of that place; without its text, says where it is', async () => {
    const { page } = await chromium.open(`${siteUrl}${slug}/`);
    const place = collection.features[0]!;
    const list = page.getByRole('list', { name: 'Places' });
    await list.getByRole('button').first().click();
    const popup = page.locator(`.leaflet-popup-content article.popup[data-place="${place.id}"]`);
    await popup.waitFor();
    const file = await download(page, () =>
      popup.getByRole('button', { name: 'Download this place' }).click(),
    );
    await openFile(page, file);
    await expect(list.getByRole('button').count()).resolves.toBe(1);
    await list.getByRole('button').click();
    await expect(
      page.locator('.leaflet-popup-content .passages blockquote').first().textContent(),
    ).resolves.toBe(place.properties.passages[0]!.text);
    await expect(page.locator('#article .paragraph').count()).resolves.toBeGreaterThan(1);

    // The same file made elsewhere, without the text: the panel says so, and links the source.
    const bare = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    delete bare.article_text;
    const dir = mkdtempSync(join(tmpdir(), 'article-map-opened-'));
    const path = join(dir, `${place.id}.geojson`);
    writeFileSync(path, JSON.stringify(bare));
    await openFile(page, path);
    await expect(page.locator('#article .paragraph').count()).resolves.toBe(0);
    await expect(page.locator('#article').textContent()).resolves.toContain(
      'does not carry the article’s text',
    );
    const link = page.locator('#article a');
    if (collection.article.url) {
      await expect(link.getAttribute('href')).resolves.toBe(collection.article.url);
    } else await expect(link.count()).resolves.toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });
});
