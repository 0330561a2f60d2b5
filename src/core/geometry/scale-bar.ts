/**
 * A map's scale bar: the longest round length (1, 2 or 5 × 10ⁿ) that fits in a
 * given number of pixels at a latitude and zoom, in metric and imperial units.
 * Web Mercator with 256-pixel tiles (Leaflet's and OpenStreetMap's). Pure.
 */

/** Earth's equatorial circumference in metres (WGS 84), as Web Mercator uses it. */
const EQUATOR_METRES = 40_075_016.686;
const METRES_PER_FOOT = 0.3048;
const FEET_PER_MILE = 5280;

/** One bar: its length on the ground, its width on screen and what it says. */
export interface ScaleBarPart {
  /** The round number shown (e.g. 500). */
  value: number;
  unit: 'm' | 'km' | 'ft' | 'mi';
  /** Width of the bar in pixels (≤ the maximum asked for). */
  pixels: number;
  /** "500 km", "200 ft". */
  label: string;
}

export interface ScaleBar {
  metric: ScaleBarPart;
  imperial: ScaleBarPart;
}

/** Ground metres per screen pixel at a latitude and zoom (Web Mercator, 256-px tiles). */
export function metresPerPixel(lat: number, zoom: number): number {
  const clamped = Math.max(-85.0511, Math.min(85.0511, lat));
  return (EQUATOR_METRES * Math.cos((clamped * Math.PI) / 180)) / (256 * 2 ** zoom);
}

/** The largest 1, 2 or 5 × 10ⁿ not above `value` (value > 0). */
export function roundDown125(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const leading = value / power;
  // A hair of tolerance: 2.9999999 from floating point is 3, not below 2.
  const step = leading >= 5 - 1e-9 ? 5 : leading >= 2 - 1e-9 ? 2 : 1;
  return step * power;
}

function formatNumber(value: number): string {
  // Lengths below 1 only happen at absurd zooms; keep them readable anyway.
  return value >= 1 ? String(Math.round(value)) : String(Number(value.toPrecision(1)));
}

function part(
  maxLength: number,
  unitLength: number,
  unit: ScaleBarPart['unit'],
  mpp: number,
): ScaleBarPart {
  const value = roundDown125(maxLength / unitLength);
  return {
    value,
    unit,
    pixels: (value * unitLength) / mpp,
    label: `${formatNumber(value)} ${unit}`,
  };
}

/**
 * The scale bar for a view: `lat` is where it is measured (the view's centre; Mercator's
 * scale changes with latitude), `maxPixels` the most room it may take. Metres below 1 km,
 * feet below 1 mile. Returns null when the inputs are not finite or the room is not positive.
 */
export function scaleBar(lat: number, zoom: number, maxPixels: number): ScaleBar | null {
  if (![lat, zoom, maxPixels].every(Number.isFinite) || maxPixels <= 0) return null;
  const mpp = metresPerPixel(lat, zoom);
  if (!(mpp > 0) || !Number.isFinite(mpp)) return null;
  const maxMetres = maxPixels * mpp;
  const metric =
    maxMetres >= 1000 ? part(maxMetres, 1000, 'km', mpp) : part(maxMetres, 1, 'm', mpp);
  const maxFeet = maxMetres / METRES_PER_FOOT;
  const imperial =
    maxFeet >= FEET_PER_MILE
      ? part(maxMetres, FEET_PER_MILE * METRES_PER_FOOT, 'mi', mpp)
      : part(maxMetres, METRES_PER_FOOT, 'ft', mpp);
  return { metric, imperial };
}
