/**
 * `npm run draft-figures -- [FOLDER ...]`: drafts each article again from its text with
 * `new-article`'s logic and compares the draft with the folder's hand-made
 * places.source.json (recall and precision, see scripts/compare-draft.ts). Without
 * arguments: geodata/ and every geodata/<slug>/ that has both files. Writes nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareDraft, type HandPlace } from './compare-draft';
import { draftPlaces, indexGazetteer } from './draft-places';
import { loadGazetteer } from './gazetteer';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function articleFolders(args: string[]): string[] {
  if (args.length > 0) return args;
  const geodata = join(root, 'geodata');
  const slugs = readdirSync(geodata, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(geodata, entry.name));
  return [geodata, ...slugs].filter((dir) => existsSync(join(dir, 'places.source.json')));
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

const index = indexGazetteer(loadGazetteer());
for (const folder of articleFolders(process.argv.slice(2))) {
  const source = JSON.parse(readFileSync(join(folder, 'places.source.json'), 'utf8')) as {
    article: { text: string };
    places: HandPlace[];
  };
  const text = readFileSync(join(folder, source.article.text), 'utf8');
  const figures = compareDraft(draftPlaces(text, index), source.places);
  const { resolved, shown } = figures;
  process.stdout.write(
    [
      `${relative(root, folder) || '.'}: ${figures.hand} hand-made places`,
      `  resolved places: ${resolved.right} of ${resolved.found} right (precision ${percent(resolved.precision)}), recall ${percent(resolved.recall)}`,
      `  with unresolved: ${shown.right} of ${shown.found} right (precision ${percent(shown.precision)}), recall ${percent(shown.recall)}`,
      `  missed: ${figures.missed.join(', ') || 'none'}`,
      `  not in the hand-made list: ${figures.extra.join(', ') || 'none'}`,
      '',
    ].join('\n'),
  );
}
