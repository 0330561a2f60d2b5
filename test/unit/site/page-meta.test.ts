import { createHash } from 'node:crypto';
import { CONTENT_SECURITY_POLICY } from '../../../vite.config';
import { FIRST_VIEW_SCRIPT } from '../../../src/core/site/first-view-script';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlaceCollection } from '../../../src/core/article/places';
import {
  articlePageMeta,
  clipText,
  DESCRIPTION_LENGTH,
  placePageMeta,
} from '../../../src/core/site/page-meta';
import { escapeHtml, renderAppPage, siteHref } from '../../../src/core/site/page-html';

const kurils = JSON.parse(
  readFileSync('geodata/kurils-2019/places.geojson', 'utf8'),
) as PlaceCollection;
const place = (id: string) => kurils.features.find((f) => f.id === id)!;

describe('page meta', () => {
  it('gives a place page every side’s names, a passage word for word and the source', () => {
    const meta = placePageMeta('kurils-2019', kurils, place('iturup'), 'previews/x.png');
    expect(meta.title).toBe(`Iturup / Etorofu — ${kurils.article.title}`);
    expect(meta.path).toBe('kurils-2019/iturup/');
    expect(meta.description).toContain('Russia: Итуруп (Iturup)');
    expect(meta.description).toContain('Japan: 択捉島 (Etorofu)');
    expect(meta.description).toMatch(/— Pakistan Point News \/ Sputnik, 23 November 2019$/);
    expect(meta.description.length).toBeLessThanOrEqual(DESCRIPTION_LENGTH);
    // The quoted part is the start of the place's first passage (shortened, not changed).
    const quoted = /“([^”]*?)…?”/.exec(meta.description)![1]!;
    expect(place('iturup').properties.passages[0]!.text.startsWith(quoted)).toBe(true);
  });

  it('names the article and all its places on its page', () => {
    const meta = articlePageMeta('kurils-2019', kurils, null);
    expect(meta.path).toBe('kurils-2019/');
    expect(meta.description).toContain(kurils.article.title);
    expect(meta.description.length).toBeLessThanOrEqual(DESCRIPTION_LENGTH);
  });

  it('clips at a word, never past the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 10, max: 300 }), (t, max) => {
        const clipped = clipText(t, max);
        expect(clipped.length).toBeLessThanOrEqual(max);
      }),
    );
  });
});

describe('page HTML', () => {
  const template = `<!doctype html><html><head><title>x</title>
    <meta name="description" content="old" />
    <meta property="og:title" content="old" />
    <link rel="icon" href="favicon.svg" />
    <script type="module" src="./assets/a.js"></script>
  </head><body><a href="#skip">s</a><a href="https://x.test/">x</a></body></html>`;

  it('moves relative links up to the root and replaces the head, escaping data', () => {
    const meta = {
      title: 'A <b>"bold"</b> & title',
      description: '<script>alert(1)</script>',
      path: 'kurils-2019/iturup/',
      image: 'previews/kurils-2019/iturup.png',
      imageAlt: 'alt',
    };
    const html = renderAppPage(template, meta, { siteUrl: null });
    expect(html).toContain('<title>A &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &amp; title</title>');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('href="../../favicon.svg"');
    expect(html).toContain('src="../../assets/a.js"');
    expect(html).toContain('href="#skip"');
    expect(html).toContain('href="https://x.test/"');
    expect(html).not.toContain('content="old"');
    expect(html).toContain('<link rel="canonical" href="../../kurils-2019/iturup/" />');
    const absolute = renderAppPage(template, meta, { siteUrl: 'https://example.org/maps/' });
    expect(absolute).toContain(
      '<meta property="og:image" content="https://example.org/maps/previews/kurils-2019/iturup.png" />',
    );
  });

  it('preloads the first view’s data from the page’s own folder', () => {
    const meta = { title: 't', description: 'd', path: 'a/b/', image: null, imageAlt: '' };
    const html = renderAppPage(
      '<html><head><title>x</title></head></html>',
      meta,
      {
        siteUrl: null,
      },
      ['geodata/a/places.geojson', 'assets/w "1".json'],
    );
    expect(html).toContain(
      '<link rel="preload" href="../../geodata/a/places.geojson" as="fetch" crossorigin="anonymous" />',
    );
    expect(html).toContain('href="../../assets/w &quot;1&quot;.json"');
    expect(html.indexOf('rel="preload"')).toBeLessThan(html.indexOf('</head>'));
  });

  it('writes the article’s heading and byline into the page, escaped', () => {
    const meta = { title: 't', description: 'd', path: '', image: null, imageAlt: '' };
    const template =
      '<html><head><title>x</title></head><body><h1 id="article-title" data-i18n="page.loading">Loading…</h1>\n  <p id="article-byline" class="byline"></p></body></html>';
    const html = renderAppPage(template, meta, { siteUrl: null }, [], {
      title: 'A <b> & "c"',
      byline: 'Source, 1 March 2019',
    });
    expect(html).toContain('<h1 id="article-title" lang="en">A &lt;b&gt; &amp; &quot;c&quot;</h1>');
    expect(html).toContain('<p id="article-byline" class="byline">Source, 1 March 2019</p>');
    expect(html).not.toContain('Loading…');
  });

  it('puts the painted first view and its script in the map’s element', () => {
    const meta = { title: 't', description: 'd', path: 'kurils-2019/', image: null, imageAlt: '' };
    const template =
      '<html><head><title>x</title></head><body><div\n  id="map"\n  class="map"\n></div></body></html>';
    const painted = '<svg class="first-view"><text>$& $1 a</text></svg>';
    const html = renderAppPage(template, meta, { siteUrl: null }, [], undefined, painted);
    // The markup is written as given (a `$&` in a name is not a replacement pattern).
    expect(html).toMatch(
      /<div\n {2}id="map"\n {2}class="map"\n>\s*<svg class="first-view"><text>\$& \$1 a<\/text><\/svg>\s*<script>[^\n]*<\/script><\/div>/,
    );
    // The script is the one the page's Content-Security-Policy allows by its hash.
    expect(html).toContain(`<script>${FIRST_VIEW_SCRIPT}</script>`);
    const hash = createHash('sha256').update(FIRST_VIEW_SCRIPT).digest('base64');
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(renderAppPage(template, meta, { siteUrl: null })).not.toContain('first-view');
    expect(() =>
      renderAppPage(
        '<html><head><title>x</title></head></html>',
        meta,
        { siteUrl: null },
        [],
        undefined,
        painted,
      ),
    ).toThrow(/id="map"/);
  });

  it('refuses a template without a title or a head', () => {
    const meta = { title: 't', description: 'd', path: '', image: null, imageAlt: '' };
    expect(() => renderAppPage('<html><body></body></html>', meta, { siteUrl: null })).toThrow();
  });

  it('writes addresses that resolve to the page named, from any page', () => {
    expect(siteHref('', '', { siteUrl: null })).toBe('./');
    expect(siteHref('a/', 'b/c/', { siteUrl: null })).toBe('../../a/');
    expect(escapeHtml(`<'&">`)).toBe('&lt;&#39;&amp;&quot;&gt;');
  });
});
