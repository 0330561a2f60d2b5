/**
 * Every article and each of its places has its link-preview picture committed in
 * public/previews/ (made by `npm run previews`), at the 1200×630 that cards show; a new
 * article without them fails here, not in a crawler's preview.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlaceCollection } from '../../../src/core/article/places';
import { SLUG } from '../../../src/core/site/site-path';

const slugs = readdirSync('geodata', { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join('geodata', e.name, 'places.geojson')))
  .map((e) => e.name);

function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('link-preview pictures', () => {
  it.each(slugs)('%s has one for its page and one per place, 1200×630', (slug) => {
    const collection = JSON.parse(
      readFileSync(join('geodata', slug, 'places.geojson'), 'utf8'),
    ) as PlaceCollection;
    const files = [
      join('public', 'previews', `${slug}.png`),
      ...collection.features
        .filter((f) => SLUG.test(f.id))
        .map((f) => join('public', 'previews', slug, `${f.id}.png`)),
    ];
    for (const file of files) {
      expect(existsSync(file), `${file} is missing: run \`npm run previews\``).toBe(true);
      expect(pngSize(file), file).toEqual([1200, 630]);
    }
  });
});
