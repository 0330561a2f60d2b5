import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readableValue } from '../../../src/core/geojson/readable-value';

describe('readableValue', () => {
  it('keeps text, numbers, booleans and null as they read', () => {
    expect(readableValue('Iturup')).toEqual({ kind: 'text', text: 'Iturup' });
    expect(readableValue(3.5)).toEqual({ kind: 'text', text: '3.5' });
    expect(readableValue(false)).toEqual({ kind: 'text', text: 'false' });
    expect(readableValue(null)).toEqual({ kind: 'text', text: 'null' });
  });

  it('reads a list of plain values as one line, and counts what it cuts', () => {
    expect(readableValue(['ru', 'ja'])).toEqual({ kind: 'text', text: 'ru, ja' });
    expect(readableValue([1, 2, 3, 4], { maxItems: 2 })).toEqual({
      kind: 'text',
      text: '1, 2, … (2 more)',
    });
    expect(readableValue([])).toEqual({ kind: 'text', text: '(none)' });
  });

  it('reads an object as pairs and a list of objects as a list', () => {
    expect(readableValue({ party: 'ja', since: 1945 })).toEqual({
      kind: 'pairs',
      pairs: [
        ['party', { kind: 'text', text: 'ja' }],
        ['since', { kind: 'text', text: '1945' }],
      ],
      more: 0,
    });
    const list = readableValue([{ paragraph: 3 }, 'x']);
    expect(list.kind).toBe('list');
    expect(list).toMatchObject({ items: [{ kind: 'pairs' }, { kind: 'text', text: 'x' }] });
    expect(readableValue({})).toEqual({ kind: 'text', text: '(empty)' });
  });

  it('keeps a __proto__ key as data', () => {
    const parsed = JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown;
    expect(readableValue(parsed)).toEqual({
      kind: 'pairs',
      pairs: [
        [
          '__proto__',
          { kind: 'pairs', pairs: [['polluted', { kind: 'text', text: 'yes' }]], more: 0 },
        ],
      ],
      more: 0,
    });
  });

  it('writes compact JSON below the depth it shows', () => {
    expect(readableValue({ a: { b: { c: [1] } } })).toEqual({
      kind: 'pairs',
      pairs: [
        ['a', { kind: 'pairs', pairs: [['b', { kind: 'text', text: '{"c":[1]}' }]], more: 0 }],
      ],
      more: 0,
    });
  });

  it('never throws and stays within its limits for any JSON', () => {
    const size = (v: ReturnType<typeof readableValue>, level = 0): number => {
      expect(level).toBeLessThanOrEqual(2);
      if (v.kind === 'text') return 1;
      const children = v.kind === 'list' ? v.items : v.pairs.map(([, x]) => x);
      expect(children.length).toBeLessThanOrEqual(20);
      return children.reduce((n, c) => n + size(c, level + 1), 1);
    };
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(size(readableValue(value))).toBeLessThanOrEqual(1 + 20 + 400);
      }),
      { numRuns: 1000 },
    );
  });
});
