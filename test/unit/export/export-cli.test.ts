/**
 * Tests of `scripts/export.ts` run as a child process, the way a person or a script runs it.
 * Each run starts Node with tsx (about half a second), so there are few runs and they go
 * in parallel.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportPlaces } from '../../../src/core/export/export';
import { readClaimLines } from '../../../src/core/borders/read-claim-lines';
import type { PlaceCollection } from '../../../src/core/article/places';
import { runScript, type ScriptRun as Run } from '../support/run-script';

const root = join(import.meta.dirname, '..', '..', '..');
const script = join(root, 'scripts', 'export.ts');
const fixtures = join(root, 'test', 'fixtures', 'export');
const readPlaces = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as PlaceCollection;
const kurils = join(root, 'geodata', 'kurils-2019');
const places = readPlaces(join(kurils, 'places.geojson'));
/** The text and claim lines beside the places: the export embeds them, as the page's does. */
const beside = {
  text: readFileSync(join(kurils, 'article.txt'), 'utf8'),
  claims: readClaimLines(JSON.parse(readFileSync(join(kurils, 'claims.geojson'), 'utf8'))),
};
const out = mkdtempSync(join(tmpdir(), 'article-map-export-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const run = (...args: string[]) => runScript('export.ts', args);

/** One line on stderr, prefixed with the command's name. */
const ONE_LINE = /^export: [^\n]+\n$/;

describe.concurrent('npm run export (scripts/export.ts)', { timeout: 60_000 }, () => {
  it('writes every place, named both ways, to stdout: the bytes exportPlaces gives', async () => {
    const { code, stdout, stderr } = await run();
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(exportPlaces(places, { names: 'both', ...beside }));
    expect(stdout).toContain('"article_text": "');
  });

  it('--names ja --place iturup --out FILE writes that one place to FILE', async () => {
    const file = join(out, 'iturup.geojson');
    const { code, stdout, stderr } = await run('--names', 'ja', '--place', 'iturup', '--out', file);
    expect([code, stdout, stderr]).toEqual([0, '', '']);
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(exportPlaces(places, { names: 'ja', placeId: 'iturup', ...beside }));
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
    [['--names', 'fr'], 'export: --names must be one of both, ja, ru, not "fr" (see --help).'],
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

  it('accepts a UTF-8 byte-order mark, as the page does', async () => {
    const data = join(out, 'bom.geojson');
    writeFileSync(data, '\ufeff' + readFileSync(join(fixtures, 'places-small.geojson'), 'utf8'));
    const { code, stdout, stderr } = await run('--data', data);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(
      exportPlaces(readPlaces(join(fixtures, 'places-small.geojson')), { names: 'both' }),
    );
  });

  it('--place A --place B exports both places, in that order', async () => {
    const { code, stdout, stderr } = await run('--place', 'tokyo', '--place', 'iturup');
    expect([code, stderr]).toEqual([0, '']);
    const ids = (JSON.parse(stdout) as { features: { id: string }[] }).features.map((f) => f.id);
    expect(ids).toEqual(['tokyo', 'iturup']);
  });

  it('refuses --out naming its own --data file, leaving it as it was', async () => {
    const data = join(out, 'self.geojson');
    copyFileSync(join(fixtures, 'places-small.geojson'), data);
    const before = readFileSync(data, 'utf8');
    const { code, stderr } = await run('--data', data, '--names', 'ru', '--out', data);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--out .* is the --data file/);
    expect(readFileSync(data, 'utf8')).toBe(before);
  });

  it('refuses latitude 95, naming the feature', async () => {
    const data = join(out, 'lat95.geojson');
    const places = readPlaces(join(fixtures, 'places-small.geojson'));
    const text = JSON.stringify(places).replace(
      /"coordinates":\[([\d.-]+),[\d.-]+\]/,
      '"coordinates":[$1,95]',
    );
    expect(text).toContain(',95]');
    writeFileSync(data, text);
    const { code, stdout, stderr } = await run('--data', data);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(ONE_LINE);
    expect(stderr).toMatch(/Feature 1 .*latitude 95 is outside/);
  });

  it('stops reading --data /dev/zero at a bound, with a message', async () => {
    const { code, stdout, stderr } = await run('--data', '/dev/zero');
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/more than 50 MB/);
  });

  it('piped into a reader that stops early, ends quietly without an EPIPE stack', async () => {
    const result = await new Promise<Run>((resolve) => {
      execFile(
        '/bin/sh',
        [
          '-c',
          `"${process.execPath}" --import tsx "${script}" | head -c 10 >/dev/null; echo "status $?" >&2`,
        ],
        { cwd: root, encoding: 'utf8' },
        (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
      );
    });
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
  });
});
