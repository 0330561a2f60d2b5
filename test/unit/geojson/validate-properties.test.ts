/**
 * validateGeoJson on generated input: it never throws, keeps only features a map can place,
 * and points its problems inside the text. Plus a large collection, end to end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { forEachPosition } from '../../../src/core/geojson/check-coordinates';
import { validateGeoJson, type ValidationResult } from '../../../src/core/geojson/validate';

/** Stands in for a number JSON.stringify cannot write; swapped for `1e400` in the text. */
const HUGE = 987654321.125;

const coordinate = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: -200, max: 200, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -400, max: 400 }) },
  { weight: 1, arbitrary: fc.constant(HUGE) },
  { weight: 1, arbitrary: fc.constantFrom('1', null, true) },
);
const position = fc.array(coordinate, { minLength: 1, maxLength: 4 });
const ring = fc.array(position, { minLength: 1, maxLength: 6 }).map((points) =>
  // Mostly closed rings, sometimes not.
  points.length > 3 && points[0] !== undefined ? [...points, points[0]] : points,
);
const simpleGeometry = fc.oneof(
  fc.record({ type: fc.constant('Point'), coordinates: position }),
  fc.record({ type: fc.constant('MultiPoint'), coordinates: fc.array(position, { maxLength: 4 }) }),
  fc.record({ type: fc.constant('LineString'), coordinates: fc.array(position, { maxLength: 4 }) }),
  fc.record({ type: fc.constant('Polygon'), coordinates: fc.array(ring, { maxLength: 2 }) }),
  fc.record({
    type: fc.constant('MultiPolygon'),
    coordinates: fc.array(fc.array(ring, { maxLength: 2 }), { maxLength: 2 }),
  }),
);
const geometry = fc.oneof(
  { weight: 5, arbitrary: simpleGeometry },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('GeometryCollection'),
      geometries: fc.array(fc.oneof(simpleGeometry, fc.jsonValue()), { maxLength: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.jsonValue() },
);
const feature = fc.record(
  {
    type: fc.constantFrom('Feature', 'Feature', 'Feature', 'feature'),
    id: fc.oneof(fc.string(), fc.integer(), fc.constant({})),
    properties: fc.oneof(fc.constant(null), fc.dictionary(fc.string(), fc.jsonValue())),
    geometry: fc.oneof(fc.constant(null), geometry),
  },
  { requiredKeys: ['type', 'properties', 'geometry'] },
);
const geojsonText = fc
  .oneof(
    fc.record({
      type: fc.constant('FeatureCollection'),
      features: fc.array(fc.oneof(feature, fc.jsonValue()), { maxLength: 5 }),
    }),
    feature,
    geometry,
  )
  .chain((value) => fc.constantFrom(JSON.stringify(value), JSON.stringify(value, null, 2)))
  .map((text) => text.replaceAll(String(HUGE), '1e400'));

function expectSane(text: string, result: ValidationResult): void {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let last = { line: 0, column: 0 };
  for (const problem of result.problems) {
    expect(problem.message).not.toMatch(/could not be checked/);
    // Every check-geojson message is put in our words (a new one would show here).
    expect(problem.message).not.toMatch(
      /(^|: )(This GeoJSON object|This type of GeoJSON|This must be|Each element|Expected to find|Expected an object|First and last|Duplicate properties|A position should|A bbox must|The Feature |The properties member|The type member|Invalid JSON|\w+ objects cannot)/,
    );
    expect(['error', 'warning']).toContain(problem.severity);
    if (problem.line === undefined) {
      // Problems without a place come first.
      expect(last.line).toBe(0);
      continue;
    }
    const { line, column = 1 } = problem;
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(lines.length);
    expect(column).toBeGreaterThanOrEqual(1);
    expect(column).toBeLessThanOrEqual((lines[line - 1]?.length ?? 0) + 1);
    // In the order of the text.
    expect(line > last.line || (line === last.line && column >= last.column)).toBe(true);
    last = { line, column };
    if (problem.feature !== undefined) expect(problem.feature).toBeGreaterThanOrEqual(0);
  }
  expect(result.ok || result.features.length === 0).toBe(true);
  expect(result.dropped).toBeGreaterThanOrEqual(0);
}

function expectPlaceable(result: ValidationResult): void {
  for (const kept of result.features) {
    expect(kept.type).toBe('Feature');
    if (kept.geometry === null) continue;
    forEachPosition(kept.geometry, [], (position: Position) => {
      expect(position.length).toBeGreaterThanOrEqual(2);
      for (const value of position) expect(Number.isFinite(value)).toBe(true);
      const [lon = NaN, lat = NaN] = position;
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      // Past ±180 only across the antimeridian, and then with a warning.
      expect(Math.abs(lon)).toBeLessThanOrEqual(360);
    });
  }
  const pastEdge = result.features.some((f) => {
    let past = false;
    if (f.geometry) forEachPosition(f.geometry, [], ([lon = 0]) => (past ||= Math.abs(lon) > 180));
    return past;
  });
  if (pastEdge) expect(result.problems.some((p) => p.message.includes('antimeridian'))).toBe(true);
}

describe('validateGeoJson on generated input', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = validateGeoJson(text);
        expectSane(text, result);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary JSON, and refuses all but GeoJSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const result = validateGeoJson(text);
        expectSane(text, result);
        expectPlaceable(result);
        if (result.format !== 'geojson') expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('on GeoJSON-like input, keeps only features a map can place, problems in the text', () => {
    const stats = { ok: 0, kept: 0, dropped: 0 };
    fc.assert(
      fc.property(geojsonText, (text) => {
        const result = validateGeoJson(text);
        expectSane(text, result);
        expectPlaceable(result);
        // Every feature left out is named by at least one error, and no kept one is.
        const named = result.problems.flatMap((p) =>
          p.severity === 'error' && p.feature !== undefined ? [p.feature] : [],
        );
        expect(new Set(named).size).toBe(result.dropped);
        stats.ok += result.ok ? 1 : 0;
        stats.kept += result.features.length;
        stats.dropped += result.dropped;
      }),
      { numRuns: 400 },
    );
    // The generator must reach both outcomes for this to mean anything.
    expect(stats.ok).toBeGreaterThan(20);
    expect(stats.kept).toBeGreaterThan(20);
    expect(stats.dropped).toBeGreaterThan(20);
  });

  it('returns kept features exactly as JSON.parse reads them', () => {
    fc.assert(
      fc.property(geojsonText, (text) => {
        const result = validateGeoJson(text);
        if (!result.ok) return;
        const parsed = JSON.parse(text) as { type: string; features?: unknown[] };
        const candidates =
          parsed.type === 'FeatureCollection'
            ? parsed.features!
            : parsed.type === 'Feature'
              ? [parsed]
              : [{ type: 'Feature', properties: null, geometry: parsed }];
        for (const kept of result.features) expect(candidates).toContainEqual(kept);
      }),
      { numRuns: 200 },
    );
  });

  it('never fails inside on near misses of real files (fixtures with a few characters changed)', () => {
    const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'open');
    const texts = readdirSync(fixtures)
      .filter((name) => name.endsWith('.geojson'))
      .map((name) => readFileSync(join(fixtures, name), 'utf8'))
      .filter((text) => text.length > 0);
    const edit = fc.tuple(
      fc.nat(),
      fc.constantFrom('', ',', ']', '[', '}', '"', '-', '9', 'e', '1e400', '{}', 'null'),
    );
    const mutated = fc
      .tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 3 }))
      .map(([text, edits]) =>
        edits.reduce((t, [at, insert]) => {
          const i = at % (t.length + 1);
          return t.slice(0, i) + insert + t.slice(i + (insert === '' ? 1 : 0));
        }, text),
      );
    fc.assert(
      fc.property(mutated, (text) => {
        const result = validateGeoJson(text);
        expectSane(text, result);
        expectPlaceable(result);
      }),
      { numRuns: 1000 },
    );
  });

  it('validates a generated 100,000-point FeatureCollection', () => {
    // About 3 s here (2-core machine): check-geojson, feature by feature, is most of it.
    const features: Feature[] = [];
    for (let i = 0; i < 100_000; i += 1) {
      const geometry: Geometry = {
        type: 'Point',
        coordinates: [
          Math.round(((i % 3600) / 10 - 180) * 1e5) / 1e5,
          Math.round(((i % 1700) / 10 - 85) * 1e5) / 1e5,
        ],
      };
      features.push({ type: 'Feature', id: i, properties: { name: `place ${i}` }, geometry });
    }
    const collection: FeatureCollection = { type: 'FeatureCollection', features };
    const result = validateGeoJson(JSON.stringify(collection));
    expect(result.ok).toBe(true);
    expect(result.features).toHaveLength(100_000);
    expect(result.problems).toEqual([]);
    expect(result.dropped).toBe(0);
  }, 60_000);
});
