/** The command line of `npm run new-article` and the article text it writes. */
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../src/core/article/article';
import {
  isIsoDate,
  normaliseArticleText,
  parseNewArticleArgs,
  UsageError,
} from '../../../scripts/new-article-args';

const good = ['my-story-2024', '--text', 'a.txt', '--title', 'T', '--source', 'S'];

describe('parseNewArticleArgs', () => {
  it('reads a full command', () => {
    expect(
      parseNewArticleArgs([...good, '--date', '2024-02-29', '--url', 'https://example.org/a']),
    ).toEqual({
      slug: 'my-story-2024',
      text: 'a.txt',
      title: 'T',
      source: 'S',
      date: '2024-02-29',
      url: 'https://example.org/a',
      force: false,
      geodata: undefined,
    });
    expect(parseNewArticleArgs(['--help'])).toBe('help');
  });

  it.each([
    [[...good, '--date', '2024-01-01', '--titel', 'x'], /Unknown option '--titel'$/],
    [['--text', 'a.txt'], /missing SLUG/],
    [['My_Story', ...good.slice(1), '--date', '2024-01-01'], /bad SLUG "My_Story"/],
    [['a--b', ...good.slice(1), '--date', '2024-01-01'], /bad SLUG/],
    [['a', 'b', ...good.slice(1), '--date', '2024-01-01'], /one SLUG expected/],
    [good, /missing --date/],
    [[...good, '--date', '2023-02-29'], /bad --date "2023-02-29"/],
    [[...good, '--date', '29/02/2024'], /bad --date/],
    [['s', '--title', 'T', '--source', 'S', '--date', '2024-01-01'], /missing --text/],
    [[...good, '--date', '2024-01-01', '--title', ' '], /--title is empty/],
    [[...good, '--date', '2024-01-01', '--url', 'ftp://x'], /bad --url/],
    [[...good, '--date', '2024-01-01', '--force', 'yes'], /one SLUG expected/],
  ])('refuses %j', (args, message) => {
    expect(() => parseNewArticleArgs(args)).toThrow(UsageError);
    expect(() => parseNewArticleArgs(args)).toThrow(message);
  });
});

describe('isIsoDate', () => {
  it('takes calendar dates only', () => {
    expect(isIsoDate('2019-11-23')).toBe(true);
    expect(isIsoDate('2019-13-01')).toBe(false);
    expect(isIsoDate('2019-11-31')).toBe(false);
    expect(isIsoDate('2019-1-1')).toBe(false);
  });
});

describe('normaliseArticleText', () => {
  it('gives one line per paragraph, blank lines between, \\n endings and a final newline', () => {
    const text = '\uFEFFTitle\r\n\r\n\r\nFirst line\r\nwrapped here.\r\n  \r\nLast.';
    const normal = normaliseArticleText(text);
    expect(normal).toBe('Title\n\nFirst line wrapped here.\n\nLast.\n');
    expect(splitParagraphs(normal)).toEqual(['Title', 'First line wrapped here.', 'Last.']);
    expect(normaliseArticleText(normal)).toBe(normal);
  });
});
