/**
 * Reads an article's `claims.geojson` (parsed JSON) into typed claim lines: the features
 * with a (Multi)LineString and the properties the build writes. Anything else is left
 * out, never thrown on. Pure.
 */
import type { Feature, LineString, MultiLineString } from 'geojson';
import { isClaimLineProperties, type ClaimLineProperties } from './claim-lines';

export type ClaimLine = Feature<LineString | MultiLineString, ClaimLineProperties>;

/** The usable claim lines of a parsed claims file; [] for anything that is not one. */
export function readClaimLines(json: unknown): ClaimLine[] {
  if (typeof json !== 'object' || json === null) return [];
  const features = (json as { features?: unknown }).features;
  if (!Array.isArray(features)) return [];
  return features.filter((feature: unknown): feature is ClaimLine => {
    if (typeof feature !== 'object' || feature === null) return false;
    const { type, geometry, properties } = feature as Record<string, unknown>;
    const kind = (geometry as { type?: unknown } | null)?.type;
    return (
      type === 'Feature' &&
      (kind === 'LineString' || kind === 'MultiLineString') &&
      isClaimLineProperties(properties)
    );
  });
}
