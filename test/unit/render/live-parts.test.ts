/**
 * The painter's parts the live map shares: the inset locator's plan, the claim lines of a
 * naming view, and label boxes measured by the caller (the live map's wrapped labels).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry } from 'geojson';
import { partiesOf, readPlaceCollection } from '../../../src/core/article/places';
import { readClaimLines } from '../../../src/core/borders/read-claim-lines';
import { claimLinesForImage } from '../../../src/core/render/claim-lines-for-image';
import { planInset } from '../../../src/core/render/paint-map';
import { planPlaces } from '../../../src/core/render/plan-places';
import { estimateTextWidth } from '../../../src/core/render/text-width';
import { viewProjector } from '../../../src/core/render/web-mercator';
import type { LonLatBox } from '../../../src/core/render/web-mercator';

const land: FeatureCollection<Geometry> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [130, 30],
            [150, 30],
            [150, 50],
            [130, 50],
            [130, 30],
          ],
        ],
      },
    },
  ],
};
// The Kurils article's region: Moscow to the islands.
const region: LonLatBox = [37.6, 34.7, 148.9, 53.6];

describe('planInset', () => {
  it('is null when the view already shows the whole region', () => {
    expect(planInset({ land, region }, { width: 800, height: 500 }, [0, 20, 180, 70])).toBeNull();
  });

  it('outlines a close view inside the inset, never smaller than 6 px', () => {
    const plan = planInset({ land, region }, { width: 800, height: 500 }, [146, 43, 148, 45])!;
    expect(plan.width).toBeGreaterThanOrEqual(110);
    expect(plan.width).toBeLessThanOrEqual(180);
    expect(plan.height).toBeLessThanOrEqual(plan.width * 0.9);
    const { x, y, width, height } = plan.view;
    expect(width).toBeGreaterThanOrEqual(6);
    expect(height).toBeGreaterThanOrEqual(6);
    // The view's box lies inside the inset, towards its east (the islands are east of Moscow).
    expect(x).toBeGreaterThan(plan.width / 2);
    expect(x + width).toBeLessThanOrEqual(plan.width);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y + height).toBeLessThanOrEqual(plan.height);
    expect(plan.land).toMatch(/^M/);
  });
});

describe('claimLinesForImage', () => {
  const dir = 'geodata/kurils-2019';
  const collection = readPlaceCollection(
    JSON.parse(readFileSync(`${dir}/places.geojson`, 'utf8')),
  ).collection!;
  const parties = partiesOf(collection.article);
  const lines = readClaimLines(JSON.parse(readFileSync(`${dir}/claims.geojson`, 'utf8')));

  it('draws every claim dashed and labelled in the all-sides view', () => {
    const drawn = claimLinesForImage(lines, parties, 'both');
    expect(drawn.length).toBe(lines.length);
    expect(drawn.every((l) => l.style === 'disputed' && (l.label ?? '').length > 0)).toBe(true);
  });

  it('draws a party’s view without labels, leaving out what it does not draw', () => {
    for (const party of parties) {
      const drawn = claimLinesForImage(lines, parties, party.id);
      expect(drawn.length).toBeLessThanOrEqual(lines.length);
      expect(drawn.every((l) => l.label === undefined && l.style !== 'hidden')).toBe(true);
    }
  });
});

describe('planPlaces with measured label boxes', () => {
  it('uses the caller’s box for a label (a wrapped label is narrower and taller)', () => {
    const view = { lon: 140, lat: 40, zoom: 4, width: 600, height: 400 };
    const place = {
      id: 'g',
      kind: 'island-group' as const,
      geometry: { type: 'Point' as const, coordinates: [140, 40] },
      label: 'Southern Kurils / Northern Territories',
    };
    const options = {
      bounds: { x: 0, y: 0, width: 600, height: 400 },
      measureText: estimateTextWidth,
      project: viewProjector(view),
    };
    const single = planPlaces([place], options).places[0]!.label!;
    const wrapped = planPlaces([place], {
      ...options,
      labelSize: () => ({ width: 120, height: 34 }),
    }).places[0]!.label!;
    expect(single.rect.width).toBeGreaterThan(150);
    expect(wrapped.rect.width).toBe(120);
    expect(wrapped.rect.height).toBe(34);
  });
});
