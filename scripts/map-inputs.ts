/**
 * An article folder's map, as the painter needs it in Node: the basemap levels the live map
 * shows at a zoom, and the article's claim lines. Shared by `npm run image` and the first
 * view that `npm run build` paints into each article's page (scripts/build-site.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { decodeBasemapLayers, type BasemapLayers } from '../src/core/geometry/basemap';
import {
  readClaimLines,
  type ClaimLine as ClaimLineFeature,
} from '../src/core/borders/read-claim-lines';
import type { BasemapLevelLayers } from '../src/core/render/paint-map';

/** A file that is missing, unreadable or not what it should be; the message names it. */
export class MapInputError extends Error {}

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n', 1)[0] ?? '';

export function readJsonFile(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new MapInputError(`cannot read ${what} ${file}: ${firstLine(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new MapInputError(`${what} ${file} is not JSON: ${firstLine(error)}`);
  }
}

/**
 * The basemap levels of the live map at `zoom` (src/ui/map-setup.ts): 1:110m below zoom 4,
 * 1:50m from 4, the story's 1:10m (`folder`/basemap/) from 6; and the 1:110m world.
 */
export function basemapLevels(
  zoom: number,
  folder: string,
): { levels: BasemapLevelLayers[]; world: BasemapLayers } {
  const require = createRequire(import.meta.url);
  const load = (file: string): BasemapLayers => {
    const topology = readJsonFile(file, 'basemap');
    try {
      return decodeBasemapLayers(topology);
    } catch (error) {
      throw new MapInputError(`basemap ${file}: ${firstLine(error)}`);
    }
  };
  const world = load(require.resolve('world-atlas/countries-110m.json'));
  const levels: BasemapLevelLayers[] = [
    { layers: zoom < 4 ? world : load(require.resolve('world-atlas/countries-50m.json')) },
  ];
  const detail = join(folder, 'basemap', 'ne-10m-detail.json');
  if (zoom >= 6 && existsSync(detail)) levels.push({ layers: load(detail), regional: true });
  return { levels, world };
}

/** The article's claim lines (claims.geojson beside its places), as the page reads them; none without one. */
export function readClaims(folder: string): ClaimLineFeature[] {
  const file = join(folder, 'claims.geojson');
  if (!existsSync(file)) return [];
  return readClaimLines(readJsonFile(file, 'claims'));
}
