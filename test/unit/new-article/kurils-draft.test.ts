/**
 * The draft that `new-article` makes of the Kurils article, with the real gazetteer, against
 * the hand-made places. Only what is stable is asserted; the recall and precision figures are
 * in scripts/new-article.README.md (`npm run draft-figures`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareDraft, type HandPlace } from '../../../scripts/compare-draft';
import { draftPlaces, indexGazetteer, type Draft } from '../../../scripts/draft-places';
import { loadGazetteer } from '../../../scripts/gazetteer';
import type { Passage } from '../../../src/core/article/places';

const root = join(import.meta.dirname, '..', '..', '..');
// The article's folder, before and after the move to one folder per article.
const folder = [join(root, 'geodata', 'kurils-2019'), join(root, 'geodata')].find((dir) =>
  existsSync(join(dir, 'places.source.json')),
)!;
const source = JSON.parse(readFileSync(join(folder, 'places.source.json'), 'utf8')) as {
  article: { text: string };
  places: (HandPlace & { passages: Passage[] })[];
};
const text = readFileSync(join(folder, source.article.text), 'utf8');

let draft: Draft;
beforeAll(() => {
  draft = draftPlaces(text, indexGazetteer(loadGazetteer()));
}, 120_000);

describe('the draft of the Kurils article', () => {
  it.each(['nagoya', 'moscow', 'tokyo', 'osaka'])(
    'finds %s with its GeoNames id and point, and every sentence the hand-made list quotes',
    (id) => {
      const hand = source.places.find((p) => p.id === id)!;
      const found = draft.places.find((p) => p.id === id)!;
      expect(found.kind).toBe('city');
      expect(found.geometry).toEqual(hand.geometry);
      for (const passage of hand.passages) expect(found.passages).toContainEqual(passage);
    },
  );

  it('lists the islands it cannot resolve, with their sentences', () => {
    const names = draft.unresolved.map((u) => u.name);
    expect(names).toEqual(expect.arrayContaining(['Sakhalin', 'Kunashir', 'Iturup']));
    for (const item of draft.unresolved) expect(item.passages.length).toBeGreaterThan(0);
  });

  it('misses none of the hand-made places once the unresolved names are counted', () => {
    expect(compareDraft(draft, source.places).missed).toEqual([]);
  });
});
