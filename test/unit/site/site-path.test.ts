import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placePath, readSitePath, SLUG } from '../../../src/core/site/site-path';

describe('readSitePath', () => {
  it('reads the article and the place below the root, with or without a trailing slash', () => {
    expect(readSitePath('/', '/')).toEqual({ slug: null, place: null });
    expect(readSitePath('/kurils-2019/', '/')).toEqual({ slug: 'kurils-2019', place: null });
    expect(readSitePath('/kurils-2019', '/')).toEqual({ slug: 'kurils-2019', place: null });
    expect(readSitePath('/kurils-2019/index.html', '/')).toEqual({
      slug: 'kurils-2019',
      place: null,
    });
    expect(readSitePath('/maps/kurils-2019/iturup/', '/maps/')).toEqual({
      slug: 'kurils-2019',
      place: 'iturup',
    });
    expect(readSitePath('/maps/kurils-2019/iturup/index.html', '/maps/')).toEqual({
      slug: 'kurils-2019',
      place: 'iturup',
    });
  });

  it('names nothing for paths that are not an article or a place', () => {
    for (const path of [
      '/index.html',
      '/a/b/c/',
      '/Kurils/',
      '/kurils--2019/',
      '/%E0%A4%A/',
      '/../etc/',
      '/kurils-2019/<script>/',
      '/other/kurils-2019/',
    ]) {
      const root = path.startsWith('/other') ? '/maps/' : '/';
      expect(readSitePath(path, root), path).toEqual({ slug: null, place: null });
    }
  });

  it('never throws and only ever returns slugs, whatever the path', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('/', '/maps/'), (path, root) => {
        const { slug, place } = readSitePath(path, root);
        if (slug !== null) expect(SLUG.test(slug)).toBe(true);
        if (place !== null) expect(SLUG.test(place)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every place page path it writes', () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
    fc.assert(
      fc.property(slug, slug, (article, place) => {
        expect(readSitePath(`/maps/${placePath(article, place)}`, '/maps/')).toEqual({
          slug: article,
          place,
        });
      }),
    );
  });

  it('keeps a place id that cannot be a path segment out of the path', () => {
    expect(placePath('kurils-2019', 'Iturup Island')).toBe('kurils-2019/');
    expect(placePath('kurils-2019', null)).toBe('kurils-2019/');
  });
});
