/**
 * The address of a shared map link: `#map=ZOOM/LAT/LON&place=…&names=…&…`,
 * parsed and formatted without touching `location` or `history` (the shell
 * binds these to the map). The view follows OpenStreetMap's `map=` convention;
 * the bare `#ZOOM/LAT/LON` of leaflet-hash and uMap is read too.
 *
 * Encoding decisions (tests in test/unit/address/url-state.test.ts pin each one):
 * - Keys are written in a fixed order and only when they differ from
 *   DEFAULT_STATE, so the default state with no view is the empty string.
 * - Every value is percent-decoded when read; `place` and `data` are written
 *   with encodeURIComponent, so `&`, `#` and `=` inside them survive.
 * - A repeated key: the first occurrence wins, even when it is malformed (as
 *   URLSearchParams.get does), so a later copy cannot replace a dropped one.
 * - Longitude outside [-180, 180] is wrapped, not dropped: leaflet-hash writes
 *   the unwrapped longitude after a pan across the antimeridian, and it still
 *   names a real place. Latitude outside [-90, 90] is dropped.
 * - `panels` lists the open side panels in canonical order (`panels=places`);
 *   `panels=none` means both closed; both open is the default and is omitted.
 * - `lang=en|ru|ja` is written only when the reader chose a language: without it
 *   the browser's languages decide, so a link does not force the sender's language
 *   on everyone (a link with `lang=` does, on purpose).
 */
import { ALL_SIDES, type NamingMode } from '../article/naming';
import { DEFAULT_FLAGS, formatFlags, isDefaultFlags, isFlagKey, readFlag } from './page-flags';
import type { PageFlags } from './page-flags';
import { isInterfaceLanguage, type InterfaceLanguage } from '../i18n/languages';

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

export type Basemap = 'ne' | 'osm';

export type Panel = 'places' | 'article';

export interface MapState {
  /** Absent: the app fits all places. */
  view?: MapView;
  /** Id of the open place. */
  place?: string;
  names: NamingMode;
  basemap: Basemap;
  /** Open side panels, in canonical order: places, then article. */
  panels: Panel[];
  embed: boolean;
  /** An http(s) URL (as URL.href) of another GeoJSON to show. */
  data?: string;
  /** Display flags (page-flags.ts); present only when one differs from its default. */
  flags?: PageFlags;
  /** The interface language the reader chose; absent: the browser's languages decide. */
  lang?: InterfaceLanguage;
}

export interface ParseOptions {
  /** The ids a `place=` may name; when absent, any of 1–100 of [A-Za-z0-9_.:-]. */
  placeIds?: ReadonlySet<string>;
  /**
   * The values a `names=` may have (the article's naming modes, naming.ts's
   * namingModes); when absent, `both`, `all` or anything shaped like a party id.
   */
  namingModes?: ReadonlySet<string>;
  /** Lowest zoom a `map=` view may have; default 0. */
  minZoom?: number;
  /** Highest zoom a `map=` view may have; default 22. Keep both multiples of 0.01. */
  maxZoom?: number;
}

const BASEMAPS: readonly Basemap[] = ['ne', 'osm'];
const PANELS: readonly Panel[] = ['places', 'article'];

/** The state of a link with no hash. Shared: copy it, do not mutate it. */
export const DEFAULT_STATE: MapState = {
  names: ALL_SIDES,
  basemap: 'ne',
  panels: [...PANELS],
  embed: false,
};

// Bounds on the work a hostile or mangled link can cause: a real address has
// at most 7 keys and a data URL well under 2 KB. Later segments and longer
// values are ignored rather than truncated, so a cut-off URL is never applied.
const MAX_SEGMENTS = 32;
const MAX_VALUE_LENGTH = 2048;

const SAFE_ID = /^[A-Za-z0-9_.:-]{1,100}$/;
// A party id's shape (core/article/places.ts); `all` is another word for all sides.
const NAMING_VALUE = /^[a-z][a-z0-9-]{0,31}$/;
// Plain decimals only: no exponent (1e999), no Infinity, no 400-digit numbers.
const DECIMAL = /^-?\d{1,3}(?:\.\d{1,20})?$/;

/**
 * Reads an address. Accepts a leading `#` or not, OSM's `map=Z/LAT/LON` or a
 * bare `Z/LAT/LON` as the first segment, and the keys formatState writes in
 * any order. Never throws: a malformed, out-of-range or unknown part is left
 * out and the rest still applies; unknown keys are ignored. The view is
 * returned rounded by roundView, with finite numbers in range, or not at all.
 */
export function parseState(hash: string, options: ParseOptions = {}): MapState {
  const { placeIds, namingModes, minZoom = 0, maxZoom = 22 } = options;
  const state: MapState = { ...DEFAULT_STATE, panels: [...DEFAULT_STATE.panels] };
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const seen = new Set<string>();
  const readView = (value: string): boolean => {
    const view = parseView(value);
    if (view && view.zoom >= minZoom && view.zoom <= maxZoom) state.view = view;
    return state.view !== undefined;
  };
  let flags: PageFlags = { ...DEFAULT_FLAGS };
  text.split('&', MAX_SEGMENTS).forEach((segment, index) => {
    const equals = segment.indexOf('=');
    if (equals < 0) {
      // A segment with no `=` is no key; only a first one can be a bare view
      // (leaflet-hash, uMap), and only a valid one takes the place of `map=`.
      if (index === 0 && readView(segment)) seen.add('map');
      return;
    }
    const key = segment.slice(0, equals);
    if (seen.has(key)) return;
    seen.add(key);
    const value = decode(segment.slice(equals + 1));
    if (value === undefined) return;
    switch (key) {
      case 'map':
        readView(value);
        break;
      case 'place':
        if (placeIds ? placeIds.has(value) : SAFE_ID.test(value)) state.place = value;
        break;
      case 'names':
        if (value === 'all') state.names = ALL_SIDES;
        else if (namingModes ? namingModes.has(value) : NAMING_VALUE.test(value)) {
          state.names = value;
        }
        break;
      case 'basemap':
        if (isOneOf(BASEMAPS, value)) state.basemap = value;
        break;
      case 'panels': {
        const panels = parsePanels(value);
        if (panels) state.panels = panels;
        break;
      }
      case 'embed':
        if (value === '1' || value === '0') state.embed = value === '1';
        break;
      case 'lang':
        if (isInterfaceLanguage(value)) state.lang = value;
        break;
      case 'data': {
        const url = parseHttpUrl(value);
        if (url !== undefined) state.data = url;
        break;
      }
      default:
        if (isFlagKey(key)) flags = readFlag(flags, key, value);
    }
  });
  if (!isDefaultFlags(flags)) state.flags = flags;
  return state;
}

