/**
 * An opened file that follows the data contract: an article, not generic features. This
 * site's own "Download GeoJSON" writes one (core/export), and any tool can: a
 * FeatureCollection with the `article` member (title, source, date, text) and places
 * with names and passages. The export may carry two more foreign members, read here:
 *
 * - `article_text`: the article itself, paragraphs separated by blank lines (as
 *   `geodata/<slug>/article.txt`), so the re-opened map has its Article panel;
 * - `claim_lines`: the article's claim lines (a FeatureCollection as `claims.geojson`).
 *
 * Both are checked: a text that does not contain every passage word for word is not shown
 * (the popups keep their passages); claim lines that are not usable are left out. Either
 * way the reader is told why. Pure: the open worker runs it.
 */
import type { Feature } from 'geojson';
import { readClaimLines, type ClaimLine } from '../borders/read-claim-lines';
import { locatePassage, splitParagraphs } from './article';
import { ALL_SIDES, parseNamingMode, type NamingMode } from './naming';
import { partiesOf, readPlaceCollection, type PlaceCollection } from './places';

export interface OpenedArticle {
  collection: PlaceCollection;
  /** The article's text, when the file carries it and every passage is in it. */
  text: string | null;
  claims: ClaimLine[];
  /** The naming the file was written in (`naming`), when it is one of its parties' modes. */
  naming: NamingMode | null;
}

export interface OpenedArticleResult {
  /** null: not an article (no `article` member) or not a usable one: shown as features. */
  article: OpenedArticle | null;
  /** What the reader is told (English; the page shows it beside the other problems). */
  notes: string[];
}

/** The members an export writes beside `article` (core/export/export.ts). */
export const ARTICLE_TEXT_MEMBER = 'article_text';
export const CLAIM_LINES_MEMBER = 'claim_lines';

/** Passages the text does not contain, as "place id: passage" (none: the text fits). */
function missingPassages(text: string, collection: PlaceCollection): string[] {
  const paragraphs = splitParagraphs(text);
  return collection.features.flatMap((place) =>
    place.properties.passages
      .filter((passage) => locatePassage(paragraphs, passage) === null)
      .map(() => place.id),
  );
}

function readText(value: unknown, collection: PlaceCollection, notes: string[]): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || value.trim() === '') {
    notes.push(`The file's "${ARTICLE_TEXT_MEMBER}" is not text; the article's text is not shown.`);
    return null;
  }
  const missing = [...new Set(missingPassages(value, collection))];
  if (missing.length > 0) {
    notes.push(
      `The file's article text does not contain every passage word for word (${missing.join(', ')}); the text is not shown, the popups keep their passages.`,
    );
    return null;
  }
  return value;
}

function readClaims(value: unknown, notes: string[]): ClaimLine[] {
  if (value === undefined) return [];
  const lines = readClaimLines(value);
  const given = (value as { features?: unknown } | null)?.features;
  const count = Array.isArray(given) ? given.length : 0;
  if (lines.length < count || (count === 0 && lines.length === 0)) {
    notes.push(
      `${count - lines.length} of the file's claim lines are not usable (a line with name, classes and source); left out.`,
    );
  }
  return lines;
}

/**
 * The article in an accepted file's features and foreign members, or null when the file
 * does not declare one. A file that declares one but breaks the contract is shown as
 * features, with the reason among the notes; places that break it are left out by name.
 */
export function readOpenedArticle(
  foreign: Record<string, unknown>,
  features: readonly Feature[],
): OpenedArticleResult {
  if (!('article' in foreign)) return { article: null, notes: [] };
  const read = readPlaceCollection({ type: 'FeatureCollection', ...foreign, features });
  const collection = read.collection;
  if (!collection || collection.features.length === 0) {
    const why = collection
      ? 'none of its features is a place of the data contract'
      : read.problems[0];
    return {
      article: null,
      notes: [
        `The file names an article but is shown as plain features: ${why}`,
        ...read.problems.slice(1),
      ],
    };
  }
  const notes = [...read.problems];
  const naming =
    typeof foreign.naming === 'string'
      ? (parseNamingMode(foreign.naming, partiesOf(collection.article)) ?? null)
      : null;
  return {
    article: {
      collection,
      text: readText(foreign[ARTICLE_TEXT_MEMBER], collection, notes),
      claims: readClaims(foreign[CLAIM_LINES_MEMBER], notes),
      naming,
    },
    notes,
  };
}

/**
 * The naming to show an opened article in. A file the reader has just chosen shows as it
 * was written (its `naming`), else in the naming in force when the article has it, else all
 * sides. A link or a step of the history keeps its own naming when the article has it.
 */
export function openedNaming(
  current: NamingMode,
  article: Pick<OpenedArticle, 'collection' | 'naming'>,
  chosenNow: boolean,
): NamingMode {
  const kept = parseNamingMode(current, partiesOf(article.collection.article));
  if (chosenNow) return article.naming ?? kept ?? ALL_SIDES;
  return kept ?? article.naming ?? ALL_SIDES;
}
