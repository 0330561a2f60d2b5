/**
 * Tests of `scripts/image.ts` run as a child process. SVG only: PNG needs Chromium, which
 * the browser tests own; the SVG is the same document the PNG is drawn from.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const script = join(root, 'scripts', 'image.ts');
const out = mkdtempSync(join(tmpdir(), 'article-map-image-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function run(...args: string[]): Promise<{ code: unknown; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      { cwd: root, encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

const ONE_LINE = /^image: [^\n]+\n$/;

// One run at a time, with room: each starts Node, tsx and playwright-core on a shared machine.
describe('npm run image (scripts/image.ts)', { timeout: 180_000 }, () => {
  it('writes the SVG of a place from an article folder, with title, source and credits', async () => {
    const file = join(out, 'iturup.svg');
    const { code, stderr } = await run(
      '--article',
      'geodata/kurils-2019',
      '--place',
      'iturup',
      '--width',
      '800',
      '--height',
      '600',
      '--out',
      file,
    );
    expect([code, stderr]).toEqual([0, '']);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toContain('width="800" height="600"');
    expect(svg).toContain('Source: Pakistan Point News / Sputnik, 23 November 2019');
    expect(svg).toContain('Natural Earth');
    expect(svg).toContain('class="inset"');
  });

  it('refuses unknown flags, bad values and unknown places with one line, exit 2', async () => {
    const runs = [];
    for (const args of [
      ['--out', join(out, 'x.svg'), '--bogus'],
      ['--out', join(out, 'x.svg'), '--place', 'atlantis'],
      ['--out', join(out, 'x.svg'), '--view', '2/NaN/100'],
      ['--width', '800'],
    ]) {
      runs.push(await run(...args));
    }
    for (const { code, stdout, stderr } of runs) {
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(ONE_LINE);
      expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
    }
    expect(runs[0]!.stderr).toContain("'--bogus'");
  });

  it('prints its usage for --help', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run image -- --out FILE/);
  });
});
