/**
 * Tests of `scripts/export.ts` run as a child process, the way a person or a script runs it.
 * Each run starts Node with tsx (about half a second), so there are few runs and they go
 * in parallel.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportPlaces } from '../../../src/core/export/export';
import type { PlaceCollection } from '../../../src/core/article/places';
import { runScript } from '../support/run-script';

const root = join(import.meta.dirname, '..', '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'export');
const readPlaces = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as PlaceCollection;
const places = readPlaces(join(root, 'geodata', 'places.geojson'));
const out = mkdtempSync(join(tmpdir(), 'article-map-export-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const run = (...args: string[]) => runScript('export.ts', args);

/** One line on stderr, prefixed with the command's name. */
const ONE_LINE = /^export: [^\n]+\n$/;

describe.concurrent('npm run export (scripts/export.ts)', { timeout: 60_000 }, () => {
  it('writes every place, named both ways, to stdout: the bytes exportPlaces gives', async () => {
    const { code, stdout, stderr } = await run();
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(exportPlaces(places, { names: 'both' }));
  });

  it('--names ja --place iturup --out FILE writes that one place to FILE', async () => {
    const file = join(out, 'iturup.geojson');
    const { code, stdout, stderr } = await run('--names', 'ja', '--place', 'iturup', '--out', file);
    expect([code, stdout, stderr]).toEqual([0, '', '']);
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(exportPlaces(places, { names: 'ja', placeId: 'iturup' }));
    expect(text).toContain('"name": "Etorofu"');
  });

  it('--data FILE --names=ru exports another place file', async () => {
    const data = join(fixtures, 'places-small.geojson');
    const { code, stdout, stderr } = await run('--data', data, '--names=ru');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(exportPlaces(readPlaces(data), { names: 'ru' }));
  });

  it('--help explains the usage and exits 0', async () => {
    const { code, stdout, stderr } = await run('--help');
    expect([code, stderr]).toEqual([0, '']);
    for (const option of ['--names', 'both', 'ru', 'ja', '--place', '--out', '--data']) {
      expect(stdout).toContain(option);
    }
  });

  it.each([
    [['--nmes', 'ja'], "export: Unknown option '--nmes' (see --help)."],
    [['--names', 'fr'], 'export: --names must be one of both, ru, ja, not "fr" (see --help).'],
    [
      ['--place', 'atlantis'],
      'export: no place has the id "atlantis"; the ids are nagoya, moscow, tokyo, osaka, ' +
        'sakhalin, kunashir, iturup, southern-kurils.',
    ],
    [['--data', 'no/such/file.geojson'], 'export: cannot read --data file no/such/file.geojson: '],
    [['iturup'], "export: Unexpected argument 'iturup'."],
  ])('refuses %j with a one-line message and exit status 2', async (args, message) => {
    const { code, stdout, stderr } = await run(...args);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(ONE_LINE);
    expect(stderr.startsWith(message)).toBe(true);
  });

  it('refuses data it cannot export faithfully, naming the feature, with exit status 1', async () => {
    const { code, stdout, stderr } = await run(
      '--data',
      join(fixtures, 'places-non-finite.geojson'),
    );
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toBe(
      'export: Feature 2 (id "isle"): coordinate 2 of ring 1 is not a finite number ' +
        '(its latitude is Infinity).\n',
    );
  });
});
