/**
 * The data credits an image must carry: Natural Earth for the built-in basemap and
 * the outlines, GeoNames when a place's sources cite it, OpenStreetMap when its tiles
 * are the basemap. Pure.
 */

export interface CreditsInput {
  /** Each place's `sources` (fact → URL or reference). */
  sources: readonly Readonly<Record<string, string>>[];
  /** OpenStreetMap's tiles are the basemap. */
  osm: boolean;
}

/** The credits, in the order they are shown. */
export function dataCredits({ sources, osm }: CreditsInput): string[] {
  const cites = (host: RegExp): boolean =>
    sources.some((record) => Object.values(record).some((value) => host.test(String(value))));
  return [
    'Natural Earth',
    ...(cites(/(^|[/.])geonames\.org\b/i) ? ['GeoNames'] : []),
    ...(osm ? ['© OpenStreetMap contributors'] : []),
  ];
}
