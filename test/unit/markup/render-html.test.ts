/**
 * Markup as HTML (core/markup/render-html.ts): text and attribute values from anywhere stay
 * text (thousands of generated strings, hostile ones included), a tree renders to exactly
 * its elements, and names that could write markup or code are refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { h, textOf, type Markup } from '../../../src/core/markup/markup';
import { escapeHtml, renderHtml } from '../../../src/core/markup/render-html';

/** The five entities escapeHtml writes, read back. */
const decode = (html: string): string =>
  html.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => {
    const chars: Record<string, string> = { lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' };
    return chars[name] ?? '';
  });

const hostile = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    "' onmouseover='alert(1)",
    '&amp;&lt;',
    '</span></label>',
    '<!--',
  ),
);

const TAGS = ['div', 'span', 'p', 'label', 'button', 'strong', 'li'] as const;

/** Trees of ordinary elements with generated text and attribute values. */
const tree: fc.Arbitrary<Markup> = fc.letrec<{ node: Markup }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostile,
    fc
      .tuple(fc.constantFrom(...TAGS), hostile, fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, title, children]) => h(tag, { title }, ...children)),
  ),
})).node;

const elementsIn = (m: Markup): number =>
  typeof m === 'string' ? 0 : 1 + m.children.reduce((n, c) => n + elementsIn(c), 0);

describe('renderHtml', () => {
  it('writes any text as text: no markup character left, and it reads back the same', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const html = renderHtml(text);
        expect(html).not.toMatch(/[<>"']/);
        expect(decode(html)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps any attribute value inside its quotes, and the element whole', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (title, place, text) => {
        const html = renderHtml(h('button', { title, 'data-place': place }, text));
        const parts = /^<button title="([^"<>]*)" data-place="([^"<>]*)">([^<>]*)<\/button>$/.exec(
          html,
        );
        expect(parts).not.toBeNull();
        expect(parts?.slice(1).map(decode)).toEqual([title, place, text]);
      }),
      { numRuns: 1000 },
    );
  });

  it('renders a tree as exactly its elements, and its text as textContent reads it', () => {
    fc.assert(
      fc.property(tree, (markup) => {
        const html = renderHtml(markup);
        expect((html.match(/<[a-z]/g) ?? []).length).toBe(elementsIn(markup));
        expect((html.match(/<\//g) ?? []).length).toBe(elementsIn(markup));
        expect(decode(html.replace(/<[^>]*>/g, ''))).toBe(textOf(markup));
      }),
      { numRuns: 500 },
    );
  });

  it('writes true as a bare attribute, leaves false and undefined out, closes void elements', () => {
    const html = renderHtml(
      h('input', { type: 'radio', checked: true, hidden: false, title: undefined }),
    );
    expect(html).toBe('<input type="radio" checked />');
    expect(() => renderHtml({ tag: 'input', attrs: {}, children: ['x'] })).toThrow(/children/);
    expect(renderHtml([h('p', {}, 'a'), 'b & c'])).toBe('<p>a</p>b &amp; c');
  });

  it('refuses tag and attribute names that could write markup or run code', () => {
    for (const tag of ['script', 'style', 'img onerror=x', 'p>', '', 'A']) {
      expect(() => renderHtml({ tag, attrs: {}, children: [] }), tag).toThrow(/tag name/);
    }
    for (const name of ['onclick', 'onerror', 'x"y', 'a b', 'a=b', '']) {
      expect(() => renderHtml({ tag: 'p', attrs: { [name]: 'x' }, children: [] }), name).toThrow(
        /attribute name/,
      );
    }
    // The description's own ref is for the app: never written into the page.
    expect(renderHtml({ tag: 'p', attrs: {}, children: [], ref: 'x' })).toBe('<p></p>');
  });

  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<'&">`)).toBe('&lt;&#39;&amp;&quot;&gt;');
  });
});
