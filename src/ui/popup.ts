/**
 * A place's popup, built from DOM nodes (never markup from data): heading,
 * the names each side uses, who administers and who claims a disputed place,
 * the article's passages word for word, and the article's source and date.
 */
import { ALL_SIDES, labelFor, type NamingMode } from '../core/article/naming';
import { partyRows, type PartyRow } from '../core/article/party-rows';
import {
  partiesOf,
  type ArticleMeta,
  type PlaceFeature,
  type PlaceKind,
  type PlaceProperties,
} from '../core/article/places';
import type { Translator } from '../core/i18n/create-translator';
import { kindKeys } from '../core/i18n/kind-keys';
import { partyName } from '../core/i18n/party-name';
import { el } from './dom';
import { DATA_LANG, tr } from './i18n';

function kindTitle(t: Translator, kind: PlaceKind): string {
  const keys = kindKeys(kind);
  return keys ? t.t(keys.title) : kind;
}

/** A name in native script over its Latin form, each tagged with its language. */
function nameCell(row: PartyRow): HTMLTableCellElement {
  if (!row.native && !row.latin) return el('td', { className: 'none' }, tr().t('popup.none'));
  // dir="auto": a name in Arabic or Hebrew script reads right to left inside a Latin page.
  return el(
    'td',
    {},
    row.native
      ? el('span', { lang: row.native.lang, dir: 'auto', className: 'native' }, row.native.text)
      : null,
    row.latin
      ? el('span', { lang: row.latin.lang, dir: 'auto', className: 'latin' }, row.latin.text)
      : null,
  );
}

/**
 * One row per party (name order): its name, its name for the place in its own script over
 * the Latin form, and the English label it uses. Rows, not columns, so five parties still
 * read on a 390 px phone.
 */
function namesTable(p: PlaceProperties, rows: readonly PartyRow[]): HTMLTableElement | null {
  if (!rows.some((row) => row.native || row.latin)) return null;
  const usage = rows.some((row) => p[`label:${row.party.id}`]);
  const t = tr();
  return el(
    'table',
    { className: 'names' },
    el('caption', {}, t.t('popup.names')),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('td', {}),
        el('th', { scope: 'col' }, t.t('popup.ownScript')),
        usage ? el('th', { scope: 'col' }, t.t('popup.inEnglish')) : null,
      ),
    ),
    el(
      'tbody',
      {},
      ...rows.map((row) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, partyName(t, row.party)),
          nameCell(row),
          usage ? el('td', { lang: DATA_LANG, dir: 'auto' }, row.label) : null,
        ),
      ),
    ),
  );
}

function statusList(rows: readonly PartyRow[]): HTMLDListElement | null {
  const admin = rows.filter((row) => row.role?.startsWith('administers'));
  const claim = rows.filter((row) => row.role?.endsWith('claims'));
  if (admin.length === 0 && claim.length === 0) return null;
  const t = tr();
  const names = (list: readonly PartyRow[]): string =>
    t.list(list.map((row) => partyName(t, row.party)));
  return el(
    'dl',
    { className: 'status' },
    admin.length
      ? el('div', {}, el('dt', {}, t.t('popup.administeredBy')), el('dd', {}, names(admin)))
      : null,
    claim.length
      ? el('div', {}, el('dt', {}, t.t('popup.claimedBy')), el('dd', {}, names(claim)))
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
    el('h3', {}, tr().t('popup.inArticle')),
    el(
      'ol',
      {},
      ...p.passages.map((passage) =>
        el(
          'li',
          {},
          el('blockquote', { lang: DATA_LANG, dir: 'auto' }, el('p', {}, passage.text)),
          paragraphLink(passage.paragraph, onParagraph),
        ),
      ),
    ),
  );
}

/** "Paragraph 12": a button to the paragraph in the article panel, or plain text without one. */
function paragraphLink(n: number, onParagraph: ((n: number) => void) | undefined): HTMLElement {
  const t = tr();
  if (!onParagraph) return el('p', { className: 'where' }, t.t('popup.paragraph', { n }));
  const button = el(
    'button',
    { type: 'button', className: 'link', 'aria-label': t.t('popup.paragraphInArticle', { n }) },
    t.t('popup.paragraph', { n }),
  );
  button.addEventListener('click', () => onParagraph(n));
  return el('p', { className: 'where' }, button);
}

/** "From <cite>title</cite>, source, date." in the language in force; the title stays as written. */
function sourceLine(article: ArticleMeta): (string | HTMLElement)[] {
  const t = tr();
  return t
    .parts('popup.source', {
      title: article.title,
      source: article.source,
      date: t.date(article.date),
    })
    .map((part) =>
      part.param === 'title'
        ? el('cite', { lang: DATA_LANG, dir: 'auto' }, part.text)
        : part.param === 'source'
          ? el('span', { lang: DATA_LANG }, part.text)
          : part.text,
    );
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
    download = el(
      'button',
      { type: 'button', className: 'link download' },
      tr().t('popup.downloadPlace'),
    );
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
    el(
      'h2',
      { id: headingId, tabindex: '-1', lang: DATA_LANG, dir: 'auto' },
      labelFor(p, mode, parties),
    ),
    el('p', { className: 'kind' }, kindTitle(tr(), p.kind)),
    namesTable(p, rows),
    statusList(rows),
    passageList(p, onParagraph),
    el('footer', {}, ...sourceLine(article), download ? el('br') : null, download),
  );
}
