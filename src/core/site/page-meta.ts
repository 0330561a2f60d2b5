/**
 * What a crawler reads on each static page of the site (issue 12): the title, the
 * description, the canonical address and the preview image of an article's page and of
 * each place's page. Written from the article's data, in English like the rest of the
 * data's metadata; every side's name for a place is given, in the order name-order.ts
 * states, so a preview takes no side either. Pure: scripts/build-site.ts writes the pages.
 */
import { formatDate } from '../article/format-date';
import { allSidesLabel } from '../article/name-order';
import { partyRows } from '../article/party-rows';
import { partiesOf, type PlaceCollection, type PlaceFeature } from '../article/places';
import { articlePath, placePath } from './site-path';

export interface PageMeta {
  title: string;
  description: string;
  /** This page's path below the site's root ('' for the home page). */
  path: string;
  /** The preview image's path below the root, or null when there is none. */
  image: string | null;
  imageAlt: string;
}

/** Longest description written: previews cut around 200 characters, search results near 160. */
export const DESCRIPTION_LENGTH = 200;

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function clipText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** "Source, 23 November 2019". */
export function sourceLine(collection: PlaceCollection): string {
  const { source, date } = collection.article;
  return `${source}, ${formatDate(date)}`;
}

/** A place's label with every side's name (the map's all-sides view). */
export function placeLabel(collection: PlaceCollection, place: PlaceFeature): string {
  return allSidesLabel(place.properties, partiesOf(collection.article));
}

export function articlePageMeta(
  slug: string,
  collection: PlaceCollection,
  image: string | null,
): PageMeta {
  const { title } = collection.article;
  const names = collection.features.map((place) => placeLabel(collection, place));
  return {
    title: `${title}: the places on a map`,
    description: clipText(
      `The places in “${title}” (${sourceLine(collection)}), on a map with what the article says about each: ${names.join(', ')}.`,
      DESCRIPTION_LENGTH,
    ),
    path: articlePath(slug),
    image,
    imageAlt: `Map of the places in “${title}”`,
  };
}

/**
 * A place's page: its label as the title, then each party's name for it in its own script
 * (the parties in name order) and the first passage that mentions it, word for word.
 */
export function placePageMeta(
  slug: string,
  collection: PlaceCollection,
  place: PlaceFeature,
  image: string | null,
): PageMeta {
  const label = placeLabel(collection, place);
  const names = partyRows(place.properties, partiesOf(collection.article))
    .filter((row) => row.native)
    .map((row) => `${row.party.name}: ${row.native?.text} (${row.label})`);
  const passage = place.properties.passages[0]?.text;
  const parts = [
    names.length > 0 ? `${names.join('; ')}.` : '',
    passage ? `“${passage}”` : '',
    `— ${sourceLine(collection)}`,
  ].filter((part) => part !== '');
  return {
    title: `${label} — ${collection.article.title}`,
    description: clipDescription(parts),
    path: placePath(slug, place.id),
    image,
    imageAlt: `Map centred on ${label}`,
  };
}

/**
 * The parts joined, the passage shortened first when they are too long, so the names and
 * the source always show.
 */
function clipDescription(parts: string[]): string {
  const whole = parts.join(' ');
  if (whole.length <= DESCRIPTION_LENGTH) return whole;
  const quoteIndex = parts.findIndex((part) => part.startsWith('“'));
  if (quoteIndex < 0) return clipText(whole, DESCRIPTION_LENGTH);
  const others = parts.filter((_, i) => i !== quoteIndex).join(' ').length + 1;
  const room = DESCRIPTION_LENGTH - others;
  if (room < 24) return clipText(whole, DESCRIPTION_LENGTH);
  const quote = parts[quoteIndex] ?? '';
  const shortened = `${clipText(quote.slice(0, -1), room - 1)}”`;
  return parts.map((part, i) => (i === quoteIndex ? shortened : part)).join(' ');
}
