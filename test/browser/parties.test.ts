/**
 * Every party's view, for every article in geodata/ (issue 11): each naming choice relabels
 * the list, the map's labels and shapes, the open popup's heading, the page title, the
 * borders caption, the claim lines and the download; the popup names every party in its own
 * script with its `lang`, readable on a phone; axe finds nothing in any view. The expected
 * values come from the article's own files through the core, so a new article is tested by
 * adding its folder to ARTICLES.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { labelFor, namingChoices } from '../../src/core/article/naming';
import { partyRows } from '../../src/core/article/party-rows';
import { isDisputed, type PlaceCollection } from '../../src/core/article/places';
import {
  bordersCaption,
  claimLineStyle,
  type ClaimLineProperties,
} from '../../src/core/borders/claim-lines';
import { useChromium } from './chromium';
import { axeViolations } from './axe';

const ARTICLES = ['kurils-2019', 'kashmir-2019'] as const;
const siteUrl = inject('siteUrl');

const chromium = useChromium();

function read<T>(slug: string, file: string): T {
  return JSON.parse(readFileSync(`geodata/${slug}/${file}`, 'utf8')) as T;
}

async function open(slug: string, viewport?: { width: number; height: number }): Promise<Page> {
  // Names and lines once a view is there: the map jumps (reduced motion) instead of flying.
  const app = await chromium.open(siteUrl, {
    path: `${slug}/`,
    reducedMotion: true,
    ...(viewport ? { viewport } : {}),
  });
  return app.page;
}

for (const slug of ARTICLES) {
  const collection = read<PlaceCollection>(slug, 'places.geojson');
  const claims = read<{ features: { properties: ClaimLineProperties }[] }>(slug, 'claims.geojson');
  const parties = collection.article.parties ?? [];
  const choices = namingChoices(parties);
  // The place whose names differ most: disputed, with the most party labels.
  const disputed = collection.features
    .filter((f) => isDisputed(f.properties))
    .sort(
      (a, b) =>
        parties.filter((p) => b.properties[`label:${p.id}`]).length -
        parties.filter((p) => a.properties[`label:${p.id}`]).length,
    )[0]!;
  const labelsIn = (mode: string) =>
    collection.features.map((f) => labelFor(f.properties, mode, parties));
  const popup = (page: Page) =>
    page.locator(`.leaflet-popup-content article.popup[data-place="${disputed.id}"]`);

  describe(`${slug}: every party's view`, () => {
    it('has a naming choice per party after all sides, and the views differ', () => {
      expect(choices.length).toBe(parties.length + 1);
      // Some choice must change some label, or the switch would show nothing.
      const all = JSON.stringify(labelsIn(choices[0]!.mode));
      expect(choices.slice(1).some((c) => JSON.stringify(labelsIn(c.mode)) !== all)).toBe(true);
    });

    it('relabels list, map, popup heading, title, caption, claim lines and the download', async () => {
      const page = await open(slug);
      const names = page.getByRole('radiogroup', { name: 'Names' });
      const radios = await names
        .getByRole('radio')
        .evaluateAll((nodes) =>
          nodes.map((n) => n.getAttribute('aria-label') ?? n.closest('label')?.textContent ?? ''),
        );
      expect(radios.map((r) => r.trim())).toEqual(choices.map((c) => c.label));
      // The key explains what this article draws, and only that.
      const kinds = new Set<string>(
        collection.features.map((f) =>
          isDisputed(f.properties) && f.geometry.type !== 'Point' ? 'disputed' : f.properties.kind,
        ),
      );
      if (claims.features.length > 0) kinds.add('claim');
      await expect(
        page
          .locator('#legend li:not([hidden])')
          .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.legend)),
      ).resolves.toEqual(
        ['city', 'island', 'island-group', 'region', 'country', 'sea', 'disputed', 'claim'].filter(
          (k) => kinds.has(k),
        ),
      );
      const list = page.getByRole('list', { name: 'Places' });
      await list.getByRole('button').nth(collection.features.indexOf(disputed)).click();
      await popup(page).waitFor();
      const seen = new Set<string>();
      for (const { mode, label } of choices) {
        await choose(page, label);
        const expected = labelsIn(mode);
        const shown = (await list.getByRole('button').allInnerTexts()).map((t) => t.trim());
        expect(shown, mode).toEqual(expected);
        const onMap = (await page.locator('.place-label').allTextContents()).sort();
        expect(onMap, mode).toEqual([...expected].sort());
        const heading = labelFor(disputed.properties, mode, parties);
        await expect(popup(page).getByRole('heading', { level: 2 }).innerText()).resolves.toBe(
          heading,
        );
        expect(await page.title()).toContain(heading);
        await expect(
          page.locator(`path[data-place="${disputed.id}"]`).getAttribute('aria-label'),
        ).resolves.toBe(heading);
        await expect(page.locator('#borders-caption').innerText()).resolves.toBe(
          bordersCaption(mode, parties),
        );
        const drawn = await claimCounts(page);
        expect(drawn, mode).toEqual(expectedClaims(mode));
        seen.add(JSON.stringify(drawn));
        await expectDownload(page, mode, expected);
      }
      // The borders follow the view: at least two views draw different lines.
      expect(seen.size).toBeGreaterThan(1);
    });

    it('names every party in its own script, tagged with its language, readable at 390 px', async () => {
      const page = await open(slug, { width: 390, height: 844 });
      await page
        .getByRole('list', { name: 'Places' })
        .getByRole('button')
        .nth(collection.features.indexOf(disputed))
        .click();
      const box = popup(page);
      await box.waitFor();
      for (const row of partyRows(disputed.properties, parties)) {
        if (!row.native) continue;
        const cell = box.locator(`.names [lang="${row.native.lang}"]`).first();
        await expect(cell.innerText()).resolves.toBe(row.native.text);
        // Readable: not clipped, not squeezed below a letter's width, at a legible size.
        const fit = await cell.evaluate((node) => {
          const rect = node.getBoundingClientRect();
          const table = node.closest('table')!.getBoundingClientRect();
          const popupBox = node.closest('.leaflet-popup-content-wrapper')!.getBoundingClientRect();
          return {
            width: rect.width,
            fontSize: parseFloat(getComputedStyle(node).fontSize),
            inside: table.left >= popupBox.left - 1 && table.right <= popupBox.right + 1,
          };
        });
        expect(fit.fontSize, row.party.id).toBeGreaterThanOrEqual(12);
        expect(fit.width, row.party.id).toBeGreaterThan(fit.fontSize);
        expect(fit.inside, row.party.id).toBe(true);
      }
      await page.screenshot({ path: `test-results/parties-${slug}-390.png` });
    });

    it('passes axe in every view with the popup open', async () => {
      const page = await open(slug);
      await page
        .getByRole('list', { name: 'Places' })
        .getByRole('button')
        .nth(collection.features.indexOf(disputed))
        .click();
      await popup(page).waitFor();

      for (const { label } of choices) {
        await choose(page, label);
        expect(await axeViolations(page), label).toEqual([]);
      }
    });
  });

  /** How many claim lines each style draws in `mode`, by the core's rule. */
  function expectedClaims(mode: string): { boundary: number; disputed: number } {
    const counts = { boundary: 0, disputed: 0 };
    for (const line of claims.features) {
      const { draw } = claimLineStyle(line.properties, mode, parties);
      if (draw !== 'hidden') counts[draw] += 1;
    }
    return counts;
  }
}

/** Clicks a naming choice's words, as a reader does, and waits for its radio to be checked. */
async function choose(page: Page, label: string): Promise<void> {
  const names = page.getByRole('radiogroup', { name: 'Names' });
  await names.getByText(label, { exact: true }).click();
  await expect(names.getByRole('radio', { name: label, exact: true }).isChecked()).resolves.toBe(
    true,
  );
}

async function claimCounts(page: Page): Promise<{ boundary: number; disputed: number }> {
  return {
    boundary: await page.locator('path.claim-boundary').count(),
    disputed: await page.locator('path.claim-disputed').count(),
  };
}

async function expectDownload(page: Page, mode: string, labels: string[]): Promise<void> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download GeoJSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toContain(mode);
  const data = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    features: { properties: { name: string } }[];
  };
  expect(data.features.map((f) => f.properties.name)).toEqual(labels);
}
