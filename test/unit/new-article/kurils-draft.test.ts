/**
 * The drafts that `new-article` makes of the project's articles (the Kurils article, and the
 * Kashmir article where its folder exists), with the real gazetteer, against the hand-made
 * places. Only what is stable is asserted; the recall and precision figures are
 * in scripts/new-article.README.md (`npm run draft-figures`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareDraft, type HandPlace } from '../../../scripts/compare-draft';
import {
  draftPlaces,
  indexGazetteer,
  type Draft,
  type GazetteerIndex,
} from '../../../scripts/draft-places';
import { loadGazetteer } from '../../../scripts/gazetteer';
import type { Passage } from '../../../src/core/article/places';

const root = join(import.meta.dirname, '..', '..', '..');
// The article's folder, before and after the move to one folder per article.
const folder = [join(root, 'geodata', 'kurils-2019'), join(root, 'geodata')].find((dir) =>
  existsSync(join(dir, 'places.source.json')),
)!;
const kashmir = join(root, 'geodata', 'kashmir-2019');

interface Source {
  article: { text: string };
  places: (HandPlace & { passages: Passage[] })[];
}
const read = (dir: string): { source: Source; text: string } => {
  const source = JSON.parse(readFileSync(join(dir, 'places.source.json'), 'utf8')) as Source;
  return { source, text: readFileSync(join(dir, source.article.text), 'utf8') };
};
const { source, text } = read(folder);

let index: GazetteerIndex;
let draft: Draft;
beforeAll(() => {
  index = indexGazetteer(loadGazetteer());
  draft = draftPlaces(text, index);
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

describe.skipIf(!existsSync(join(kashmir, 'places.source.json')))(
  'the draft of the Kashmir article',
  () => {
    it('finds India, Pakistan and China with the hand-made country recipes, and lists Kashmir', () => {
      const article = read(kashmir);
      const kashmirDraft = draftPlaces(article.text, index);
      for (const id of ['india', 'pakistan', 'china']) {
        const hand = article.source.places.find((p) => p.id === id)!;
        const found = kashmirDraft.places.find((p) => p.id === id)!;
        expect(found.geometry).toEqual(hand.geometry);
        for (const passage of hand.passages) expect(found.passages).toContainEqual(passage);
      }
      expect(kashmirDraft.unresolved.map((u) => u.name)).toContain('Kashmir');
      expect(compareDraft(kashmirDraft, article.source.places).missed).toEqual([]);
    });
  },
);
