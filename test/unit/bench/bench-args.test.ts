import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseArgs } from '../../../bench/args';

describe('parseArgs', () => {
  it('gives the defaults for no arguments', () => {
    expect(parseArgs([])).toEqual(DEFAULTS);
    expect(DEFAULTS).toMatchObject({ runs: 7, points: 100_000, out: 'bench/results.json' });
  });
  it('reads numbers, spaced or with =', () => {
    expect(parseArgs(['--runs', '5', '--points=1000'])).toMatchObject({ runs: 5, points: 1000 });
    expect(parseArgs(['--warmup', '0'])).toMatchObject({ warmup: 0 });
    expect(parseArgs([]).baselineDataRuns).toBeNull();
    expect(parseArgs(['--baseline-data-runs', '2'])).toMatchObject({ baselineDataRuns: 2 });
    expect(parseArgs(['--baseline-basemap', 'countries-110m']).baselineBasemap).toBe(
      'countries-110m',
    );
  });
  it('makes --quick small, and lets explicit options win in any order', () => {
    expect(parseArgs(['--quick'])).toMatchObject({
      quick: true,
      runs: 1,
      points: 20_000,
      out: 'bench/results-quick.json',
    });
    expect(parseArgs(['--runs', '2', '--quick'])).toMatchObject({ runs: 2, points: 20_000 });
    expect(parseArgs(['--quick', '--out', 'x.json'])).toMatchObject({ out: 'x.json' });
  });
  it('reads the switches', () => {
    expect(parseArgs(['--no-data', '--keep', '--help'])).toMatchObject({
      skipData: true,
      keep: true,
      help: true,
    });
  });
  it('refuses what it does not understand, naming it', () => {
    expect(() => parseArgs(['--runs'])).toThrow('--runs needs a value');
    expect(() => parseArgs(['--runs', '--quick'])).toThrow('--runs needs a value');
    expect(() => parseArgs(['--runs', '0'])).toThrow('whole number ≥ 1');
    expect(() => parseArgs(['--points', '1e5'])).toThrow('"1e5"');
    expect(() => parseArgs(['--points', '-3'])).toThrow();
    expect(() => parseArgs(['--fast'])).toThrow('unknown option "--fast"');
    expect(() => parseArgs(['--baseline-basemap', 'land-10m'])).toThrow('not "land-10m"');
  });
});
