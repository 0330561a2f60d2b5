import { describe, expect, it } from 'vitest';
import { totalBytes } from '../../../bench/bytes';
import type { RunResult } from '../../../bench/measure';
import {
  caseTable,
  compare,
  compareCase,
  comparisonTable,
  formatRatio,
  formatSummary,
  formatTable,
  summarizeRuns,
} from '../../../bench/report';

const run = (timeMs: number | null, longestTaskMs: number, js = 1000): RunResult => ({
  target: 'app',
  scenario: 'load',
  run: 1,
  ok: timeMs !== null,
  timeMs,
  basemapMs: null,
  fcpMs: null,
  longestTaskMs,
  longTasks: longestTaskMs > 0 ? 1 : 0,
  blockingMs: Math.max(0, longestTaskMs - 50),
  bytes: totalBytes([
    {
      url: 'http://h/a.js',
      kind: 'js',
      status: 200,
      transfer: js,
      body: js * 3,
      gzip: js,
      encoding: 'gzip',
    },
  ]),
  pageErrors: [],
  outside: [],
});

describe('summarizeRuns', () => {
  it('summarizes the runs that succeeded', () => {
    const s = summarizeRuns([run(300, 0), run(100, 120), run(200, 60), run(null, 999)]);
    expect(s.runs).toBe(4);
    expect(s.ok).toBe(3);
    expect(s.time).toEqual({ n: 3, median: 200, min: 100, max: 300 });
    expect(s.longestTask).toEqual({ n: 3, median: 60, min: 0, max: 120 });
    expect(s.jsCssGzip?.median).toBe(1000);
    // No TopoJSON was loaded: no basemap figure rather than 0 bytes.
    expect(s.basemapGzip).toBeNull();
  });
});

describe('formatting', () => {
  it('shows a median with its range, and no range when all runs agree', () => {
    expect(formatSummary({ n: 3, median: 412.4, min: 398, max: 450.6 }, 'ms')).toBe(
      '412 ms [398–451]',
    );
    expect(formatSummary({ n: 3, median: 2048, min: 2048, max: 2048 }, 'bytes')).toBe('2.0 KB');
    expect(formatSummary(null, 'ms')).toBe('—');
    expect(formatRatio(1.234)).toBe('1.23×');
    expect(formatRatio(null)).toBe('—');
    expect(formatRatio(2371 / 145856)).toBe('0.016×');
    expect(formatRatio(0)).toBe('0.00×');
  });
  it('pads a table into columns under an underlined header', () => {
    expect(
      formatTable([
        ['', 'app', 'baseline'],
        ['time', '1 ms', '22 ms'],
      ]),
    ).toBe(['      app   baseline', '----  ----  --------', 'time  1 ms  22 ms'].join('\n'));
  });
  it('puts the app/baseline ratio of the medians in the last column', () => {
    const table = comparisonTable(
      compare(summarizeRuns([run(300, 100)]), summarizeRuns([run(200, 0)]), ['time']),
      [
        { label: 'time', metric: 'time', unit: 'ms' },
        { label: 'longest task', metric: 'longestTask', unit: 'ms' },
      ],
    );
    const lines = table.split('\n');
    expect(lines[2]).toMatch(/^time\s+300 ms\s+200 ms\s+1\.50×$/);
    // A baseline with no long task gives no ratio, not infinity.
    expect(lines[3]).toMatch(/^longest task\s+100 ms\s+0 ms\s+—$/);
  });
});

describe('compareCase and caseTable', () => {
  it('puts every target side by side, then app/peer for each peer', () => {
    const results: RunResult[] = [
      { ...run(1000, 0), scenario: 'points' },
      { ...run(3000, 120), scenario: 'points', target: 'markercluster' },
      { ...run(null, 0), scenario: 'points', target: 'maplibre', error: 'timed out' },
    ];
    const comparison = compareCase(results, ['app', 'markercluster', 'maplibre'], ['time']);
    expect(comparison.ratios.markercluster?.time).toBeCloseTo(1 / 3);
    expect(comparison.ratios.maplibre?.time).toBeNull();
    const table = caseTable(comparison, [{ label: 'time', metric: 'time', unit: 'ms' }]);
    const [header, , row] = table.split('\n');
    expect(header?.split(/\s{2,}/)).toEqual([
      '',
      'app',
      'markercluster',
      'maplibre',
      'app/markercluster',
      'app/maplibre',
    ]);
    expect(row?.split(/\s{2,}/)).toEqual(['time', '1000 ms', '3000 ms', '—', '0.33×', '—']);
  });
});
