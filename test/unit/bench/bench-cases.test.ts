import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../bench/args';
import { caseLabel, pageUrl, planCases, runsOf } from '../../../bench/cases';
import { generateMixed } from '../../../bench/mixed';

const urls = { app: 'http://a/kurils-2019/', baseline: 'http://b/?basemap=land-50m' };

describe('planCases', () => {
  it('runs every size of issue 15 against its peers by default, the big ones fewer times', () => {
    const plans = planCases(parseArgs([]));
    expect(plans.map((p) => [p.key, p.count, p.targets, p.runs])).toEqual([
      ['points', 100_000, ['app', 'markercluster', 'supercluster', 'maplibre', 'naive'], 7],
      ['bigPoints', 1_000_000, ['app', 'markercluster', 'supercluster', 'maplibre'], 3],
      ['shapes', 100_000, ['app', 'vectorgrid'], 7],
      ['mixed', 500_000, ['app', 'vectorgrid', 'maplibre'], 3],
    ]);
  });

  it('keeps naive markers to 100,000 points and lets them have their own runs', () => {
    const [points] = planCases(parseArgs(['--points', '200000', '--no-big-points']));
    expect(points?.targets).not.toContain('naive');
    const [small] = planCases(parseArgs(['--baseline-data-runs', '2']));
    expect(small && runsOf(small, 'naive')).toBe(2);
    expect(small && runsOf(small, 'app')).toBe(7);
  });

  it('is small when quick: markercluster and VectorGrid only, no million points nor mixed', () => {
    const plans = planCases(parseArgs(['--quick']));
    expect(plans.map((p) => [p.key, p.count, p.targets, p.runs])).toEqual([
      ['points', 20_000, ['app', 'markercluster'], 1],
      ['shapes', 5_000, ['app', 'vectorgrid'], 1],
    ]);
  });

  it('skips what it is told to, and --big-runs never adds runs', () => {
    const options = parseArgs(['--no-data', '--no-mixed', '--runs', '2', '--big-runs', '5']);
    expect(planCases(options).map((p) => p.key)).toEqual(['shapes']);
    const [, big] = planCases(parseArgs(['--runs', '2', '--big-runs', '5']));
    expect(big?.runs).toBe(2);
  });
});

describe('pageUrl and caseLabel', () => {
  it('opens each peer in the baseline page by its query parameter', () => {
    const [points, , , mixed] = planCases(parseArgs([]));
    if (!points || !mixed) throw new Error('no plans');
    expect(pageUrl(points, 'app', urls)).toBe(urls.app);
    expect(pageUrl(points, 'naive', urls)).toBe(urls.baseline);
    expect(pageUrl(points, 'markercluster', urls)).toBe(`${urls.baseline}&data=markercluster`);
    expect(pageUrl(points, 'maplibre', urls)).toBe(`${urls.baseline}&data=maplibre&cluster=1`);
    expect(pageUrl(mixed, 'maplibre', urls)).toBe(`${urls.baseline}&data=maplibre&cluster=0`);
    expect(caseLabel(mixed)).toBe('500,000 mixed features');
  });
});

describe('the peer options', () => {
  it('reads the sizes, the big runs and the peers, and refuses an unknown peer', () => {
    expect(parseArgs(['--big-points', '300000', '--mixed=1000'])).toMatchObject({
      bigPoints: 300_000,
      mixed: 1000,
    });
    expect(parseArgs(['--no-big-points', '--no-mixed'])).toMatchObject({
      bigPoints: null,
      mixed: null,
    });
    expect(parseArgs(['--peers', 'maplibre,naive']).peers).toEqual(['maplibre', 'naive']);
    expect(() => parseArgs(['--peers', 'mapbox'])).toThrow('not "mapbox"');
  });
});

describe('generateMixed', () => {
  it('is deterministic, valid, and a third each points, lines and polygons', () => {
    const one = generateMixed({ count: 900, seed: 5 });
    expect(JSON.stringify(generateMixed({ count: 900, seed: 5 }))).toBe(JSON.stringify(one));
    expect(() => check(JSON.stringify(one))).not.toThrow();
    const types = one.features.map((f) => f.geometry.type);
    for (const type of ['Point', 'LineString', 'Polygon']) {
      expect(types.filter((t) => t === type)).toHaveLength(300);
    }
    expect(new Set(one.features.map((f) => f.id)).size).toBe(900);
  });
});
