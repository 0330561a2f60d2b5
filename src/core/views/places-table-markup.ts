/**
 * The "Places table" as markup: the text alternative to the map. One row per place with
 * its name in the naming view in force, its kind, each party's own name for it, whether
 * it is disputed (who administers, who claims), the first passage about it, and a button
 * that shows it on the map.
 */
import { labelFor, type NamingMode } from '../article/naming';
import { isDisputed, type Party, type PlaceFeature } from '../article/places';
import { partyRows, type PartyRow } from '../article/party-rows';
import type { Translator } from '../i18n/create-translator';
import { kindKeys } from '../i18n/kind-keys';
import { partyName } from '../i18n/party-name';
import { h, withRef, type MarkupElement } from '../markup/markup';

export interface PlacesTableOptions {
  mode: NamingMode;
  parties: readonly Party[];
  /** The language of the data's words (labels, passages). */
  dataLang: string;
}

/** A party's own name for the place, in native script over Latin, each tagged with its language. */
function nativeCell(row: PartyRow | undefined, t: Translator): MarkupElement {
  if (!row?.native && !row?.latin) return h('td', { class: 'none' }, t.t('popup.none'));
  return h(
    'td',
    {},
    row.native &&
      h('span', { lang: row.native.lang, dir: 'auto', class: 'native' }, row.native.text),
    row.latin && h('span', { lang: row.latin.lang, dir: 'auto', class: 'latin' }, row.latin.text),
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
  i: number,
  t: Translator,
  { mode, parties, dataLang }: PlacesTableOptions,
): MarkupElement {
  const p = place.properties;
  const label = labelFor(p, mode, parties);
  const keys = kindKeys(p.kind);
  const rows = partyRows(p, parties);
  const first = p.passages[0];
  const show = h(
    'button',
    {
      type: 'button',
      class: 'link',
      'data-place': place.id,
      'aria-label': `${t.t('table.showOnMap')}: ${label}`,
    },
    t.t('table.showOnMap'),
  );
  return h(
    'tr',
    {},
    h('th', { scope: 'row', lang: dataLang, dir: 'auto' }, label),
    h('td', {}, keys ? t.t(keys.title) : p.kind),
    ...parties.map((party) =>
      nativeCell(
        rows.find((r) => r.party.id === party.id),
        t,
      ),
    ),
    h('td', {}, statusText(place, parties, t)),
    h(
      'td',
      { class: 'first-passage' },
      first ? h('blockquote', { lang: dataLang, dir: 'auto' }, first.text) : t.t('popup.none'),
    ),
    h('td', {}, withRef(`show-${i}`, show)),
  );
}

/** The table in its scrolling box (the section's heading stays); refs `show-<i>` per place. */
export function placesTableMarkup(
  t: Translator,
  places: readonly PlaceFeature[],
  options: PlacesTableOptions,
): MarkupElement {
  const table = h(
    'table',
    { class: 'places-table-grid' },
    h('caption', {}, t.t('table.caption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t.t('table.name')),
        h('th', { scope: 'col' }, t.t('table.kind')),
        ...options.parties.map((party) =>
          h('th', { scope: 'col' }, t.t('table.nameIn', { language: t.languageName(party.lang) })),
        ),
        h('th', { scope: 'col' }, t.t('table.status')),
        h('th', { scope: 'col' }, t.t('table.firstPassage')),
        h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, t.t('table.showOnMap'))),
      ),
    ),
    h('tbody', {}, ...places.map((place, i) => row(place, i, t, options))),
  );
  return h('div', { class: 'table-scroll' }, table);
}
