/**
 * A file that follows the data contract opens as an article: each shipped article's export,
 * read back, gives its places, text, claim lines and naming; broken members are left out
 * with a note, never thrown on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOpenedArticle } from '../../../src/core/article/opened-article';
import { readPlaceCollection, type PlaceCollection } from '../../../src/core/article/places';
import { readClaimLines } from '../../../src/core/borders/read-claim-lines';
import { exportPlaces } from '../../../src/core/export/export';

const root = join(__dirname, '..', '..', '..');
const SLUGS = ['kurils-2019', 'kashmir-2019'];

function article(slug: string) {
  const dir = join(root, 'geodata', slug);
  const collection = readPlaceCollection(
    JSON.parse(readFileSync(join(dir, 'places.geojson'), 'utf8')),
  ).collection as PlaceCollection;
  const text = readFileSync(join(dir, collection.article.text), 'utf8');
  const claims = readClaimLines(JSON.parse(readFileSync(join(dir, 'claims.geojson'), 'utf8')));
  return { collection, text, claims };
}

/** What the open worker has after validating: the features and the other members. */
function opened(text: string) {
  const root = JSON.parse(text) as Record<string, unknown>;
  const foreign = Object.fromEntries(
    Object.entries(root).filter(([key]) => key !== 'type' && key !== 'features'),
  );
  return readOpenedArticle(foreign, root.features as never);
}

describe.each(SLUGS)('the export of %s, opened again', (slug) => {
  const { collection, text, claims } = article(slug);

  it('is the article: its places, text, claim lines and the naming it was written in', () => {
    const party = collection.article.parties?.[0]?.id ?? 'both';
    const read = opened(exportPlaces(collection, { names: party, text, claims }));
    expect(read.notes).toEqual([]);
    expect(read.article?.collection.article).toEqual(collection.article);
    expect(read.article?.collection.features.map((f) => f.id)).toEqual(
      collection.features.map((f) => f.id),
    );
    expect(read.article?.text).toBe(text);
    expect(read.article?.claims).toEqual(claims);
    expect(read.article?.naming).toBe(party);
  });

  it('one place, without text: an article of one place, passages kept', () => {
    const id = collection.features[0]!.id;
    const read = opened(exportPlaces(collection, { names: 'both', placeId: id }));
    expect(read.article?.collection.features.map((f) => f.id)).toEqual([id]);
    expect(read.article?.collection.features[0]?.properties.passages.length).toBeGreaterThan(0);
    expect(read.article?.text).toBeNull();
    expect(read.article?.claims).toEqual([]);
  });

  it('a text that lacks a passage is not shown, and the reader is told which place', () => {
    const changed = text.replace(collection.features[0]!.properties.passages[0]!.text, 'x');
    const read = opened(exportPlaces(collection, { names: 'both', text: changed }));
    expect(read.article?.text).toBeNull();
    expect(read.notes.join(' ')).toContain(collection.features[0]!.id);
  });
});

describe('readOpenedArticle on other files', () => {
  const point = {
    type: 'Feature',
    id: 'a',
    geometry: { type: 'Point', coordinates: [1, 2] },
    properties: { name: 'A' },
  };

  it('a file without an article member is plain features, without a word', () => {
    expect(readOpenedArticle({}, [point as never])).toEqual({ article: null, notes: [] });
  });

  it('an article member without the contract is plain features, and says why', () => {
    const read = readOpenedArticle({ article: { title: 'T' } }, [point as never]);
    expect(read.article).toBeNull();
    expect(read.notes[0]).toMatch(/shown as plain features: .*article metadata/);
  });

  it('an article whose features are none of them places is plain features', () => {
    const meta = { title: 'T', source: 'S', date: '2020-01-01', text: 'a.txt' };
    const read = readOpenedArticle({ article: meta }, [point as never]);
    expect(read.article).toBeNull();
    expect(read.notes.join(' ')).toMatch(/plain features/);
  });

  it('text and claim lines of the wrong shape are left out with a note', () => {
    const { collection } = article('kurils-2019');
    const read = readOpenedArticle(
      { article: collection.article, article_text: 42, claim_lines: { features: [{}] } },
      collection.features,
    );
    expect(read.article?.text).toBeNull();
    expect(read.article?.claims).toEqual([]);
    expect(read.notes).toHaveLength(2);
  });
});
