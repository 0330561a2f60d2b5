/**
 * Nothing about a particular party belongs in src/ (DESIGN.md, data contract v2): no party
 * id, language code, point of view or country name. The words come from every article
 * folder's parties plus a fixed list, so a new article's parties are checked too. Ids and
 * language codes are short and may be English words ("in", "hi"), so they count only as
 * code would write them: quoted, or after `:` or `=` (`'ru'`, `name:ja`, `names=zh`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { listArticles } from '../../scripts/article-folders';
import type { Party } from '../../src/core/article/places';

const root = join(import.meta.dirname, '..', '..');
const parties = listArticles(root).flatMap(
  (slug) =>
    (
      JSON.parse(readFileSync(join(root, 'geodata', slug, 'places.source.json'), 'utf8')) as {
        article: { parties: Party[] };
      }
    ).article.parties,
);
const NAMES = [
  'Russia',
  'Russian',
  'Japan',
  'Japanese',
  'China',
  'Chinese',
  'Taiwan',
  'India',
  'Indian',
  'Pakistan',
  'Pakistani',
  ...parties.map((p) => p.name),
  ...parties.flatMap((p) => (p.usage ? [p.usage.replace(/ usage$/, '')] : [])),
];
const CODES = [
  'ru',
  'ja',
  'zh',
  ...parties.flatMap((p) => [p.id, p.lang, p.lang.split('-')[0] ?? p.lang, p.pov ?? '']),
].filter((code) => code !== '');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

it('src/ names no party, language code, point of view or country', () => {
  const words = new RegExp(`\\b(?:${[...new Set(NAMES)].map(escape).join('|')})\\b`);
  const codes = new RegExp(
    `(?:['"\`:=])(?:${[...new Set(CODES)].map(escape).join('|')})(?=['"\`&\\s,;)]|$)`,
  );
  const found: string[] = [];
  // The interface's own languages (issue 14) are tables named en, ru, ja: language codes
  // there name the reader's language, not a party; country names are still refused.
  const interfaceTables = join(root, 'src', 'core', 'i18n');
  for (const file of files(join(root, 'src'))) {
    const checkCodes = !file.startsWith(interfaceTables);
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        // The data's address is the lead's to replace (issue 12: the article comes from the URL).
        if (line.includes('geodata/')) return;
        if (words.test(line) || (checkCodes && codes.test(line))) {
          found.push(`${file}:${i + 1}: ${line.trim()}`);
        }
      });
  }
  expect(found).toEqual([]);
});
