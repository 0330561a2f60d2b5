import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readPlaceCollection, type PlaceCollection } from '../../../src/core/article/places';
import { decodeBasemapLayers } from '../../../src/core/geometry/basemap';
import { articleImageOptions, articleView } from '../../../src/core/render/article-image';
import { paintMap, wrapText, type PaintOptions } from '../../../src/core/render/paint-map';
import { planPlaces } from '../../../src/core/render/plan-places';
import { estimateTextWidth } from '../../../src/core/render/text-width';
import { viewProjector, type MapView } from '../../../src/core/render/web-mercator';

const require = createRequire(import.meta.url);
const collection = readPlaceCollection(
  JSON.parse(readFileSync('geodata/kurils-2019/places.geojson', 'utf8')),
).collection as PlaceCollection;
const world = decodeBasemapLayers(
  JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')),
);

function options(view: MapView, extra: Partial<PaintOptions> = {}): PaintOptions {
  return {
    ...articleImageOptions({
      collection,
      names: 'both',
      view,
      basemap: [{ layers: world }],
      insetLand: world.land,
      measureText: estimateTextWidth,
    }),
    ...extra,
  };
}

const WHOLE = articleView(collection, 1200, 700)!;
const ITURUP = articleView(collection, 1000, 600, 'iturup')!;
const WORLD: MapView = { zoom: 2, lat: 40, lon: 100, width: 900, height: 450 };

describe('paintMap', () => {
  const whole = paintMap(options(WHOLE));

  it('writes one SVG document of the map and its frame', () => {
    expect(
      whole.svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    expect(whole.svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(whole.width).toBe(1200);
    expect(whole.height).toBe(whole.mapTop + 700 + 44);
    expect(whole.svg).toContain(`width="1200" height="${whole.height}"`);
  });

  it('carries the title, the source line and the data credits', () => {
    expect(whole.svg).toContain('Russia Wants To Boost High-Tech Cooperation With Japan');
    expect(whole.svg).toContain('Source: Pakistan Point News / Sputnik, 23 November 2019');
    expect(whole.svg).toContain('Map data: Natural Earth · GeoNames');
    expect(whole.svg).not.toContain('OpenStreetMap');
    expect(
      paintMap(options(WHOLE, { credits: ['Natural Earth', '© OpenStreetMap contributors'] })).svg,
    ).toContain('© OpenStreetMap contributors');
  });

  it('labels every place of the whole article, and draws legend and scale bar', () => {
    for (const place of collection.features) {
      expect(whole.svg).toContain(`<g class="label" data-place="${place.id}"`);
    }
    expect(whole.svg).toContain('class="legend"');
    expect(whole.svg).toContain('Disputed area');
    expect(whole.svg).toMatch(/class="scale-bar"[^]*\d+ km[^]*\d+ mi/);
  });

  it('hides the inset when the view shows the whole region, and outlines the view when it does not', () => {
    expect(whole.svg).not.toContain('class="inset"');
    const iturup = paintMap(options(ITURUP)).svg;
    expect(iturup).toContain('class="inset"');
    expect(iturup).toContain('class="inset-view"');
  });

  it('lists in the legend only the kinds the view shows', () => {
    const iturup = paintMap(options(ITURUP)).svg;
    expect(iturup).not.toMatch(/class="legend"[^]*>City</);
    expect(iturup).toMatch(/class="legend"[^]*>Island</);
  });

  it('can leave out the legend and the scale bar', () => {
    const bare = paintMap(options(WHOLE, { legend: false, scaleBar: false, inset: null })).svg;
    expect(bare).not.toContain('class="legend"');
    expect(bare).not.toContain('class="scale-bar"');
  });

  it('draws claim lines by class, with their labels, and leaves hidden ones out', () => {
    const svg = paintMap(
      options(ITURUP, {
        claimLines: [
          {
            geometry: {
              type: 'LineString',
              coordinates: [
                [146, 44],
                [149, 46],
              ],
            },
            style: 'disputed',
            label: 'Claimed by A',
          },
          {
            geometry: {
              type: 'LineString',
              coordinates: [
                [146, 45],
                [149, 45],
              ],
            },
            style: 'hidden',
            label: 'Secret',
          },
        ],
      }),
    ).svg;
    expect(svg).toContain('class="claim claim-disputed"');
    expect(svg).not.toContain('claim-hidden');
    expect(svg).toContain('Claimed by A');
    expect(svg).not.toContain('Secret');
    expect(svg).toContain('Disputed boundary');
  });

  it('escapes hostile strings and drops characters XML cannot hold', () => {
    const hostile = '<script>alert(1)</script> & "quotes" \'apos\' \u0001\uFFFE';
    const svg = paintMap({
      ...options(WHOLE),
      title: hostile,
      source: { name: `${hostile}</text><image href="x" onerror="alert(1)"/>`, date: '<2019>' },
      credits: [hostile],
      places: options(WHOLE).places.map((p) => ({
        ...p,
        id: `${p.id}"><x`,
        label: `${p.label}<img src=x onerror=alert(1)>`,
      })),
    }).svg;
    expect(svg).not.toMatch(/<script|<img|<image|<x\b/);
    expect(svg).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &apos;apos&apos;',
    );
    expect(svg.includes('\u0001') || svg.includes('\uFFFE')).toBe(false);
    // Every tag the painter opens is one of its own.
    const tags = new Set([...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(
      [
        'circle',
        'clipPath',
        'defs',
        'desc',
        'g',
        'line',
        'path',
        'pattern',
        'rect',
        'svg',
        'text',
        'title',
      ].filter((t) => tags.has(t)),
    );
  });

  it('wraps a long title onto two even lines and cuts what is left with an ellipsis', () => {
    const font = { family: 'serif', size: 20, weight: 700 } as const;
    const lines = wrapText('one two three four five six seven eight', 260, font, estimateTextWidth);
    expect(lines).toHaveLength(2);
    const cut = wrapText('word '.repeat(100), 200, font, estimateTextWidth);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
    for (const line of cut) expect(estimateTextWidth(line, font)).toBeLessThanOrEqual(200);
  });
});

describe('planPlaces at world zoom', () => {
  const project = viewProjector(WORLD);
  const plan = planPlaces(options(WORLD).places, {
    bounds: { x: 4, y: 4, width: WORLD.width - 8, height: WORLD.height - 8 },
    measureText: estimateTextWidth,
    project,
  });
  const byId = new Map(plan.places.map((p) => [p.place.id, p]));

  it('spreads Tokyo, Nagoya and Osaka so that each marker stands clear of the others', () => {
    const cities = ['tokyo', 'nagoya', 'osaka'].map((id) => byId.get(id)!);
    for (const a of cities) {
      expect(a.moved).toBe(true);
      for (const b of cities)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(2 * 7);
    }
  });

  it('gives every city and group a label within its gap of its mark (diagonals: √2·gap), or a leader line to it', () => {
    for (const p of plan.places) {
      // An island's label waits for a closer zoom when there is no room beside it.
      if (p.place.kind === 'island' && p.label === null) continue;
      expect(p.label, p.place.id).not.toBeNull();
      if (p.place.kind === 'island') expect(p.label!.leader).toBe(false);
      const { rect, leader } = p.label!;
      const dx = Math.max(rect.x - p.x, 0, p.x - (rect.x + rect.width));
      const dy = Math.max(rect.y - p.y, 0, p.y - (rect.y + rect.height));
      const distance = Math.hypot(dx, dy);
      expect(distance, p.place.id).toBeLessThanOrEqual(Math.SQRT2 * (leader ? 11 + 48 : 11));
    }
  });
});
