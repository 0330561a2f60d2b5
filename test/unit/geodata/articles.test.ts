/**
 * The checks every article folder, geodata/<slug>/, gets (issue 12 item 7): the built files
 * are what the build makes, the data meets the contract, passages are whole sentences
 * word for word, every sentence naming a place is among its passages, every fact has a
 * source, labels follow the name-order rule, and claim lines carry each party's class.
 * Checks tied to one article's facts live in that article's own test file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, HintError } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { listArticles } from '../../../scripts/article-folders';
import { buildClaimsFile, CLAIM_LINES_FILE } from '../../../scripts/build-claims-file';
import { buildPlacesFile } from '../../../scripts/build-places-file';
import { loadBuildInputs } from '../../../scripts/load-build-inputs';
import { findMentions, splitParagraphs, splitSentences } from '../../../src/core/article/article';
import { placeTerms } from '../../../src/core/article/article-index';
import { allSidesLabel } from '../../../src/core/article/name-order';
import { namingChoices } from '../../../src/core/article/naming';
import { partiesOf, readPlaceCollection } from '../../../src/core/article/places';
import { isClaimLineProperties } from '../../../src/core/borders/claim-lines';

const root = join(import.meta.dirname, '..', '..', '..');
const slugs = listArticles(root);

it('has the Kurils article and at least one other', () => {
  expect(slugs).toContain('kurils-2019');
  expect(slugs.length).toBeGreaterThanOrEqual(2);
});

describe.each(slugs)('geodata/%s', (slug) => {
  const folder = join(root, 'geodata', slug);
  const placesText = readFileSync(join(folder, 'places.geojson'), 'utf8');
  const read = readPlaceCollection(JSON.parse(placesText));
  const collection = read.collection!;
  const parties = partiesOf(collection.article);
  const articleText = readFileSync(join(folder, collection.article.text), 'utf8');
  const paragraphs = splitParagraphs(articleText);

  it('meets the data contract, with no place left out', () => {
    expect(read.problems).toEqual([]);
    expect(collection.features.length).toBeGreaterThan(0);
  });

  it('is what the build makes, byte for byte (places and claim lines)', () => {
    const inputs = loadBuildInputs(root, slug);
    expect(buildPlacesFile(inputs)).toBe(placesText);
    const lines = inputs.sourceFiles[CLAIM_LINES_FILE];
    if (lines !== undefined) {
      expect(buildClaimsFile(lines, inputs.source.article.parties)).toBe(
        readFileSync(join(folder, 'claims.geojson'), 'utf8'),
      );
    }
  });

  it('passes check-geojson with no issues', () => {
    let issues: unknown[] = [];
    try {
      check(placesText);
    } catch (error) {
      if (!(error instanceof HintError)) throw error;
      issues = error.issues;
    }
    expect(issues).toEqual([]);
  });

  it('has a text without replacement characters, ending with a newline', () => {
    expect(articleText).not.toContain('\uFFFD');
    expect(articleText.endsWith('\n')).toBe(true);
  });

  it('quotes whole sentences of their paragraph, word for word', () => {
    for (const f of collection.features) {
      expect(f.properties.passages.length, f.id).toBeGreaterThan(0);
      for (const { paragraph, text } of f.properties.passages) {
        const p = paragraphs[paragraph - 1] ?? '';
        expect(
          splitSentences(p).map((s) => s.text),
          `${f.id} ¶${paragraph}`,
        ).toContain(text);
      }
    }
  });

  it('has every sentence that names a place among its passages', () => {
    for (const f of collection.features) {
      const wanted = new Set<string>();
      for (const m of findMentions(articleText, placeTerms(f))) {
        const sentence = splitSentences(paragraphs[m.paragraph - 1] ?? '').find(
          (s) => s.start <= m.start && m.end <= s.end,
        );
        if (sentence) wanted.add(`${m.paragraph}: ${sentence.text}`);
      }
      const have = new Set(f.properties.passages.map((x) => `${x.paragraph}: ${x.text}`));
      expect(wanted.size, `${f.id} is named in the article`).toBeGreaterThan(0);
      for (const sentence of wanted) expect(have, f.id).toContain(sentence);
    }
  });

  it('names a source for every fact that does not come from the article', () => {
    for (const f of collection.features) {
      const p = f.properties as unknown as Record<string, unknown>;
      const facts = Object.keys(p).filter(
        (key) => /^(name|label):/.test(key) || key === 'administered_by' || key === 'claimed_by',
      );
      for (const key of [...facts, 'geometry']) {
        expect(f.properties.sources[key], `${f.id}: source of ${key}`).toMatch(/\S{8,}/);
      }
      for (const claim of f.properties.claims ?? []) expect(claim.source).toMatch(/\S{8,}/);
    }
  });

  it('declares its parties, each with a naming choice and its names in its own language', () => {
    expect(parties.length).toBeGreaterThanOrEqual(2);
    expect(namingChoices(parties)).toHaveLength(parties.length + 1);
    for (const party of parties) {
      const named = collection.features.some((f) =>
        Object.keys(f.properties).some((key) => key === `name:${party.lang}`),
      );
      expect(named, `a name in ${party.lang}`).toBe(true);
    }
  });

  it('orders every "A / B" name by the stated rule', () => {
    for (const f of collection.features) {
      if (f.properties.name.includes(' / ')) {
        expect(allSidesLabel(f.properties, parties), f.id).toBe(f.properties.name);
      }
    }
  });

  it('has claim lines classed for each party with a Natural Earth point of view', () => {
    const path = join(folder, 'claims.geojson');
    if (!existsSync(path)) return;
    const claims = JSON.parse(readFileSync(path, 'utf8')) as {
      features: { properties: unknown }[];
    };
    expect(claims.features.length).toBeGreaterThan(0);
    for (const { properties } of claims.features) {
      expect(isClaimLineProperties(properties)).toBe(true);
      const classes = (properties as { classes: Record<string, unknown> }).classes;
      for (const party of parties.filter((p) => p.pov)) expect(classes).toHaveProperty(party.id);
    }
  });

  it('has its basemap detail', () => {
    expect(existsSync(join(folder, 'basemap', 'ne-10m-detail.json'))).toBe(true);
  });
});
