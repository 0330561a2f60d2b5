/**
 * What a screen reader hears about the map: its description (what it shows, how many
 * places, each dispute, the naming view and the open place; core/i18n/describe-map.ts),
 * and the polite live region that names every place that opens, whatever opened it (the
 * list, a shape, a mention, the tour, the table, a link, Back): "Iturup / Etorofu,
 * island, 3 of 8".
 */
import type { NamingMode } from '../core/article/naming';
import type { Party, PlaceFeature } from '../core/article/places';
import { announcePlace, describeMap } from '../core/i18n/describe-map';
import { partyName } from '../core/i18n/party-name';
import type { AppState } from '../core/state/app-state';
import type { Store } from '../core/state/store';
import { tr } from './i18n';
import { showsData } from './map-view';
import { namingLabel } from '../core/views/naming-switch-markup';

export interface ScreenReaderOptions {
  features: readonly PlaceFeature[];
  parties: readonly Party[];
  /** The label of a place in a naming mode. */
  labelOf: (id: string, mode: NamingMode) => string;
  /** The place's position in the tour's order (the article's). */
  positionOf: (id: string) => { n: number; total: number };
}

/** The map's description for state `s`, in the language in force. */
function description(s: AppState, o: ScreenReaderOptions): string {
  const t = tr();
  const name = (id: string): string => {
    const party = o.parties.find((p) => p.id === id);
    return party ? partyName(t, party) : id;
  };
  return describeMap(t, {
    places: o.features.map((f) => ({
      label: o.labelOf(f.id, s.names),
      kind: f.properties.kind,
      ...(f.properties.administered_by
        ? { administeredBy: name(f.properties.administered_by) }
        : {}),
      claimedBy: (f.properties.claimed_by ?? []).map(name),
    })),
    view: namingLabel(t, s.names, o.parties),
    openPlace: s.place !== null ? o.labelOf(s.place, s.names) : null,
  });
}

/** Keeps `describe` (the map's aria-describedby) and `live` (aria-live polite) in step. */
export function bindScreenReader(
  store: Store,
  elements: { describe: HTMLElement; live: HTMLElement },
  options: ScreenReaderOptions,
): { ready: () => void } {
  const place = (id: string) => options.features.find((f) => f.id === id);
  const announce = (s: AppState): void => {
    const open = s.place !== null && !showsData(s) ? place(s.place) : undefined;
    if (!open) return;
    const { n, total } = options.positionOf(open.id);
    elements.live.textContent = announcePlace(tr(), {
      label: options.labelOf(open.id, s.names),
      kind: open.properties.kind,
      n: n > 0 ? n : options.features.indexOf(open) + 1,
      total: n > 0 ? total : options.features.length,
    });
  };
  // A place's position is in the tour's order, which the article's text brings: a place
  // opened before it arrives (a link) is announced once it has.
  let ready = false;
  let waiting = false;
  const render = (next: AppState, prev: AppState | null): void => {
    if (
      !prev ||
      next.place !== prev.place ||
      next.names !== prev.names ||
      next.lang !== prev.lang
    ) {
      elements.describe.textContent = description(next, options);
    }
    if (next.place !== null && (!prev || next.place !== prev.place)) {
      if (ready) announce(next);
      else waiting = true;
    }
  };
  render(store.get(), null);
  store.subscribe((next, prev) => render(next, prev));
  return {
    ready() {
      ready = true;
      if (waiting && store.get().place !== null) announce(store.get());
      waiting = false;
    },
  };
}
