import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/core/article/format-date';
import { labelFor } from '../../../src/core/article/naming';
import { readPlaceCollection } from '../../../src/core/article/places';
describe('labelFor', () => {
  const disputed = { name: 'A / B', 'label:ru': 'A', 'label:ja': 'B' };
  it('gives the neutral name in "both" and each side’s usage in its mode', () => {
    expect(labelFor(disputed, 'both')).toBe('A / B');
    expect(labelFor(disputed, 'ru')).toBe('A');
    expect(labelFor(disputed, 'ja')).toBe('B');
  });
  it('leaves a place with one name unchanged in every mode', () => {
    for (const mode of ['both', 'ru', 'ja'])
      expect(labelFor({ name: 'Moscow' }, mode)).toBe('Moscow');
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

describe('readPlaceCollection', () => {
  const shipped = JSON.parse(readFileSync('geodata/kurils-2019/places.geojson', 'utf8')) as unknown;

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
