import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickProperties } from '../../../src/core/geojson/pick-properties';

describe('pickProperties', () => {
  it('takes the first rows of 150,000 properties and counts the rest', () => {
    const properties: Record<string, unknown> = {};
    for (let i = 0; i < 150_000; i += 1) properties[`k${i}`] = i;
    const { rows, more } = pickProperties(properties, 300);
    expect(rows.length).toBe(300);
    expect(rows[0]).toEqual(['k0', 0]);
    expect(more).toBe(149_700);
  });

  it('leaves out skipped keys from both the rows and the count', () => {
    expect(pickProperties({ a: 1, passages: [], b: 2 }, 1, ['passages'])).toEqual({
      rows: [['a', 1]],
      more: 1,
    });
    expect(pickProperties(null)).toEqual({ rows: [], more: 0 });
  });

  it('rows + more is every key, for any object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.nat(20), (props, max) => {
        const { rows, more } = pickProperties(props, max);
        expect(rows.length + more).toBe(Object.keys(props).length);
        expect(rows.length).toBeLessThanOrEqual(max);
      }),
    );
  });
});
