/**
 * `.ci/missing-packages`, which decides what `.ci/run` installs (issue 10,
 * item 6): nothing when everything is there, even when fc-list prints far more
 * than grep reads (the old `fc-list | grep -q` under pipefail failed with 141,
 * SIGPIPE, and reinstalled on every run), and exactly what is missing otherwise.
 * fc-list and Chromium are stubs in a temporary folder put first on PATH.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const stubs = mkdtempSync(join(tmpdir(), 'article-map-ci-'));
afterAll(() => rmSync(stubs, { recursive: true, force: true }));

function executable(name: string, script: string): string {
  const file = join(stubs, name);
  writeFileSync(file, `#!/usr/bin/env bash\n${script}\n`);
  chmodSync(file, 0o755);
  return file;
}

const chromium = executable('chromium', 'exit 0');

/** An fc-list that prints `families` first, then `filler` lines of other fonts. */
function fcList(families: string[], filler: number): void {
  const lines = families.map((f) => `echo '${f}'`).join('\n');
  executable(
    'fc-list',
    `${lines}\nfor ((i = 0; i < ${filler}; i++)); do echo "Filler Sans $i"; done`,
  );
}

function missing(env: Record<string, string> = {}): string[] {
  const out = execFileSync('bash', [join(root, '.ci', 'missing-packages')], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${stubs}:${process.env.PATH}`, CHROMIUM_PATH: chromium, ...env },
  });
  return out.split('\n').filter(Boolean);
}

describe('.ci/missing-packages', () => {
  it('lists nothing when all is there, however long fc-list goes on after the match', () => {
    fcList(['Noto Sans CJK JP', 'DejaVu Sans'], 50_000);
    expect(missing()).toEqual([]);
  });

  it('lists the fonts that are not there', () => {
    fcList(['DejaVu Sans'], 10);
    expect(missing()).toEqual(['fonts-noto-cjk']);
    fcList(['Noto Sans CJK JP'], 10);
    expect(missing()).toEqual(['fonts-dejavu-core']);
    fcList([], 10);
    expect(missing()).toEqual(['fonts-noto-cjk', 'fonts-dejavu-core']);
  });

  it('lists chromium when CHROMIUM_PATH (or /usr/bin/chromium) is not a program', () => {
    fcList(['Noto Sans CJK JP', 'DejaVu Sans'], 10);
    expect(missing({ CHROMIUM_PATH: join(stubs, 'no-such-chromium') })).toEqual(['chromium']);
  });
});

describe('.ci/run', () => {
  const run = readFileSync(join(root, '.ci', 'run'), 'utf8');

  it('installs only what .ci/missing-packages prints, after apt-get update', () => {
    expect(run).toMatch(/missing=\$\(bash \.ci\/missing-packages\)/);
    expect(run.indexOf('apt-get update')).toBeGreaterThan(run.indexOf('if [ -n "$missing" ]'));
    expect(run.indexOf('apt-get install')).toBeGreaterThan(run.indexOf('apt-get update'));
    expect(run).toMatch(/apt-get install [^\n]*\$missing/);
  });

  it('pipes nothing into grep -q (SIGPIPE under pipefail)', () => {
    for (const file of ['run', 'missing-packages']) {
      const text = readFileSync(join(root, '.ci', file), 'utf8');
      expect(text, file).not.toMatch(/^[^#\n]*\|\s*grep\s+-\w*q/m);
    }
  });
});
