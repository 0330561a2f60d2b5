/**
 * What the page needs to know about an opened file's features without
 * holding them all: which are points (clustered elsewhere), the rest, their
 * bounds, and a short listing for the Places list. Pure.
 */
import type { BBox, Feature, Geometry, Point, Position } from 'geojson';

/** One entry of the Places list for opened data. */
export interface ListingEntry {
  /** Index of the feature in the opened file's usable features. */
  index: number;
  label: string;
  /** Where to go and open its popup: [lon, lat]. */
  center: [number, number];
  properties: Record<string, unknown> | null;
}

export interface FeatureSummary {
  points: Feature<Point>[];
  shapes: Feature[];
  /** [west, south, east, north] of every feature, or null when none has coordinates. */
  bbox: BBox | null;
  listing: ListingEntry[];
}

/** The label of a feature for a person: its `name`, `title`, id, or "Feature N". */
export function featureLabel(feature: Feature, index: number): string {
  const p = feature.properties;
  for (const key of ['name', 'title', 'label']) {
    const value = p?.[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number') return String(value);
  }
  if (feature.id !== undefined) return `Feature ${String(feature.id)}`;
  return `Feature ${index + 1}`;
}

function eachPosition(geometry: Geometry | null, visit: (p: Position) => void): void {
  if (!geometry) return;
  switch (geometry.type) {
    case 'Point':
      visit(geometry.coordinates);
      return;
    case 'MultiPoint':
    case 'LineString':
      geometry.coordinates.forEach(visit);
      return;
    case 'MultiLineString':
    case 'Polygon':
      geometry.coordinates.forEach((line) => line.forEach(visit));
      return;
    case 'MultiPolygon':
      geometry.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(visit)));
      return;
    case 'GeometryCollection':
      geometry.geometries.forEach((g) => eachPosition(g, visit));
      return;
  }
}

/** Splits and summarises `features`; `listMax` caps the listing. */
export function summarizeFeatures(features: readonly Feature[], listMax = 200): FeatureSummary {
  const points: Feature<Point>[] = [];
  const shapes: Feature[] = [];
  const listing: ListingEntry[] = [];
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  features.forEach((feature, index) => {
    let fw = Infinity;
    let fs = Infinity;
    let fe = -Infinity;
    let fn = -Infinity;
    eachPosition(feature.geometry, (p) => {
      const lon = p[0] as number;
      const lat = p[1] as number;
      fw = Math.min(fw, lon);
      fe = Math.max(fe, lon);
      fs = Math.min(fs, lat);
      fn = Math.max(fn, lat);
    });
    if (fw === Infinity) return;
    west = Math.min(west, fw);
    east = Math.max(east, fe);
    south = Math.min(south, fs);
    north = Math.max(north, fn);
    if (feature.geometry?.type === 'Point') points.push(feature as Feature<Point>);
    else shapes.push(feature);
    if (listing.length < listMax) {
      listing.push({
        index,
        label: featureLabel(feature, index),
        center: [(fw + fe) / 2, (fs + fn) / 2],
        properties: feature.properties,
      });
    }
  });
  return {
    points,
    shapes,
    bbox: west === Infinity ? null : [west, south, east, north],
    listing,
  };
}
