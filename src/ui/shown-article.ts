/**
 * Which article the stage (article-stage.ts) shows: the page's own, loaded at start, or an
 * opened file that is one (open-data.ts read it) while the state shows it as an article.
 */
import type { OpenedArticle } from '../core/article/opened-article';
import { readPlaceCollection } from '../core/article/places';
import { readClaimLines, type ClaimLine } from '../core/borders/read-claim-lines';
import type { AppState } from '../core/state/app-state';
import type { Store } from '../core/state/store';
import type { Stage, StageArticle, StageElements } from './article-stage';
import { tr } from './i18n';
import { byId, fetchJson, fetchOk } from './load';

/** The page's article's claim lines (claims.geojson beside its places); none when it has none. */
async function fetchClaimLines(dataUrl: string): Promise<ClaimLine[]> {
  const url = new URL('claims.geojson', new URL(dataUrl, document.baseURI)).href;
  try {
    const response = await fetch(url);
    return response.ok ? readClaimLines(await response.json()) : [];
  } catch {
    return []; // No claims for this article, or an unreadable file: the places still show.
  }
}

/** The page's article: its places (read now), its text and claim lines (on their way). */
export async function loadPageArticle(
  dataUrl: string,
  problems: (messages: string[]) => void,
): Promise<StageArticle | null> {
  const read = readPlaceCollection(await fetchJson(dataUrl, tr().t('problems.whatPlaces')));
  const collection = read.collection;
  if (!collection) return (problems(read.problems), null);
  // Features that break the data contract are left out by name; the rest still plot.
  if (read.problems.length > 0) problems(read.problems);
  const textUrl = new URL(collection.article.text, new URL(dataUrl, document.baseURI)).href;
  return {
    collection,
    // The text loads while the places are drawn; it brings the tour order after.
    text: fetchOk(textUrl, tr().t('problems.whatArticle')).then((r) => r.text()),
    claims: fetchClaimLines(dataUrl),
    problems: read.problems,
  };
}

/** The article an opened file is, as the stage shows it. */
function openedArticle(opened: OpenedArticle): StageArticle {
  return {
    collection: opened.collection,
    text: Promise.resolve(opened.text),
    claims: Promise.resolve(opened.claims),
    problems: [],
  };
}

/**
 * Mounts the page's article, or an opened file's when the state shows one. Subscribe this
 * before the other views: they then hear of a change with the new article's places mounted
 * (the camera frames the places of the article now shown).
 */
export function followShownArticle(
  store: Store,
  stage: Stage,
  page: StageArticle,
  opened: () => OpenedArticle | null,
  onMount: (article: StageArticle) => void,
): void {
  // One StageArticle per opened file, so the same file shown again is not mounted anew.
  const made = new WeakMap<OpenedArticle, StageArticle>();
  const mount = (s: AppState): void => {
    const file = s.shownAs === 'article' ? opened() : null;
    const want = file ? (made.get(file) ?? openedArticle(file)) : page;
    if (file) made.set(file, want);
    if (want === stage.current()) return;
    stage.mount(want);
    onMount(want);
    // Opened data is drawn: as for features (open-data.ts), marked once painted.
    if (file) requestAnimationFrame(() => performance.mark('data-rendered'));
  };
  mount(store.get());
  store.subscribe((next) => mount(next));
}

/** The elements the article's views fill. */
export function stageElements(): StageElements {
  return {
    title: byId('article-title'),
    byline: byId('article-byline'),
    article: byId('article'),
    legend: byId('legend'),
    list: byId('places'),
    names: byId('names'),
    tour: byId('tour'),
    bordersCaption: byId('borders-caption'),
    table: byId('places-table'),
    describe: byId('map-description'),
    live: byId('live'),
  };
}
