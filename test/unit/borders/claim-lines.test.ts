import { describe, expect, it } from 'vitest';
import { ALL_SIDES } from '../../../src/core/article/naming';
import type { Party } from '../../../src/core/article/places';
import {
  bordersCaption,
  claimLineStyle,
  drawForClass,
  isClaimLineProperties,
  type ClaimLineProperties,
} from '../../../src/core/borders/claim-lines';
import { readClaimLines } from '../../../src/core/borders/read-claim-lines';

const parties: Party[] = [
  { id: 'aa', name: 'Land A', lang: 'aa', pov: 'AA' },
  { id: 'bb', name: 'Land B', lang: 'bb', pov: 'BB' },
  { id: 'cc', name: 'Land C', lang: 'cc' },
];
const line: ClaimLineProperties = {
  name: 'A claim',
  featurecla: 'Claim boundary',
  classes: { aa: 'International boundary (verify)', bb: 'Unrecognized' },
  iso: 'Unrecognized',
  claimants: ['aa'],
  source: 'test',
};

describe('drawForClass', () => {
  it('maps Natural Earth classes to boundary, disputed or hidden', () => {
    expect(drawForClass('International boundary (verify)')).toBe('boundary');
    expect(drawForClass('Unrecognized')).toBe('hidden');
    expect(drawForClass('Admin-1 boundary')).toBe('hidden');
    for (const c of [
      'Disputed (please verify)',
      'Claim boundary',
      'Line of control (please verify)',
      'Indefinite (please verify)',
      null,
    ]) {
      expect(drawForClass(c)).toBe('disputed');
    }
  });
});

describe('claimLineStyle', () => {
  it('draws the line as each party classes it', () => {
    expect(claimLineStyle(line, 'aa', parties)).toEqual({ draw: 'boundary' });
    expect(claimLineStyle(line, 'bb', parties)).toEqual({ draw: 'hidden' });
    // No Natural Earth point of view: a claim stays a dashed claim.
    expect(claimLineStyle(line, 'cc', parties)).toEqual({ draw: 'disputed' });
  });

  it('draws every line dashed in the all-sides view, labelled by whose claim it is', () => {
    expect(claimLineStyle(line, ALL_SIDES, parties)).toEqual({
      draw: 'disputed',
      label: 'Border claimed by Land A',
    });
    expect(
      claimLineStyle({ ...line, claimants: ['aa', 'bb', 'cc'] }, ALL_SIDES, parties).label,
    ).toBe('Border claimed by Land A, Land B and Land C');
    expect(claimLineStyle({ ...line, claimants: [] }, ALL_SIDES, parties).label).toBe('A claim');
  });

  it('says whose view is shown', () => {
    expect(bordersCaption('aa', parties)).toContain('Land A');
    expect(bordersCaption('aa', parties)).toContain('AA');
    expect(bordersCaption('cc', parties)).toContain('no Natural Earth point of view');
    expect(bordersCaption(ALL_SIDES, parties)).toContain('every side');
  });

  it('recognises the properties the build writes', () => {
    expect(isClaimLineProperties(line)).toBe(true);
    expect(isClaimLineProperties({ ...line, classes: { aa: 3 } })).toBe(false);
  });
});

describe('readClaimLines', () => {
  it('keeps the lines with the build’s properties and leaves out anything else', () => {
    const good = {
      type: 'Feature',
      properties: line,
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
    };
    expect(readClaimLines({ features: [good, { ...good, properties: {} }, null, 3] })).toEqual([
      good,
    ]);
    expect(readClaimLines(null)).toEqual([]);
    expect(readClaimLines({ features: 'x' })).toEqual([]);
  });
});
