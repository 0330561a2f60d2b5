/** utf8Length (byte-size.ts) counts what TextEncoder writes, without writing it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../../src/core/geojson/byte-size';

const encoded = (text: string): number => new TextEncoder().encode(text).length;

describe('utf8Length', () => {
  it('is the length TextEncoder gives, for any text (lone surrogates written as U+FFFD)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme-ascii' }),
      // ASCII first, then anything: the count goes on from the first character beyond ASCII.
      fc
        .tuple(fc.string({ unit: 'grapheme-ascii' }), fc.string({ unit: 'binary' }))
        .map(([a, b]) => a + b),
      fc.array(fc.integer({ min: 0, max: 0xffff })).map((codes) => String.fromCharCode(...codes)),
    );
    fc.assert(
      fc.property(text, (value) => {
        expect(utf8Length(value)).toBe(encoded(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('counts each kind of character', () => {
    expect(utf8Length('')).toBe(0);
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('aé')).toBe(3);
    expect(utf8Length('a東')).toBe(4);
    expect(utf8Length('a😀')).toBe(5);
    expect(utf8Length('a\ud800b')).toBe(5);
    expect(utf8Length('\u007f\u0080')).toBe(3);
  });
});
