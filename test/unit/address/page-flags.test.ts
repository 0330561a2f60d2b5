import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FLAGS,
  formatFlags,
  isDefaultFlags,
  parseFlags,
  type PageFlags,
} from '../../../src/core/address/page-flags';
import { formatState, parseState } from '../../../src/core/address/url-state';

describe('parseFlags', () => {
  it('gives the defaults for an address without flags', () => {
    expect(parseFlags('')).toEqual(DEFAULT_FLAGS);
    expect(parseFlags('#map=5/45/147&place=iturup')).toEqual(DEFAULT_FLAGS);
  });

  it.each([
    ['#theme=dark', { theme: 'dark' }],
    ['#theme=light', { theme: 'light' }],
    ['#theme=auto', { theme: 'auto' }],
    ['#static=1', { static: true }],
    ['#static=0', { static: false }],
    ['#inset=0', { inset: false }],
    ['#scalebar=0', { scaleBar: false }],
    [
      'map=3/40/100&embed=1&theme=dark&static=1&inset=0&scalebar=0',
      {
        theme: 'dark',
        static: true,
        inset: false,
        scaleBar: false,
      },
    ],
  ] as const)('reads %s', (hash, expected) => {
    expect(parseFlags(hash)).toEqual({ ...DEFAULT_FLAGS, ...expected });
  });

  it.each([
    '#theme=blue',
    '#theme=DARK',
    '#theme=',
    '#static=yes',
    '#static=true',
    '#inset=off',
    '#scalebar=2',
    '#theme',
    '#static',
  ])('ignores the malformed %s', (hash) => {
    expect(parseFlags(hash)).toEqual(DEFAULT_FLAGS);
  });

  it('lets the first of a repeated key win, even when malformed', () => {
    expect(parseFlags('#theme=dark&theme=light').theme).toBe('dark');
    expect(parseFlags('#theme=blue&theme=dark').theme).toBe('auto');
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const flags = parseFlags(text);
        expect(['light', 'dark', 'auto']).toContain(flags.theme);
        expect(typeof flags.static).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

const flagsArb: fc.Arbitrary<PageFlags> = fc.record({
  theme: fc.constantFrom('light' as const, 'dark' as const, 'auto' as const),
  static: fc.boolean(),
  inset: fc.boolean(),
  scaleBar: fc.boolean(),
});

describe('formatFlags', () => {
  it('writes nothing for the defaults', () => {
    expect(formatFlags(DEFAULT_FLAGS)).toEqual([]);
    expect(isDefaultFlags({ ...DEFAULT_FLAGS })).toBe(true);
  });

  it('writes only what differs, and parseFlags reads it back', () => {
    fc.assert(
      fc.property(flagsArb, (flags) => {
        const parts = formatFlags(flags);
        expect(parseFlags(`#${parts.join('&')}`)).toEqual(flags);
        expect(parts.length === 0).toBe(isDefaultFlags(flags));
      }),
    );
  });
});

describe('flags in the whole address (url-state)', () => {
  it('are read by parseState only when one differs from its default', () => {
    expect(parseState('#map=3/40/100').flags).toBeUndefined();
    expect(parseState('#theme=auto&static=0').flags).toBeUndefined();
    expect(parseState('#map=3/40/100&embed=1&static=1&theme=dark').flags).toEqual({
      ...DEFAULT_FLAGS,
      static: true,
      theme: 'dark',
    });
  });

  it('survive formatState and parseState, after the other keys', () => {
    const hash = formatState({
      ...parseState('#embed=1'),
      flags: { theme: 'dark', static: true, inset: false, scaleBar: false },
    });
    expect(hash).toBe('#embed=1&theme=dark&static=1&inset=0&scalebar=0');
    expect(parseState(hash).flags).toEqual({
      theme: 'dark',
      static: true,
      inset: false,
      scaleBar: false,
    });
  });
});
