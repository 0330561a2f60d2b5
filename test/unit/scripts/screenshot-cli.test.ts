/**
 * `npm run screenshot`'s command line (issue 10, item 6): unknown flags and
 * unknown places are refused with a usage message and exit 2 before any
 * browser starts, and without --out nothing is written over docs/.
 */
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  UsageError,
  outputDir,
  parseScreenshotArgs,
  type ScreenshotCommand,
} from '../../../scripts/screenshot-args';

const root = join(import.meta.dirname, '..', '..', '..');
const IDS = ['moscow', 'iturup'];

function run(...args: string[]): Promise<{ code: unknown; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts', 'screenshot.ts'), ...args],
      { cwd: root, encoding: 'utf8' },
      (error, stdout, stderr) => done({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

describe('parseScreenshotArgs', () => {
  it('has defaults, and no --out means no folder chosen yet', () => {
    expect(parseScreenshotArgs([], IDS)).toEqual({
      out: undefined,
      places: [],
      name: 'screenshot',
      width: 1280,
      height: 800,
      lang: undefined,
    });
  });

  it('reads every option, as the og-image script passes them', () => {
    const args = ['--out', 'public', '--name', 'og-image', '--width', '1200', '--height', '630'];
    expect(parseScreenshotArgs([...args, '--place', 'iturup', '--place=moscow'], IDS)).toEqual({
      out: 'public',
      places: ['iturup', 'moscow'],
      name: 'og-image',
      width: 1200,
      height: 630,
      lang: undefined,
    });
    expect(parseScreenshotArgs(['--lang', 'ja'], IDS)).toMatchObject({ lang: 'ja' });
    expect(parseScreenshotArgs(['-h'], IDS)).toBe('help');
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['stray'], /positional/i],
    [['--place', 'atlantis'], /no place has the id "atlantis"; the ids are moscow, iturup/],
    [['--width', 'wide'], /--width must be a whole number/],
    [['--height', '0'], /--height must be a whole number/],
    [['--name', '../docs/x'], /--name must be a plain file name/],
    [['--out', ''], /--out needs a folder/],
    [['--lang', 'de'], /--lang must be en, ru or ja/],
  ])('refuses %j', (args, message) => {
    expect(() => parseScreenshotArgs(args, IDS)).toThrow(UsageError);
    expect(() => parseScreenshotArgs(args, IDS)).toThrow(message);
  });
});

describe('outputDir', () => {
  const command: ScreenshotCommand = {
    out: undefined,
    places: [],
    name: 'screenshot',
    width: 1280,
    height: 800,
    lang: undefined,
  };

  it('is --out when given', () => {
    expect(outputDir({ ...command, out: 'docs' })).toBe('docs');
  });

  it('is a new temporary folder without --out, never the committed docs/', () => {
    const dir = outputDir(command);
    try {
      expect(resolve(dir).startsWith(resolve(tmpdir()))).toBe(true);
      expect(resolve(dir)).not.toBe(resolve(root, 'docs'));
      expect(outputDir(command)).not.toBe(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the screenshot command', () => {
  // Each run starts Node with tsx; both answer before Vite or Chromium load.
  it('refuses an unknown flag with a usage message and exit 2, no stack trace', async () => {
    const { code, stdout, stderr } = await run('--bogus');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^screenshot: Unknown option '--bogus' \(see --help\)\.\n/);
    expect(stderr).toContain('Usage: npm run screenshot');
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 60_000);

  it('refuses an unknown place at once instead of waiting 30 s for its button', async () => {
    const { code, stderr } = await run('--place', 'atlantis');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^screenshot: no place has the id "atlantis"; the ids are .*iturup/);
  }, 60_000);
});
