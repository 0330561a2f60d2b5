/**
 * A place's popup, built from DOM nodes (never markup from data): heading,
 * the names each side uses, who administers and who claims a disputed place,
 * the article's passages word for word, and the article's source and date.
 */
import { formatDate } from '../core/article/format-date';
import { ALL_SIDES, labelFor, type NamingMode } from '../core/article/naming';
import { partyRows, type PartyRow } from '../core/article/party-rows';
import {
  partiesOf,
  type ArticleMeta,
  type PlaceFeature,
  type PlaceKind,
  type PlaceProperties,
} from '../core/article/places';
import { el } from './dom';

const KIND_WORDS: Record<PlaceKind, string> = {
  city: 'City',
  island: 'Island',
  'island-group': 'Island group',
  region: 'Region',
  sea: 'Sea',
  country: 'Country',
};

/** A name in native script over its Latin form, each tagged with its language. */
function nameCell(row: PartyRow): HTMLTableCellElement {
  if (!row.native && !row.latin) return el('td', { className: 'none' }, '—');
  return el(
    'td',
    {},
    row.native ? el('span', { lang: row.native.lang, className: 'native' }, row.native.text) : null,
    row.latin ? el('span', { lang: row.latin.lang, className: 'latin' }, row.latin.text) : null,
  );
}

/** One column per party (name order), rows for the own-script name and the English label. */
function namesTable(p: PlaceProperties, rows: readonly PartyRow[]): HTMLTableElement | null {
  if (!rows.some((row) => row.native || row.latin)) return null;
  const usage = rows.some((row) => p[`label:${row.party.id}`]);
  return el(
    'table',
    { className: 'names' },
    el('caption', {}, 'Names'),
    el(
      'thead',
      {},
      el('tr', {}, el('td', {}), ...rows.map((row) => el('th', { scope: 'col' }, row.party.name))),
    ),
    el(
      'tbody',
      {},
      el('tr', {}, el('th', { scope: 'row' }, 'Own script'), ...rows.map(nameCell)),
      usage
        ? el(
            'tr',
            {},
            el('th', { scope: 'row' }, 'In English'),
            ...rows.map((row) => el('td', {}, row.label)),
          )
        : null,
    ),
  );
}

function statusList(rows: readonly PartyRow[]): HTMLDListElement | null {
  const admin = rows.filter((row) => row.role?.startsWith('administers'));
  const claim = rows.filter((row) => row.role?.endsWith('claims'));
  if (admin.length === 0 && claim.length === 0) return null;
  const names = (list: readonly PartyRow[]): string => list.map((row) => row.party.name).join(', ');
  return el(
    'dl',
    { className: 'status' },
    admin.length
      ? el('div', {}, el('dt', {}, 'Administered by'), el('dd', {}, names(admin)))
      : null,
    claim.length ? el('div', {}, el('dt', {}, 'Claimed by'), el('dd', {}, names(claim))) : null,
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
  { mode = ALL_SIDES, onParagraph, onDownload }: PopupOptions = {},
): HTMLElement {
  let download: HTMLButtonElement | null = null;
  if (onDownload) {
    download = el('button', { type: 'button', className: 'link download' }, 'Download this place');
    download.addEventListener('click', () => onDownload(place.id));
  }
  const p = place.properties;
  const parties = partiesOf(article);
  const rows = partyRows(p, parties);
  const headingId = `popup-${place.id}`;
  return el(
    'article',
    { className: 'popup', 'aria-labelledby': headingId, 'data-place': place.id },
    // tabindex -1: the app moves focus here when the popup opens, so it is read out.
    el('h2', { id: headingId, tabindex: '-1' }, labelFor(p, mode, parties)),
    el('p', { className: 'kind' }, KIND_WORDS[p.kind]),
    namesTable(p, rows),
    statusList(rows),
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
