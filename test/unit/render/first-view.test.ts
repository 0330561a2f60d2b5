/**
 * The first view painted at build time (core/render/first-view.ts): the live map's overview,
 * every place named on it, safe markup, and path data that draws the same points.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlaceCollection, type PlaceCollection } from '../../../src/core/article/places';
import { labelFor } from '../../../src/core/article/naming';
import { partiesOf } from '../../../src/core/article/places';
import { decodeBasemapLayers } from '../../../src/core/geometry/basemap';
import {
  compactPathData,
  FIRST_VIEW_SIZES,
  LIVE_MAP,
  overviewView,
  paintFirstView,
  paintFirstViews,
  type FirstViewInput,
} from '../../../src/core/render/first-view';
import { escapeXml } from '../../../src/core/render/svg';
import { estimateTextWidth } from '../../../src/core/render/text-width';

const require = createRequire(import.meta.url);
const read = (file: string): PlaceCollection =>
  readPlaceCollection(JSON.parse(readFileSync(file, 'utf8'))).collection as PlaceCollection;
const kurils = read('geodata/kurils-2019/places.geojson');
const world = decodeBasemapLayers(
  JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')),
);

function input(collection: PlaceCollection): FirstViewInput {
  return {
    collection,
    basemapFor: () => [{ layers: world }],
    claimLines: [],
    measureText: estimateTextWidth,
  };
}

/** The absolute points a path draws, subpath by subpath (M, L, l, Z as the two writers use them). */
function points(d: string): [number, number][][] {
  const runs: [number, number][][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLlZ])([^MLlZ]*)/g)) {
    if (command === 'Z') continue;
    const numbers = (args?.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const a = numbers[i] as number;
      const b = numbers[i + 1] as number;
      if (command === 'l') {
        x += a;
        y += b;
      } else {
        x = a;
        y = b;
      }
      if (command === 'M' && i === 0) runs.push([]);
      runs.at(-1)?.push([x, y]);
    }
  }
  return runs;
}

describe('compactPathData', () => {
  const coordinate = fc.double({ min: -5000, max: 5000, noNaN: true });
  const run = fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 12 });
  const painterPath = (runs: [number, number][][], close: boolean): string =>
    runs
      .map(
        (r) =>
          r.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`).join('') +
          (close ? 'Z' : ''),
      )
      .join('');

  it('draws the same points to the whole pixel, with no step of nothing', () => {
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 5 }), fc.boolean(), (runs, close) => {
        const d = painterPath(runs, close);
        const expected = runs.map((r) => {
          // `|| 0`: the path writes no "-0".
          const rounded = r.map(([x, y]): [number, number] => [
            Math.round(Number(x.toFixed(1))) || 0,
            Math.round(Number(y.toFixed(1))) || 0,
          ]);
          return rounded.filter(
            (p, i) => i === 0 || p[0] !== rounded[i - 1]?.[0] || p[1] !== rounded[i - 1]?.[1],
          );
        });
        const compact = compactPathData(d);
        expect(points(compact)).toEqual(expected);
        expect(compact.split('Z').length - 1).toBe(close ? runs.length : 0);
        expect(compact.length).toBeLessThanOrEqual(d.length);
      }),
    );
  });

  it('leaves out what is not a point rather than drawing it', () => {
    expect(compactPathData('M1 2LNaN 3L4 5')).toBe('M1 2l3 3');
    expect(compactPathData('')).toBe('');
  });
});

describe('overviewView', () => {
  it('is the view fitBounds chooses: zoom in steps of 0.25 within the live map’s limits', () => {
    for (const { width, height } of Object.values(FIRST_VIEW_SIZES)) {
      const view = overviewView(kurils, width, height)!;
      expect(view.zoom % LIVE_MAP.zoomStep).toBe(0);
      expect(view.zoom).toBeGreaterThanOrEqual(LIVE_MAP.minZoom);
      expect(view.zoom).toBeLessThanOrEqual(LIVE_MAP.maxZoom);
    }
    // The wide box frames the article closer than the phone's.
    expect(overviewView(kurils, 864, 580)!.zoom).toBeGreaterThan(
      overviewView(kurils, 390, 334)!.zoom,
    );
  });
});

describe('paintFirstView', () => {
  const both = paintFirstViews(input(kurils));

  it('paints a wide and a narrow picture, naming the places in every side’s names', () => {
    const pictures = both.match(/<svg class="first-view first-view-(wide|narrow)"/g);
    expect(pictures).toEqual([
      '<svg class="first-view first-view-wide"',
      '<svg class="first-view first-view-narrow"',
    ]);
    const parties = partiesOf(kurils.article);
    for (const which of ['wide', 'narrow'] as const) {
      const svg = paintFirstView(input(kurils), which);
      // On a phone the live map's planner leaves out the two islands' labels beside the
      // disputed group's, for lack of room; the wide picture has room for every one.
      const crowded = which === 'narrow' ? ['kunashir', 'iturup'] : [];
      for (const place of kurils.features) {
        const label = escapeXml(labelFor(place.properties, 'both', parties));
        if (crowded.includes(place.id)) continue;
        expect(svg, `${which}: ${place.id}`).toContain(`>${label}</text>`);
      }
      const { width, height } = FIRST_VIEW_SIZES[which];
      expect(svg).toMatch(new RegExp(`viewBox="[\\d.]+ [\\d.]+ ${width} ${height}"`));
    }
  });

  it('hides itself from assistive technology and keeps its ids its own', () => {
    expect(both).toMatch(/^<svg[^>]* aria-hidden="true"/);
    const ids = [...both.matchAll(/ id="([^"]+)"/g)].map((m) => m[1] as string);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^first-view-(wide|narrow)-/);
    for (const [, ref] of both.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
  });

  it('keeps a hostile name as text', () => {
    const hostile = structuredClone(kurils);
    const name = '</svg><script>alert(1)</script><img src=x onerror=alert(2)> "quoted"';
    hostile.features[0]!.properties.name = name;
    const svg = paintFirstViews(input(hostile));
    expect(svg).not.toMatch(/<script|<img|onerror="/i);
    expect(svg).toContain(escapeXml('</svg><script>alert(1)</script>'));
    expect(svg.match(/<\/svg>/g)).toHaveLength(2);
  });

  it('paints nothing for an article without places', () => {
    expect(paintFirstViews(input({ ...kurils, features: [] }))).toBe('');
  });
});
