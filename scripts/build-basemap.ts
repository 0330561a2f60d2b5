/**
 * Builds each article folder's geodata/<slug>/basemap/ne-10m-detail.json: Natural Earth's
 * 1:10m land, coastline and country borders (world-atlas countries-10m) cut to the
 * article's region, as TopoJSON. The region is the extent of the article's built places
 * (places.geojson) other than whole countries (which are context, and would make the
 * region a continent), widened by DETAIL_MARGIN degrees on every side, so it follows
 * the data, not a box kept by hand. The whole world at 1:10m is 3.6 MB; an article needs a
 * part of it.
 *
 *   npm run build:basemap                        # rewrite every folder's file
 *   npm run build:basemap -- --article SLUG      # one folder
 *   npm run build:basemap -- --check             # exit 1 if a committed file is out of date
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { PlaceCollection } from '../src/core/article/places';
import { clipLine, clipRing, type Box } from '../src/core/geometry/clip-to-bbox';
import { extentOf } from '../src/core/geometry/extent';
import { listArticles, parseBuildArgs, runBuild } from './article-folders';

/** Degrees added around the places' extent: room for the coasts around the story. */
export const DETAIL_MARGIN = 3;

const USAGE = `Usage: npm run build:basemap [-- --check] [-- --article SLUG]

Rebuilds geodata/<slug>/basemap/ne-10m-detail.json of every article folder, or of the
one --article names, from its places' extent (countries left out) plus ${DETAIL_MARGIN} degrees.

  --check         write nothing; exit 1 if a committed file is out of date
  --article SLUG  only this folder (geodata/SLUG/)
  -h, --help      show this help
`;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const world = JSON.parse(
  readFileSync(join(root, 'node_modules/world-atlas/countries-10m.json'), 'utf8'),
) as Topology<{ land: GeometryCollection; countries: GeometryCollection }>;

runBuild(USAGE, () => {
  const command = parseBuildArgs(process.argv.slice(2), listArticles(root));
  if (command === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  for (const slug of command.articles) {
    const out = join('geodata', slug, 'basemap', 'ne-10m-detail.json');
    const places = JSON.parse(
      readFileSync(join(root, 'geodata', slug, 'places.geojson'), 'utf8'),
    ) as PlaceCollection;
    const local = places.features.filter((f) => f.properties.kind !== 'country');
    const box = extentOf(
      (local.length > 0 ? local : places.features).map((f) => f.geometry),
      DETAIL_MARGIN,
    );
    if (box === null) throw new Error(`geodata/${slug}/places.geojson has no coordinates`);
    const text = buildDetail(box);
    if (command.check) {
      const current = existsSync(join(root, out)) ? readFileSync(join(root, out), 'utf8') : '';
      if (current !== text) {
        console.error(`${out} is out of date: run npm run build:basemap`);
        process.exitCode = 1;
      } else {
        console.log(`${out} is up to date.`);
      }
    } else {
      mkdirSync(dirname(join(root, out)), { recursive: true });
      writeFileSync(join(root, out), text);
      console.log(`wrote ${out} (${text.length.toLocaleString('en')} bytes)`);
    }
  }
});

function buildDetail(box: Box): string {
  function clipPolygons(polygons: Position[][][]): Position[][][] {
    return polygons.flatMap((polygon) => {
      const [outer, ...holes] = polygon;
      const clipped = outer ? clipRing(outer, box) : null;
      if (!clipped) return [];
      const keptHoles = holes
        .map((hole) => clipRing(hole, box))
        .filter((hole): hole is Position[] => hole !== null);
      return [[clipped, ...keptHoles]];
    });
  }

  function clipLines(lines: Position[][]): Position[][] {
    return lines.flatMap((line) => clipLine(line, box));
  }

  const landFeature = feature(world, world.objects.land) as unknown as
    | Feature<Polygon | MultiPolygon>
    | { type: 'FeatureCollection'; features: Feature<Polygon | MultiPolygon>[] };
  const landPolygons = ('features' in landFeature ? landFeature.features : [landFeature]).flatMap(
    (f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates),
  );
  const land: MultiPolygon = { type: 'MultiPolygon', coordinates: clipPolygons(landPolygons) };
  const coast: MultiLineString = {
    type: 'MultiLineString',
    coordinates: clipLines(mesh(world, world.objects.land).coordinates),
  };
  // Shared arcs only: a border is where two countries meet, never a coast (so the
  // disputed islands get no border line of either side).
  const borders: MultiLineString = {
    type: 'MultiLineString',
    coordinates: clipLines(mesh(world, world.objects.countries, (a, b) => a !== b).coordinates),
  };

  const built = topology({ land, coast, borders }, 1e5) as Topology & { bbox: number[] };
  built.bbox = [...box];
  return `${JSON.stringify(built)}\n`;
}
