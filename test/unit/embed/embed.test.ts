import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../../src/core/embed/embed-snippet';
import {
  formatHeightMessage,
  HEIGHT_MESSAGE_TYPE,
  parseHeightMessage,
} from '../../../src/core/embed/height-message';

describe('height message', () => {
  it('formats a content height, rounded up, and parses it back', () => {
    expect(formatHeightMessage(612.2)).toEqual({ type: 'article-map:height', height: 613 });
    expect(parseHeightMessage(formatHeightMessage(612.2))).toBe(613);
  });

  it('formats nothing for heights that are not usable', () => {
    for (const h of [Number.NaN, Infinity, -5, 0, 99, 10_001])
      expect(formatHeightMessage(h)).toBeNull();
  });

  it('refuses anything but a well-formed message', () => {
    const bad: unknown[] = [
      null,
      undefined,
      'article-map:height',
      JSON.stringify({ type: HEIGHT_MESSAGE_TYPE, height: 400 }),
      [HEIGHT_MESSAGE_TYPE, 400],
      { type: 'other', height: 400 },
      { type: HEIGHT_MESSAGE_TYPE },
      { type: HEIGHT_MESSAGE_TYPE, height: '400' },
      { type: HEIGHT_MESSAGE_TYPE, height: 400.5 },
      { type: HEIGHT_MESSAGE_TYPE, height: 1e9 },
      { type: HEIGHT_MESSAGE_TYPE, height: -400 },
      { type: HEIGHT_MESSAGE_TYPE, height: Number.NaN },
      {
        type: HEIGHT_MESSAGE_TYPE,
        get height(): number {
          throw new Error('hostile getter');
        },
      },
    ];
    for (const data of bad) expect(parseHeightMessage(data)).toBeNull();
  });

  it('never throws and only ever gives a whole height in range (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const height = parseHeightMessage(data);
        if (height !== null) {
          expect(Number.isInteger(height)).toBe(true);
          expect(height).toBeGreaterThanOrEqual(100);
          expect(height).toBeLessThanOrEqual(10_000);
        }
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 100, max: 9999, noNaN: true }), (h) => {
        expect(parseHeightMessage(formatHeightMessage(h))).toBe(Math.ceil(h));
      }),
    );
  });
});

describe('embedSnippet', () => {
  it('gives a full-width, lazy, fullscreen-capable iframe with a title and a fixed height', () => {
    const snippet = embedSnippet({
      src: 'https://maps.example/#map=5/45/147&embed=1',
      title: 'Map: the Kurils',
    });
    expect(snippet).toBe(
      '<iframe src="https://maps.example/#map=5/45/147&amp;embed=1" title="Map: the Kurils" width="100%" height="480"' +
        ' style="border:0;width:100%;max-width:100%" loading="lazy" allowfullscreen data-article-map></iframe>',
    );
  });

  it('adds the host script when asked, and escapes every value', () => {
    const snippet = embedSnippet({
      src: 'https://x.example/"><script>alert(1)</script>',
      title: '"><img src=x onerror=alert(1)>',
      height: 1e9,
      scriptSrc: 'https://x.example/embed.js',
    });
    expect(snippet).not.toMatch(/<script>|<img/);
    expect(snippet).toContain('height="2000"');
    expect(snippet.endsWith('\n<script src="https://x.example/embed.js" async></script>')).toBe(
      true,
    );
  });
});

/** Runs public/embed.js against a fake page with the given iframes. */
function hostPage(frames: { src: string; window: object }[], runs = 1) {
  const listeners: ((event: unknown) => void)[] = [];
  const iframes = frames.map((f) => {
    const attributes: Record<string, string> = {};
    return {
      src: f.src,
      contentWindow: f.window,
      style: { height: '' },
      setAttribute: (name: string, value: string) => (attributes[name] = value),
      attributes,
    };
  });
  const window: Record<string, unknown> = {
    addEventListener: (type: string, listener: (event: unknown) => void) => {
      if (type === 'message') listeners.push(listener);
    },
  };
  const document = {
    baseURI: 'https://news.example/story',
    querySelectorAll: (selector: string) =>
      selector === 'iframe[data-article-map]' ? iframes : [],
  };
  const sandbox = { window, document, URL };
  for (let i = 0; i < runs; i++) runInNewContext(readFileSync('public/embed.js', 'utf8'), sandbox);
  const post = (event: object): void => listeners.forEach((l) => l(event));
  return { iframes, post, listeners };
}

describe('public/embed.js', () => {
  const a = {};
  const b = {};
  const message = { type: 'article-map:height', height: 640 };

  it('sizes the iframe the message came from, with several on the page', () => {
    const page = hostPage([
      { src: 'https://maps.example/#embed=1', window: a },
      { src: 'https://maps.example/other/#embed=1', window: b },
    ]);
    page.post({ data: message, source: b, origin: 'https://maps.example' });
    expect(page.iframes[1]!.style.height).toBe('640px');
    expect(page.iframes[0]!.style.height).toBe('');
    page.post({ data: { ...message, height: 300 }, source: a, origin: 'https://maps.example' });
    expect(page.iframes[0]!.style.height).toBe('300px');
  });

  it('ignores messages from other windows, other origins, and malformed ones', () => {
    const page = hostPage([{ src: 'https://maps.example/#embed=1', window: a }]);
    page.post({ data: message, source: {}, origin: 'https://maps.example' });
    page.post({ data: message, source: a, origin: 'https://evil.example' });
    page.post({ data: { ...message, height: 'tall' }, source: a, origin: 'https://maps.example' });
    page.post({ data: message, source: null, origin: 'https://maps.example' });
    expect(page.iframes[0]!.style.height).toBe('');
  });

  it('listens once even when included twice', () => {
    const page = hostPage([{ src: 'https://maps.example/', window: a }], 2);
    expect(page.listeners).toHaveLength(1);
  });
});
