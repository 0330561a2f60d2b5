/**
 * Builds geodata/basemap/ne-10m-detail.json: Natural Earth's 1:10m land,
 * coastline and country borders (world-atlas countries-10m) cut to the region
 * of the story named in geodata/basemap.source.json, as TopoJSON. The whole
 * world at 1:10m is 3.6 MB; the story needs a few hundred KB of it.
 *
 *   npm run build:basemap            # rewrite the file
 *   npm run build:basemap -- --check # exit 1 if the committed file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { clipLine, clipRing, type Box } from '../src/core/geometry/clip-to-bbox';

const OUT = 'geodata/basemap/ne-10m-detail.json';
const config = JSON.parse(readFileSync('geodata/basemap.source.json', 'utf8')) as {
  detail: { bbox: Box };
};
const box = config.detail.bbox;
const world = JSON.parse(
  readFileSync('node_modules/world-atlas/countries-10m.json', 'utf8'),
) as Topology<{ land: GeometryCollection; countries: GeometryCollection }>;

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
const text = `${JSON.stringify(built)}\n`;

if (process.argv.includes('--check')) {
  const current = (() => {
    try {
      return readFileSync(OUT, 'utf8');
    } catch {
      return '';
    }
  })();
  if (current !== text) {
    console.error(`${OUT} is out of date: run npm run build:basemap`);
    process.exit(1);
  }
  console.log(`${OUT} is up to date.`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT} (${text.length.toLocaleString('en')} bytes)`);
}
