/**
 * The "Places table": the text alternative to the map. One row per place with its name
 * in the naming view in force, its kind, each party's own name for it, whether it is
 * disputed (who administers, who claims), the first passage about it, and a button that
 * shows it on the map. Reached from the skip link at the top of the page; printed.
 */
import { labelFor, type NamingMode } from '../core/article/naming';
import { isDisputed, type Party, type PlaceFeature } from '../core/article/places';
import { partyRows, type PartyRow } from '../core/article/party-rows';
import type { Translator } from '../core/i18n/create-translator';
import { kindKeys } from '../core/i18n/kind-keys';
import { partyName } from '../core/i18n/party-name';
import { el } from './dom';
import { DATA_LANG } from './i18n';

export interface PlacesTableOptions {
  mode: NamingMode;
  parties: readonly Party[];
  /** Shows the place on the map (opens it). */
  onShow: (id: string) => void;
}

/** A party's own name for the place, in native script over Latin, each tagged with its language. */
function nativeCell(row: PartyRow | undefined, t: Translator): HTMLTableCellElement {
  if (!row?.native && !row?.latin) return el('td', { className: 'none' }, t.t('popup.none'));
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

function statusText(place: PlaceFeature, parties: readonly Party[], t: Translator): string {
  const p = place.properties;
  if (!isDisputed(p)) return t.t('table.undisputed');
  const name = (id: string): string => {
    const party = parties.find((q) => q.id === id);
    return party ? partyName(t, party) : id;
  };
  return t.t('table.disputed', {
    administrator: p.administered_by ? name(p.administered_by) : t.t('popup.none'),
    claimants: t.list((p.claimed_by ?? []).filter((id) => id !== p.administered_by).map(name)),
  });
}

function row(
  place: PlaceFeature,
  t: Translator,
  { mode, parties, onShow }: PlacesTableOptions,
): HTMLTableRowElement {
  const p = place.properties;
  const label = labelFor(p, mode, parties);
  const keys = kindKeys(p.kind);
  const rows = partyRows(p, parties);
  const first = p.passages[0];
  const show = el(
    'button',
    {
      type: 'button',
      className: 'link',
      'data-place': place.id,
      'aria-label': `${t.t('table.showOnMap')}: ${label}`,
    },
    t.t('table.showOnMap'),
  );
  show.addEventListener('click', () => onShow(place.id));
  return el(
    'tr',
    {},
    el('th', { scope: 'row', lang: DATA_LANG, dir: 'auto' }, label),
    el('td', {}, keys ? t.t(keys.title) : p.kind),
    ...parties.map((party) =>
      nativeCell(
        rows.find((r) => r.party.id === party.id),
        t,
      ),
    ),
    el('td', {}, statusText(place, parties, t)),
    el(
      'td',
      { className: 'first-passage' },
      first ? el('blockquote', { lang: DATA_LANG, dir: 'auto' }, first.text) : t.t('popup.none'),
    ),
    el('td', {}, show),
  );
}

/** Fills `section` (below its heading) with the table, in `t`'s language. */
export function renderPlacesTable(
  section: HTMLElement,
  places: readonly PlaceFeature[],
  t: Translator,
  options: PlacesTableOptions,
): void {
  const heading = section.querySelector('h2');
  const table = el(
    'table',
    { className: 'places-table-grid' },
    el('caption', {}, t.t('table.caption')),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, t.t('table.name')),
        el('th', { scope: 'col' }, t.t('table.kind')),
        ...options.parties.map((party) =>
          el('th', { scope: 'col' }, t.t('table.nameIn', { language: t.languageName(party.lang) })),
        ),
        el('th', { scope: 'col' }, t.t('table.status')),
        el('th', { scope: 'col' }, t.t('table.firstPassage')),
        el('th', { scope: 'col' }, el('span', { className: 'sr-only' }, t.t('table.showOnMap'))),
      ),
    ),
    el('tbody', {}, ...places.map((place) => row(place, t, options))),
  );
  section.replaceChildren(
    ...(heading ? [heading] : []),
    el('div', { className: 'table-scroll' }, table),
  );
}

/**
 * The skip link to the table. The page's hash is the app's address, so following
 * `#places-table` would be read as a link to another map: the link moves the focus instead.
 */
export function bindSkipLink(link: HTMLAnchorElement, section: HTMLElement): void {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const heading = section.querySelector<HTMLElement>('h2') ?? section;
    heading.scrollIntoView({ block: 'start' });
    heading.focus();
  });
}
