import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { decodeBasemap, decodeBasemapLayers, unwrapRing } from '../../src/core/basemap';
import { formatDate } from '../../src/core/format-date';
import { labelPoint } from '../../src/core/label-point';
import { labelFor, NAMING_MODES } from '../../src/core/naming';
import { readPlaceCollection } from '../../src/core/places';

describe('labelFor', () => {
  const disputed = { name: 'A / B', 'label:ru': 'A', 'label:ja': 'B' };
  it('gives the neutral name in "both" and each side’s usage in its mode', () => {
    expect(labelFor(disputed, 'both')).toBe('A / B');
    expect(labelFor(disputed, 'ru')).toBe('A');
    expect(labelFor(disputed, 'ja')).toBe('B');
  });
  it('leaves a place with one name unchanged in every mode', () => {
    for (const mode of NAMING_MODES) expect(labelFor({ name: 'Moscow' }, mode)).toBe('Moscow');
  });
});

describe('formatDate', () => {
  it('formats an ISO date in English, independent of time zone', () => {
    expect(formatDate('2019-11-23')).toBe('23 November 2019');
  });
  it('returns anything else unchanged', () => {
    for (const odd of ['', 'yesterday', '2019-02-30', '2019-13-01', '23/11/2019']) {
      expect(formatDate(odd)).toBe(odd);
    }
  });
  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof formatDate(s) === 'string'));
  });
});

describe('labelPoint', () => {
  it('is the point itself for a Point', () => {
    expect(labelPoint({ type: 'Point', coordinates: [37.6, 55.7] })).toEqual([37.6, 55.7]);
  });
  it('is the area-weighted centroid of the parts of a MultiPolygon', () => {
    const small = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const big = [
      [10, 10],
      [14, 10],
      [14, 14],
      [10, 14],
      [10, 10],
    ];
    // Areas 1 and 16, centroids (0.5, 0.5) and (12, 12).
    const point = labelPoint({ type: 'MultiPolygon', coordinates: [[small], [big]] });
    expect(point?.[0]).toBeCloseTo((0.5 + 16 * 12) / 17);
    expect(point?.[1]).toBeCloseTo((0.5 + 16 * 12) / 17);
    const square = labelPoint({ type: 'Polygon', coordinates: [big] });
    expect(square?.[0]).toBeCloseTo(12);
  });
  it('is null for empty geometry', () => {
    expect(labelPoint({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
    expect(labelPoint({ type: 'GeometryCollection', geometries: [] })).toBeNull();
  });
});

describe('readPlaceCollection', () => {
  const shipped = JSON.parse(readFileSync('geodata/places.geojson', 'utf8')) as unknown;

  it('reads the shipped data with no problem', () => {
    const { collection, problems } = readPlaceCollection(shipped);
    expect(problems).toEqual([]);
    expect(collection?.features.length).toBe(8);
  });

  it('refuses what is not a FeatureCollection, with a message', () => {
    for (const bad of [null, 1, 'x', [], {}, { type: 'Feature' }, { type: 'FeatureCollection' }]) {
      const { collection, problems } = readPlaceCollection(bad);
      expect(collection).toBeNull();
      expect(problems[0]).toMatch(/not a GeoJSON FeatureCollection/);
    }
  });

  it('leaves out a feature that breaks the contract, naming it, and keeps the rest', () => {
    const copy = structuredClone(shipped) as { features: unknown[] };
    copy.features.push({
      type: 'Feature',
      id: 'x',
      geometry: { type: 'Point', coordinates: [0, 0] },
      properties: { kind: 'volcano', name: 'X', passages: [], sources: {} },
    });
    copy.features.push(structuredClone(copy.features[0]));
    const { collection, problems } = readPlaceCollection(copy);
    expect(collection?.features.length).toBe(8);
    expect(problems).toEqual([
      'Feature 9 (id "x") has an unknown kind "volcano"; left out.',
      expect.stringMatching(/^Feature 10 repeats the id "\w+"; left out\.$/),
    ]);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        readPlaceCollection(value);
        readPlaceCollection({
          type: 'FeatureCollection',
          article: { title: '', source: '', date: '', text: '' },
          features: [value],
        });
      }),
    );
  });
});

