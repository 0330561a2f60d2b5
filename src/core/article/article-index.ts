/**
 * What the reading view needs from an article and its places: the paragraphs,
 * every mention of a place, each paragraph cut into segments (plain text or a
 * mention, each knowing whose passages cover it), and the tour order. Pure.
 */
import { findMentions, locatePassage, splitParagraphs } from './article';
import type { PlaceFeature } from './places';

/** A mention of one place: offsets within paragraph `paragraph` (1-based). */
export interface PlaceMention {
  paragraph: number;
  start: number;
  end: number;
  placeId: string;
}

/** A run of a paragraph's text: a mention (`placeId`) or plain text, inside zero or more passages. */
export interface Segment {
  text: string;
  start: number;
  end: number;
  /** The place this run mentions, if it is a mention. */
  placeId?: string;
  /** Places whose passages include this run. */
  passageOf: string[];
}

export interface ArticleIndex {
  paragraphs: string[];
  mentions: PlaceMention[];
  /** `segments[i]` cuts paragraph i + 1; joined, they give the paragraph back. */
  segments: Segment[][];
  /** Place ids in the order the article first mentions them, then the unmentioned ones. */
  tour: string[];
}

/**
 * The words that name a place in an article: its English name, the neutral name and
 * the parts of a "A / B" name, every party's label (`label:*`), every other name
 * (`name:*`, in any language or script), and its aliases. Deduplicated, in that order.
 */
export function placeTerms(place: PlaceFeature): string[] {
  const p = place.properties;
  const keyed = (prefix: string): unknown[] =>
    Object.entries(p)
      .filter(([key]) => key.startsWith(prefix))
      .map(([, value]) => value);
  const terms = [
    p['name:en'],
    p.name,
    ...p.name.split(' / '),
    ...keyed('label:'),
    ...keyed('name:'),
    ...(p.aliases ?? []),
  ];
  return [...new Set(terms.filter((t): t is string => typeof t === 'string' && t.trim() !== ''))];
}

/** Every mention of every place in `text`; no two overlap (the longest term wins). */
export function findPlaceMentions(text: string, places: readonly PlaceFeature[]): PlaceMention[] {
  const owner = new Map<string, string>();
  for (const place of places) {
    for (const term of placeTerms(place)) {
      // A term two places share would be ambiguous: the first place keeps it.
      const key = term.toLocaleLowerCase('en');
      if (!owner.has(key)) owner.set(key, place.id);
    }
  }
  return findMentions(text, [...owner.keys()]).flatMap((m) => {
    const placeId = owner.get(m.term);
    return placeId ? [{ paragraph: m.paragraph, start: m.start, end: m.end, placeId }] : [];
  });
}

/**
 * Cuts one paragraph at every mention and passage boundary. `passages` are
 * ranges with the place whose passage they are; ranges may overlap.
 */
export function segmentParagraph(
  text: string,
  mentions: readonly Pick<PlaceMention, 'start' | 'end' | 'placeId'>[],
  passages: readonly { start: number; end: number; placeId: string }[],
): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const r of [...mentions, ...passages]) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const mention = mentions.find((m) => m.start <= start && end <= m.end);
    const passageOf = [
      ...new Set(passages.filter((r) => r.start <= start && end <= r.end).map((r) => r.placeId)),
    ];
    segments.push({
      text: text.slice(start, end),
      start,
      end,
      ...(mention ? { placeId: mention.placeId } : {}),
      passageOf,
    });
  }
  return segments;
}

/** Place ids in order of first mention; places never mentioned follow in their given order. */
export function tourOrder(
  places: readonly PlaceFeature[],
  mentions: readonly PlaceMention[],
): string[] {
  const seen: string[] = [];
  for (const m of mentions) if (!seen.includes(m.placeId)) seen.push(m.placeId);
  const known = new Set(places.map((p) => p.id));
  return [
    ...seen.filter((id) => known.has(id)),
    ...places.map((p) => p.id).filter((id) => !seen.includes(id)),
  ];
}

/** Indexes the article `text` for `places`. Passages that are not found are skipped. */
export function indexArticle(text: string, places: readonly PlaceFeature[]): ArticleIndex {
  const paragraphs = splitParagraphs(text);
  const mentions = findPlaceMentions(text, places);
  const passageRanges = places.flatMap((place) =>
    place.properties.passages.flatMap((passage) => {
      const at = locatePassage(paragraphs, passage);
      return at ? [{ ...at, placeId: place.id }] : [];
    }),
  );
  const segments = paragraphs.map((paragraph, i) =>
    segmentParagraph(
      paragraph,
      mentions.filter((m) => m.paragraph === i + 1),
      passageRanges.filter((r) => r.paragraph === i + 1),
    ),
  );
  return { paragraphs, mentions, segments, tour: tourOrder(places, mentions) };
}
