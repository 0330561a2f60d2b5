import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  indexArticle,
  placeTerms,
  segmentParagraph,
  tourOrder,
} from '../../../src/core/article/article-index';
import type { PlaceCollection } from '../../../src/core/article/places';

const collection = JSON.parse(
  readFileSync('geodata/kurils-2019/places.geojson', 'utf8'),
) as PlaceCollection;
const text = readFileSync('geodata/kurils-2019/article.txt', 'utf8');
const index = indexArticle(text, collection.features);
const byId = new Map(collection.features.map((f) => [f.id, f]));

describe('indexArticle on the shipped article', () => {
  it('tours the places in the order the article first names them', () => {
    // Paragraph 3 names Moscow then Tokyo; 4 adds NAGOYA; 8 the Southern Kuril Islands;
    // 9 Sakhalin; 12 Kunashir, Iturup and, last, Osaka.
    expect(index.tour).toEqual([
      'moscow',
      'tokyo',
      'nagoya',
      'southern-kurils',
      'sakhalin',
      'kunashir',
      'iturup',
      'osaka',
    ]);
  });

  it('finds each mention as one of its place’s names, inside one of its passages', () => {
    expect(index.mentions.length).toBeGreaterThanOrEqual(18);
    for (const m of index.mentions) {
      const paragraph = index.paragraphs[m.paragraph - 1] ?? '';
      const word = paragraph.slice(m.start, m.end).toLowerCase();
      const place = byId.get(m.placeId);
      expect(place, m.placeId).toBeDefined();
      expect(placeTerms(place!).map((t) => t.toLowerCase())).toContain(word);
      const covered = place!.properties.passages.some(
        (p) =>
          p.paragraph === m.paragraph &&
          paragraph.indexOf(p.text) <= m.start &&
          m.end <= paragraph.indexOf(p.text) + p.text.length,
      );
      expect(covered, `${m.placeId} in paragraph ${m.paragraph}`).toBe(true);
    }
  });

  it('finds the group under each of the names the article uses for it', () => {
    const words = index.mentions
      .filter((m) => m.placeId === 'southern-kurils')
      .map((m) => index.paragraphs[m.paragraph - 1]!.slice(m.start, m.end));
    expect(words).toEqual(
      expect.arrayContaining([
        'Southern Kuril Islands',
        'Kurils archipelago',
        'Southern Kurils',
        'Northern Territories',
        'the disputed islands',
      ]),
    );
  });

  it('cuts every paragraph into segments that join back to it', () => {
    index.segments.forEach((segments, i) => {
      expect(segments.map((s) => s.text).join('')).toBe(index.paragraphs[i]);
    });
  });

  it('marks the runs each place’s passages cover', () => {
    const iturup = index.segments.flat().filter((s) => s.passageOf.includes('iturup'));
    expect(iturup.map((s) => s.text).join('')).toBe(
      byId.get('iturup')!.properties.passages[0]!.text,
    );
  });
});

describe('segmentParagraph', () => {
  it('joins back to the paragraph and keeps mentions whole, whatever the ranges', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(70), fc.nat(70)), { maxLength: 6 }),
        (text, raw) => {
          const ranges = raw.map(([a, b], i) => ({
            start: Math.min(a, b),
            end: Math.max(a, b),
            placeId: `p${i % 3}`,
          }));
          const segments = segmentParagraph(text, [], ranges);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          for (const s of segments) {
            expect(s.end).toBeGreaterThan(s.start);
            for (const id of s.passageOf) {
              expect(
                ranges.some((r) => r.placeId === id && r.start <= s.start && s.end <= r.end),
              ).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('gives a mention its own segment', () => {
    const segments = segmentParagraph(
      'We met in Osaka today.',
      [{ start: 10, end: 15, placeId: 'osaka' }],
      [],
    );
    expect(segments.map((s) => [s.text, s.placeId])).toEqual([
      ['We met in ', undefined],
      ['Osaka', 'osaka'],
      [' today.', undefined],
    ]);
  });
});

describe('tourOrder', () => {
  it('puts unmentioned places last, in their order', () => {
    const places = collection.features.slice(0, 3);
    expect(tourOrder(places, [{ paragraph: 1, start: 0, end: 1, placeId: places[2]!.id }])).toEqual(
      [places[2]!.id, places[0]!.id, places[1]!.id],
    );
  });
});