/**
 * Writes the address of a state: `#` followed by the keys that differ from
 * DEFAULT_STATE, or '' when none do and there is no view. The view is rounded
 * by roundView; a view with a non-finite number is left out rather than
 * written as `NaN`. Does not check `place` against any list.
 */
export function formatState(state: MapState): string {
  const parts: string[] = [];
  if (state.view) {
    const { zoom, lat, lon } = roundView(state.view);
    const decimals = decimalsFor(zoom);
    if ([zoom, lat, lon].every(Number.isFinite)) {
      parts.push(
        `map=${toDecimal(zoom, 2)}/${toDecimal(lat, decimals)}/${toDecimal(lon, decimals)}`,
      );
    }
  }
  if (state.place !== undefined) parts.push(`place=${encodeURIComponent(state.place)}`);
  if (state.names !== DEFAULT_STATE.names) parts.push(`names=${state.names}`);
  if (state.basemap !== DEFAULT_STATE.basemap) parts.push(`basemap=${state.basemap}`);
  const open = PANELS.filter((panel) => state.panels.includes(panel));
  if (open.length < PANELS.length) parts.push(`panels=${open.join(',') || 'none'}`);
  if (state.embed) parts.push('embed=1');
  if (state.lang !== undefined) parts.push(`lang=${state.lang}`);
  if (state.data !== undefined) parts.push(`data=${encodeURIComponent(state.data)}`);
  if (state.flags) parts.push(...formatFlags(state.flags));
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}

/**
 * The view as formatState writes it: zoom to 2 decimals, longitude wrapped
 * into [-180, 180], latitude and longitude to the decimals the zoom needs
 * (see decimalsFor). Idempotent. Does not clamp zoom or latitude.
 */
export function roundView(view: MapView): MapView {
  const zoom = round(view.zoom, 2);
  const decimals = decimalsFor(zoom);
  return { zoom, lat: round(view.lat, decimals), lon: round(wrapLongitude(view.lon), decimals) };
}

/**
 * Decimals for latitude and longitude at a zoom: the fewest whose step
 * (10^-d degrees) is at most one pixel of longitude with Leaflet's 256-px
 * tiles, so rounding moves the centre at most half a pixel across. In
 * Mercator a degree of latitude is 1/cos(lat) times taller, so the vertical
 * error is 0.5/cos(lat) px: under 0.8 px up to 51°N, 1 px at
 * 60°N. Zoom 0 → 0, 1 → 1, 4 → 2, 8 → 3, 11 → 4, 14 → 5, 18 → 6, 22 → 7.
 * (OSM's ceil(log2(zoom)) writes more digits at low zooms and fewer at high.)
 */
function decimalsFor(zoom: number): number {
  const pixelsPerDegree = (256 * 2 ** zoom) / 360;
  // Capped because toFixed throws beyond 100 and a huge zoom gives Infinity.
  return Math.min(15, Math.max(0, Math.ceil(Math.log10(pixelsPerDegree))));
}

function round(x: number, decimals: number): number {
  const rounded = Number(x.toFixed(decimals));
  // toFixed keeps the sign of -0.0001 ("-0"); an address should not say -0.
  return rounded === 0 ? 0 : rounded;
}

/** A rounded x with no trailing zeros; toFixed, unlike String, never writes 5e-7. */
function toDecimal(x: number, decimals: number): string {
  const fixed = x.toFixed(decimals);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

function wrapLongitude(lon: number): number {
  // In-range values are returned as they are: (lon + 180) % 360 - 180 would
  // lose low bits and break roundView's idempotence.
  if (lon >= -180 && lon <= 180) return lon;
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

function parseView(value: string): MapView | undefined {
  const parts = value.split('/', 4);
  if (parts.length !== 3 || !parts.every((part) => DECIMAL.test(part))) return undefined;
  const [zoom = NaN, lat = NaN, lon = NaN] = parts.map(Number);
  const view = roundView({ zoom, lat, lon });
  return Math.abs(view.lat) <= 90 ? view : undefined;
}

function parsePanels(value: string): Panel[] | undefined {
  if (value === 'none') return [];
  // Unknown names are skipped (a newer link may name a newer panel); a list
  // with no known name at all is dropped rather than read as "none".
  const named = value.split(',');
  const panels = PANELS.filter((panel) => named.includes(panel));
  return panels.length > 0 ? panels : undefined;
}

/** The URL's href when `value` is an absolute http(s) URL; never javascript:, data: etc. */
function parseHttpUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function decode(raw: string): string | undefined {
  if (raw.length > MAX_VALUE_LENGTH) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined; // Bad percent-encoding such as %E0%A4%A.
  }
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
