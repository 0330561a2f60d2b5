/**
 * The checks of places.source.json (data contract v2) and the build scripts' command line.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseBuildArgs, UsageError } from '../../../scripts/article-folders';
import { parsePlaceSource } from '../../../scripts/place-source';

const root = join(import.meta.dirname, '..', '..', '..');

function source(place: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return {
    article: {
      title: 'T',
      source: 'S',
      date: '2020-01-01',
      text: 'article.txt',
      parties: [
        { id: 'aa', name: 'Land A', lang: 'aa' },
        { id: 'bb', name: 'Land B', lang: 'bb-Latn' },
      ],
    },
    places: [
      {
        id: 'isle',
        kind: 'island',
        name: 'Isle',
        passages: [],
        sources: {},
        geometry: { type: 'land-polygon', containing: [1, 1], reference: 'https://example.org' },
        ...place,
      },
    ],
    ...extra,
  };
}

describe('parsePlaceSource', () => {
  it('accepts names in any BCP 47 tag, labels of parties and claims', () => {
    expect(() =>
      parsePlaceSource(
        source({
          'name:zh-Hant': '島',
          'name:ur': 'جزیرہ',
          'label:aa': 'A Isle',
          administered_by: 'aa',
          claimed_by: ['bb'],
          claims: [{ party: 'bb', source: 'https://example.org' }],
        }),
      ),
    ).not.toThrow();
  });

  it.each([
    ['label:zz', { 'label:zz': 'Z' }],
    ['administered_by', { administered_by: 'zz' }],
    ['claimed_by', { claimed_by: ['zz'] }],
  ])('refuses an unknown party in %s, naming the place and the key', (key, place) => {
    expect(() => parsePlaceSource(source(place))).toThrow(
      new RegExp(`places\\[0\\] \\(id "isle"\\).*"${key}"`),
    );
  });

  it('refuses a place without a geometry, and a draft with unresolved places', () => {
    expect(() => parsePlaceSource(source({ geometry: undefined }))).toThrow(/geometry/);
    expect(() => parsePlaceSource(source({}, { unresolved: [{ name: 'Georgia' }] }))).toThrow(
      /unresolved lists 1 place/,
    );
    expect(() => parsePlaceSource(source({}, { unresolved: [] }))).not.toThrow();
  });

  it('refuses a misspelt key', () => {
    expect(() => parsePlaceSource(source({ 'nmae:aa': 'x' }))).toThrow(/not a known place key/);
  });
});

describe('the build scripts’ command line', () => {
  const known = ['kashmir-2019', 'kurils-2019'];
  it('builds every folder by default, one with --article, and reads --check', () => {
    expect(parseBuildArgs([], known)).toEqual({ check: false, articles: known });
    expect(parseBuildArgs(['--check', '--article', 'kurils-2019'], known)).toEqual({
      check: true,
      articles: ['kurils-2019'],
    });
  });

  it.each([[['--chek']], [['--article', 'atlantis']], [['extra']], [['--check=yes']]])(
    'refuses %j',
    (args) => {
      expect(() => parseBuildArgs(args, known)).toThrow(UsageError);
    },
  );

  it('exits 2 with the usage and writes nothing for an unknown flag', async () => {
    const run = promisify(execFile);
    const error = await run('npx', ['tsx', 'scripts/build-places.ts', '--chek'], {
      cwd: root,
    }).catch((e: { code: number; stderr: string; stdout: string }) => e);
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toMatch(
      /--chek[\s\S]*Usage: npm run build:places/,
    );
    expect((error as { stdout: string }).stdout).not.toMatch(/wrote/);
  }, 30_000);
});
