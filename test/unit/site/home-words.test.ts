/**
 * The home page's words in each language, and how the page carries them for its script:
 * as JSON that no text can break out of.
 */
import { describe, expect, it } from 'vitest';
import { homeWords, homeWordsByLanguage } from '../../../src/core/site/home-words';
import { renderHomePage } from '../../../src/core/site/page-html';

describe('the home page words', () => {
  it('count the articles with each language’s plural forms', () => {
    const ru = [1, 2, 5, 21].map((n) => homeWords('ru', n).description);
    expect(ru.map((d) => /^Карты мест из \d+ \S+ \S+/.exec(d)?.[0])).toEqual([
      'Карты мест из 1 новостной статьи,',
      'Карты мест из 2 новостных статей,',
      'Карты мест из 5 новостных статей,',
      'Карты мест из 21 новостной статьи,',
    ]);
    expect(homeWords('en', 3).description).toMatch(/^Maps of the places in 3 news articles, /);
    expect(homeWords('ja', 3).description).toMatch(/^ニュース記事3本/);
    expect(homeWords('ru', 3).places).toBe('Места');
  });

  it('go into the page as JSON its script reads, escaped so nothing closes the script', () => {
    const words = homeWordsByLanguage(2);
    const html = renderHomePage(
      [],
      {
        title: words.en.title,
        description: words.en.description,
        path: '',
        image: null,
        imageAlt: '',
      },
      { stylesheet: 's.css', script: 'home.js', icon: 'i.svg', csp: "default-src 'self'" },
      'kurils-2019',
      { siteUrl: null },
      {
        ...words,
        xx: { title: '</script><script>alert(1)</script>', description: '', places: '' },
      },
    );
    const block = /<script type="application\/json" id="home-words">(.*?)<\/script>/s.exec(html);
    expect(block).not.toBeNull();
    const parsed = JSON.parse(block![1]!) as typeof words & { xx: { title: string } };
    expect(parsed.ru.title).toBe(words.ru.title);
    expect(parsed.xx.title).toBe('</script><script>alert(1)</script>');
    expect(html).toContain(
      '<h1 data-home="title">article-map: the places in the news, on a map</h1>',
    );
  });
});
