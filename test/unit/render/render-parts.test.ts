import fc from 'fast-check';
import { tilesForView } from '../../../src/core/render/tiles-for-view';
import { describe, expect, it } from 'vitest';
import { dataCredits } from '../../../src/core/render/data-credits';
import { geometryBox } from '../../../src/core/render/geometry-box';
import { attributes, escapeXml, num } from '../../../src/core/render/svg';
import { estimateTextWidth, fontShorthand } from '../../../src/core/render/text-width';
import {
  fitView,
  viewBox,
  viewProjector,
  worldLonLat,
  worldPixel,
} from '../../../src/core/render/web-mercator';

describe('escapeXml', () => {
  it('escapes markup and quotes and drops what XML cannot hold', () => {
    expect(escapeXml(`<a href="x" b='y'>&amp;</a>\u0000\u001F\uFFFF`)).toBe(
      '&lt;a href=&quot;x&quot; b=&apos;y&apos;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeXml('Итуруп 択捉島 😀\t\n')).toBe('Итуруп 択捉島 😀\t\n');
    expect(escapeXml('\uD800 lone')).toBe(' lone');
  });

  it('never leaves a raw < or an unescaped & (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = escapeXml(text);
        expect(out).not.toMatch(/[<>"']/);
        expect(out).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
      }),
    );
  });

  it('writes attributes escaped and leaves out empty ones', () => {
    expect(attributes({ a: '"x"', b: undefined, c: false, d: 1.005 })).toBe(
      ' a="&quot;x&quot;" d="1"',
    );
    expect(num(-0.01)).toBe('0');
  });
});

describe('web mercator', () => {
  it('puts 0°, 0° in the middle of the world and round-trips', () => {
    expect(worldPixel(0, 0, 0)).toEqual([128, 128]);
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -85, max: 85, noNaN: true }),
        (lon, lat) => {
          const [x, y] = worldPixel(lon, lat, 3);
          const [lon2, lat2] = worldLonLat(x, y, 3);
          expect(lon2).toBeCloseTo(lon, 6);
          expect(lat2).toBeCloseTo(lat, 6);
        },
      ),
    );
  });

  it('fits a box inside the view with its padding, at a quarter zoom step', () => {
    const box = [37.6, 34.6, 149, 54] as [number, number, number, number];
    const view = fitView(box, 1200, 700, { padding: 40 });
    expect(view.zoom % 0.25).toBe(0);
    const project = viewProjector(view);
    const [x0, y0] = project(box[0], box[3]);
    const [x1, y1] = project(box[2], box[1]);
    expect(x0).toBeGreaterThanOrEqual(40 - 1e-6);
    expect(y0).toBeGreaterThanOrEqual(40 - 1e-6);
    expect(x1).toBeLessThanOrEqual(1160 + 1e-6);
    expect(y1).toBeLessThanOrEqual(660 + 1e-6);
    const shown = viewBox(view);
    expect(shown[0]).toBeLessThan(box[0]);
    expect(shown[2]).toBeGreaterThan(box[2]);
  });
});

describe('dataCredits', () => {
  it('credits Natural Earth, GeoNames when a source cites it, OpenStreetMap when its layer is on', () => {
    expect(dataCredits({ sources: [{ x: 'https://example.org' }], osm: false })).toEqual([
      'Natural Earth',
    ]);
    expect(
      dataCredits({ sources: [{ geometry: 'https://www.geonames.org/1856057' }], osm: true }),
    ).toEqual(['Natural Earth', 'GeoNames', '© OpenStreetMap contributors']);
    expect(
      dataCredits({ sources: [{ x: 'https://notgeonames.org.example' }], osm: false }),
    ).toEqual(['Natural Earth']);
  });
});

describe('text widths and boxes', () => {
  it('estimates Noto Sans widths, a full em for CJK, and builds a canvas font', () => {
    const bold = { family: 'sans', size: 1000, weight: 600 } as const;
    // Chromium measured 7866.99 px for this at 1000 px, bold.
    const width = estimateTextWidth('Iturup / Etorofu', bold);
    expect(Math.abs(width - 7867) / 7867).toBeLessThan(0.01);
    expect(estimateTextWidth('択捉島', { ...bold, size: 10 })).toBe(30);
    expect(fontShorthand({ family: 'serif', size: 20, weight: 700, italic: true })).toMatch(
      /^italic 700 20px 'Noto Serif', .*serif$/,
    );
  });

  it('gives the box of any geometry and null for none', () => {
    expect(
      geometryBox([
        { type: 'Point', coordinates: [10, 20] },
        {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [0, 0],
                [30, 5],
                [1, -4],
                [0, 0],
              ],
            ],
          ],
        },
      ]),
    ).toEqual([0, -4, 30, 20]);
    expect(geometryBox([{ type: 'GeometryCollection', geometries: [] }])).toBeNull();
  });
});

describe('tilesForView', () => {
  it('covers the view with the tiles of its zoom, wrapped across the antimeridian', () => {
    const tiles = tilesForView(
      { lat: 0, lon: 180, zoom: 1, width: 256, height: 256 },
      'https://t/{z}/{x}/{y}.png',
    );
    expect(tiles.map((t) => [t.url, t.x, t.y, t.size])).toEqual([
      ['https://t/1/1/0.png', -128, -128, 256],
      ['https://t/1/0/0.png', 128, -128, 256],
      ['https://t/1/1/1.png', -128, 128, 256],
      ['https://t/1/0/1.png', 128, 128, 256],
    ]);
  });

  it('scales tiles to a fractional zoom and leaves out rows beyond the poles', () => {
    const tiles = tilesForView(
      { lat: 80, lon: 0, zoom: 1.5, width: 100, height: 400 },
      '{z}/{x}/{y}',
    );
    expect(tiles.every((t) => t.size === 256 * 2 ** 0.5)).toBe(true);
    expect(tiles.every((t) => /^1\/\d\/[01]$/.test(t.url))).toBe(true);
  });
});