describe('decodeBasemap', () => {
  it('decodes Natural Earth land from world-atlas', () => {
    const topology = JSON.parse(
      readFileSync('node_modules/world-atlas/land-110m.json', 'utf8'),
    ) as unknown;
    const land = decodeBasemap(topology);
    expect(land.type).toBe('FeatureCollection');
    expect(land.features.length).toBeGreaterThan(0);
    expect(land.features[0]?.geometry.type).toBe('MultiPolygon');
  });
  it('says what is wrong with a file that is not such a topology', () => {
    expect(() => decodeBasemap({ type: 'FeatureCollection' })).toThrow(/not TopoJSON/);
    expect(() => decodeBasemap(null)).toThrow(/not TopoJSON/);
    expect(() => decodeBasemap({ type: 'Topology', objects: {}, arcs: [] })).toThrow(
      /no "land" layer/,
    );
  });
});

describe('unwrapRing', () => {
  it('makes a ring across the antimeridian continuous', () => {
    const ring = [
      [179, 65],
      [-179, 65],
      [-179, 66],
      [179, 66],
      [179, 65],
    ];
    expect(unwrapRing(ring)).toEqual([
      [179, 65],
      [181, 65],
      [181, 66],
      [179, 66],
      [179, 65],
    ]);
  });
  it('keeps a ring that starts past the antimeridian in the main world', () => {
    const ring = [
      [-170, 65],
      [170, 65],
      [100, 60],
      [170, 66],
      [-170, 66],
      [-170, 65],
    ];
    const out = unwrapRing(ring);
    expect(out.map((p) => p[0])).toEqual([190, 170, 100, 170, 190, 190]);
  });

  it('leaves a ring round a pole, and an ordinary ring, as they are', () => {
    const pole = [
      [-180, -80],
      [0, -80],
      [180, -80],
      [180, -90],
      [-180, -90],
      [-180, -80],
    ];
    expect(unwrapRing(pole)).toBe(pole);
    const plain = [
      [10, 10],
      [11, 10],
      [11, 11],
      [10, 10],
    ];
    expect(unwrapRing(plain)).toBe(plain);
  });
  it('leaves no step over 180° in any ring of Natural Earth land', () => {
    const topology = JSON.parse(
      readFileSync('node_modules/world-atlas/land-50m.json', 'utf8'),
    ) as unknown;
    let jumps = 0;
    let eurasia = false;
    for (const f of decodeBasemap(topology).features) {
      if (f.geometry.type !== 'MultiPolygon') continue;
      for (const polygon of f.geometry.coordinates) {
        for (const ring of polygon) {
          const closesRoundPole = ring.some((p) => (p[1] as number) < -84);
          if (closesRoundPole) continue;
          // Moscow is on land, in the main world copy (not at −322°).
          if (ring.length > 1000 && ring.some((p) => Math.abs((p[0] as number) - 37.6) < 1)) {
            eurasia = true;
          }
          for (let i = 1; i < ring.length; i++) {
            if (Math.abs((ring[i]?.[0] as number) - (ring[i - 1]?.[0] as number)) > 180) jumps++;
          }
        }
      }
    }
    expect(jumps).toBe(0);
    expect(eurasia).toBe(true);
  });
});

describe('decodeBasemapLayers', () => {
  it('gives land, coasts and borders from world-atlas, with no line jumping across the map', () => {
    const topology = JSON.parse(
      readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'),
    ) as unknown;
    const layers = decodeBasemapLayers(topology);
    expect(layers.land.features.length).toBeGreaterThan(0);
    expect(layers.coast.coordinates.length).toBeGreaterThan(50);
    expect(layers.borders.coordinates.length).toBeGreaterThan(50);
    for (const line of [...layers.coast.coordinates, ...layers.borders.coordinates]) {
      for (let i = 1; i < line.length; i++) {
        expect(Math.abs((line[i]![0] as number) - (line[i - 1]![0] as number))).toBeLessThan(180);
      }
    }
  });

  it('reads the story’s 1:10m detail file: its box, and no border line round the disputed islands', () => {
    const topology = JSON.parse(
      readFileSync('geodata/basemap/ne-10m-detail.json', 'utf8'),
    ) as unknown;
    const layers = decodeBasemapLayers(topology);
    expect(layers.bbox).toEqual([122, 26, 160, 61]);
    expect(layers.coast.coordinates.length).toBeGreaterThan(10);
    // Kunashir and Iturup (145.4–148.9°E, 43.5–45.6°N) have coastline but no border.
    const near = (p: Position) =>
      (p[0] as number) > 145.4 &&
      (p[0] as number) < 148.9 &&
      (p[1] as number) > 43.6 &&
      (p[1] as number) < 45.6;
    expect(layers.coast.coordinates.some((l) => l.some(near))).toBe(true);
    expect(layers.borders.coordinates.some((l) => l.some(near))).toBe(false);
  });
});
