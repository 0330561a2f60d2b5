/**
 * `npm run new-article` run as a child process, the way an author runs it. A run that drafts
 * loads the whole gazetteer (some seconds), so there is one such run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../src/core/article/article';
import { runScript } from '../support/run-script';

const work = mkdtempSync(join(tmpdir(), 'article-map-new-article-'));
const geodata = join(work, 'geodata');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (...args: string[]) => runScript('new-article.ts', [...args, '--geodata', geodata]);

const article = join(work, 'article.txt');
writeFileSync(
  article,
  'Talks In Nagoya\r\n\r\nThe ministers met in Nagoya.\r\nThey spoke of\r\nGeorgia.\r\n',
);
const meta = ['--title', 'Talks', '--source', 'Agency', '--date', '2024-05-01'];

describe('npm run new-article', () => {
  it('writes the folder: the text and a draft, and prints what is unresolved', async () => {
    const result = await run('talks-2024', '--text', article, ...meta, '--url', 'https://x.test/');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const folder = join(geodata, 'talks-2024');
    const text = readFileSync(join(folder, 'article.txt'), 'utf8');
    // Lines broken inside a paragraph are joined.
    expect(text).toBe('Talks In Nagoya\n\nThe ministers met in Nagoya. They spoke of Georgia.\n');
    const draft = JSON.parse(readFileSync(join(folder, 'places.source.json'), 'utf8'));
    expect(draft.article).toEqual({
      title: 'Talks',
      source: 'Agency',
      url: 'https://x.test/',
      date: '2024-05-01',
      text: 'article.txt',
      parties: [],
    });
    expect(draft.places).toMatchObject([
      { id: 'nagoya', kind: 'city', geometry: { type: 'geonames-point', geonameid: 1856057 } },
    ]);
    expect(draft.unresolved).toMatchObject([{ name: 'Georgia' }]);
    const paragraphs = splitParagraphs(text);
    for (const { passages } of [...draft.places, ...draft.unresolved]) {
      for (const p of passages) expect(paragraphs[p.paragraph - 1]).toContain(p.text);
    }
    expect(result.stdout).toContain('nagoya  city Nagoya, GeoNames 1856057');
    expect(result.stdout).toContain('* Georgia: the name of a country and of a region');
    expect(result.stdout).toContain('¶2: They spoke of Georgia.');

    const again = await run('talks-2024', '--text', article, ...meta);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^new-article: .*talks-2024 exists; give --force to replace it\n/);
  }, 120_000);

  it.each([
    [['talks', '--text', join(work, 'missing.txt'), ...meta], /cannot read --text file .*missing/],
    [['Talks!', '--text', article, ...meta], /bad SLUG/],
    [['talks', '--text', article, ...meta, '--nope'], /Unknown option '--nope'/],
  ])(
    'refuses %j with a usage message and no stack trace',
    async (args, message) => {
      const result = await run(...args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain('Usage: npm run new-article');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    },
    60_000,
  );
});
