/**
 * A place's popup, built from DOM nodes (never markup from data): heading,
 * the names each side uses, who administers and who claims a disputed place,
 * the article's passages word for word, and the article's source and date.
 */
import { formatDate } from '../core/article/format-date';
import { labelFor, type NamingMode } from '../core/article/naming';
import type { ArticleMeta, PlaceFeature, PlaceKind, PlaceProperties } from '../core/article/places';
import { el } from './dom';

const KIND_WORDS: Record<PlaceKind, string> = {
  city: 'City',
  island: 'Island',
  'island-group': 'Island group',
};

/** One side of the naming table: its column heading, and the keys it reads. */
const SIDES = [
  { heading: 'Russian', lang: 'ru', native: 'name:ru', latin: 'name:ru-Latn', usage: 'label:ru' },
  { heading: 'Japanese', lang: 'ja', native: 'name:ja', latin: 'name:ja-Latn', usage: 'label:ja' },
] as const;

/** A name in native script over its Latin form, each tagged with its language. */
function nameCell(p: PlaceProperties, side: (typeof SIDES)[number]): HTMLTableCellElement {
  const native = p[side.native];
  const latin = p[side.latin];
  if (!native && !latin) return el('td', { className: 'none' }, '—');
  return el(
    'td',
    {},
    native ? el('span', { lang: side.lang, className: 'native' }, native) : null,
    latin ? el('span', { lang: `${side.lang}-Latn`, className: 'latin' }, latin) : null,
  );
}

function namesTable(p: PlaceProperties): HTMLTableElement | null {
  if (!SIDES.some((s) => p[s.native] || p[s.latin])) return null;
  const usage = SIDES.some((s) => p[s.usage]);
  return el(
    'table',
    { className: 'names' },
    el('caption', {}, 'Names'),
    el(
      'thead',
      {},
      el('tr', {}, el('td', {}), ...SIDES.map((s) => el('th', { scope: 'col' }, s.heading))),
    ),
    el(
      'tbody',
      {},
      el('tr', {}, el('th', { scope: 'row' }, 'Own script'), ...SIDES.map((s) => nameCell(p, s))),
      usage
        ? el(
            'tr',
            {},
            el('th', { scope: 'row' }, 'In English'),
            ...SIDES.map((s) => el('td', {}, p[s.usage] ?? p['name:en'])),
          )
        : null,
    ),
  );
}

function statusList(p: PlaceProperties): HTMLDListElement | null {
  if (!p.administered_by && !p.claimed_by?.length) return null;
  return el(
    'dl',
    { className: 'status' },
    p.administered_by
      ? el('div', {}, el('dt', {}, 'Administered by'), el('dd', {}, p.administered_by))
      : null,
    p.claimed_by?.length
      ? el('div', {}, el('dt', {}, 'Claimed by'), el('dd', {}, p.claimed_by.join(', ')))
      : null,
  );
}

function passageList(
  p: PlaceProperties,
  onParagraph: ((n: number) => void) | undefined,
): HTMLElement | null {
  if (p.passages.length === 0) return null;
  return el(
    'section',
    { className: 'passages' },
    el('h3', {}, 'In the article'),
    el(
      'ol',
      {},
      ...p.passages.map((passage) =>
        el(
          'li',
          {},
          el('blockquote', {}, el('p', {}, passage.text)),
          paragraphLink(passage.paragraph, onParagraph),
        ),
      ),
    ),
  );
}

/** "Paragraph 12": a button to the paragraph in the article panel, or plain text without one. */
function paragraphLink(n: number, onParagraph: ((n: number) => void) | undefined): HTMLElement {
  if (!onParagraph) return el('p', { className: 'where' }, `Paragraph ${n}`);
  const button = el(
    'button',
    { type: 'button', className: 'link', 'aria-label': `Paragraph ${n} in the article` },
    `Paragraph ${n}`,
  );
  button.addEventListener('click', () => onParagraph(n));
  return el('p', { className: 'where' }, button);
}

export interface PopupOptions {
  /** Naming mode of the heading. Default: both. */
  mode?: NamingMode;
  /** Shows paragraph `n` of the article; without it paragraph numbers are plain text. */
  onParagraph?: (n: number) => void;
  /** Downloads this place as GeoJSON; without it there is no download button. */
  onDownload?: (id: string) => void;
}

/** Builds the popup content for `place`; the heading follows the naming mode. */
export function buildPopup(
  place: PlaceFeature,
  article: ArticleMeta,
  { mode = 'both', onParagraph, onDownload }: PopupOptions = {},
): HTMLElement {
  let download: HTMLButtonElement | null = null;
  if (onDownload) {
    download = el('button', { type: 'button', className: 'link download' }, 'Download this place');
    download.addEventListener('click', () => onDownload(place.id));
  }
  const p = place.properties;
  const headingId = `popup-${place.id}`;
  return el(
    'article',
    { className: 'popup', 'aria-labelledby': headingId, 'data-place': place.id },
    // tabindex -1: the app moves focus here when the popup opens, so it is read out.
    el('h2', { id: headingId, tabindex: '-1' }, labelFor(p, mode)),
    el('p', { className: 'kind' }, KIND_WORDS[p.kind]),
    namesTable(p),
    statusList(p),
    passageList(p, onParagraph),
    el(
      'footer',
      {},
      'From ',
      el('cite', {}, article.title),
      `, ${article.source}, ${formatDate(article.date)}.`,
      download ? el('br') : null,
      download,
    ),
  );
}
