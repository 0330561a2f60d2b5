/**
 * The site's static pages as HTML text (issue 12): an article's or a place's page is the
 * built app's index.html with that page's head (title, description, canonical address,
 * Open Graph and Twitter tags) and its relative links moved up to the site's root; the
 * home page lists the articles. Every value from data is escaped here: no markup from
 * data reaches a page.
 */
import { escapeHtml } from '../markup/render-html';
import { FIRST_VIEW_SCRIPT } from './first-view-script';
import type { HomeWords } from './home-words';
import type { PageMeta } from './page-meta';

export { escapeHtml };

export interface SiteOptions {
  /**
   * The site's absolute address, ending in '/' (`https://maps.example.org/maps/`), for the
   * canonical address and the images crawlers fetch; null writes addresses relative to
   * each page, which browsers follow but some crawlers do not.
   */
  siteUrl: string | null;
}

/** The address of `path` (below the root) as written on a page at `from` (below the root). */
export function siteHref(path: string, from: string, { siteUrl }: SiteOptions): string {
  if (siteUrl !== null) return siteUrl + path;
  const up = '../'.repeat(from.split('/').filter((s) => s !== '').length);
  return up + path || './';
}

/** The head tags of a page, after its <title>. */
function headTags(meta: PageMeta, options: SiteOptions): string {
  const attr = (text: string) => escapeHtml(text);
  const href = (path: string) => attr(siteHref(path, meta.path, options));
  const lines = [
    `<meta name="description" content="${attr(meta.description)}" />`,
    `<link rel="canonical" href="${href(meta.path)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="article-map" />`,
    `<meta property="og:title" content="${attr(meta.title)}" />`,
    `<meta property="og:description" content="${attr(meta.description)}" />`,
    `<meta property="og:url" content="${href(meta.path)}" />`,
  ];
  if (meta.image !== null) {
    lines.push(
      `<meta property="og:image" content="${href(meta.image)}" />`,
      `<meta property="og:image:width" content="1200" />`,
      `<meta property="og:image:height" content="630" />`,
      `<meta property="og:image:alt" content="${attr(meta.imageAlt)}" />`,
      `<meta name="twitter:card" content="summary_large_image" />`,
      `<meta name="twitter:image" content="${href(meta.image)}" />`,
      `<meta name="twitter:image:alt" content="${attr(meta.imageAlt)}" />`,
    );
  } else lines.push(`<meta name="twitter:card" content="summary" />`);
  return lines.map((line) => `    ${line}`).join('\n');
}

// The built index.html's own description, canonical, Open Graph and Twitter tags.
const OWN_TAGS =
  /\s*<(?:meta\s+(?:name|property)="(?:description|og:[a-z_:]+|twitter:[a-z_:]+)"|link\s+rel="canonical")[^>]*>/g;

/**
 * The app's page for `meta`: `template` (the built index.html) with its title and head tags
 * replaced and every relative `href`/`src` moved up to the root. Throws when the template
 * lacks a <title> or </head>: a page without its head must not be published.
 */
/** What the first view shows of the article before the script runs: its heading and byline. */
export interface PageHeading {
  title: string;
  /** "Source, date" in English, as the app writes it before another language is chosen. */
  byline: string;
}

const HEADING = /<h1 id="article-title"[^>]*>[^<]*<\/h1>(\s*)<p id="article-byline"([^>]*)><\/p>/;

/** The opening tag of the map's element, where the painted first view goes. */
const MAP_ELEMENT = /<div\s+id="map"[^>]*>/;

export function renderAppPage(
  template: string,
  meta: PageMeta,
  options: SiteOptions,
  preload: readonly string[] = [],
  heading?: PageHeading,
  firstView = '',
): string {
  if (!/<title>[^<]*<\/title>/.test(template) || !template.includes('</head>')) {
    throw new Error('the page template has no <title> or no </head>');
  }
  if (firstView && !MAP_ELEMENT.test(template)) {
    throw new Error('the page template has no <div id="map"> for the first view');
  }
  const up = '../'.repeat(meta.path.split('/').filter((s) => s !== '').length);
  // The first view's data starts downloading with the HTML, not after the script has run.
  // `crossorigin` makes the preload match the app's fetch() (mode cors, same-origin credentials).
  const preloads = preload.map(
    (path) =>
      `\n    <link rel="preload" href="${escapeHtml(up + path)}" as="fetch" crossorigin="anonymous" />`,
  );
  // Links first, so the new tags' addresses (already written for this page) are left alone.
  return (
    template
      .replace(/\b(href|src)="(?!\/|#|[a-z][a-z0-9+.-]*:)(?:\.\/)?([^"]*)"/gi, (_, name, path) => {
        return `${name}="${up}${path}"`;
      })
      .replace(OWN_TAGS, '')
      .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(meta.title)}</title>`)
      .replace('</head>', () => `${headTags(meta, options)}${preloads.join('')}\n  </head>`)
      // The heading in the HTML: the page does not move when the script fills it in.
      .replace(HEADING, (whole, space: string, attrs: string) =>
        heading
          ? `<h1 id="article-title" lang="en">${escapeHtml(heading.title)}</h1>${space}<p id="article-byline"${attrs}>${escapeHtml(heading.byline)}</p>`
          : whole,
      )
      // The painted first view (core/render/first-view.ts), already escaped markup, and the
      // script that marks it drawn or removes it when the address asks for another view.
      .replace(MAP_ELEMENT, (tag) =>
        firstView
          ? `${tag}\n        ${firstView}\n        <script>${FIRST_VIEW_SCRIPT}</script>`
          : tag,
      )
  );
}

/**
 * `page` with `fills[id]` (markup already escaped, core/markup/render-html.ts) put at the end
 * of the element whose id is `id`, after what it holds (a label stays first): the app's
 * controls in the HTML, so the page has its final layout before the script runs. The
 * element must hold no element of its own kind (its first end tag is its own). Throws when
 * an id is not in the page: a control the build cannot place would move the page later.
 */
export function fillElements(page: string, fills: Readonly<Record<string, string>>): string {
  let out = page;
  for (const [id, html] of Object.entries(fills)) {
    if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new Error(`not an element id: ${JSON.stringify(id)}`);
    const element = new RegExp(`(<([a-z]+)\\b[^>]*\\sid="${id}"[^>]*>[\\s\\S]*?)(\\s*</\\2>)`);
    if (!element.test(out)) throw new Error(`the page has no element with id "${id}"`);
    out = out.replace(
      element,
      (_, open: string, _tag: string, close: string) => open + html + close,
    );
  }
  return out;
}

/**
 * `page` with the key's items for `keys` shown (their `hidden` dropped): the items of
 * index.html's `<ul id="legend">` the app shows for what the map draws (core/views/legend-keys.ts).
 */
export function showLegendItems(page: string, keys: ReadonlySet<string>): string {
  return page.replace(/<li data-legend="([a-z-]+)" hidden>/g, (item, key: string) =>
    keys.has(key) ? `<li data-legend="${key}">` : item,
  );
}

export interface HomeEntry {
  /** The article page's path below the root. */
  path: string;
  title: string;
  /** "Source, date". */
  source: string;
  /** The places: their labels (every side's name given) and their pages' paths. */
  places: { label: string; path: string }[];
  /** Its preview image's path below the root, or null. */
  image: string | null;
}

/**
 * The home page: every article, newest first as given, each with its picture, title,
 * source and date, and its places; `stylesheet` is the app's built CSS (below the root).
 * `defaultArticle` is where an old `/#…` link goes (public/home.js follows it).
 */
export function renderHomePage(
  entries: readonly HomeEntry[],
  meta: PageMeta,
  assets: { stylesheet: string; script: string; icon: string; csp: string },
  defaultArticle: string,
  options: SiteOptions,
  words: Readonly<Record<string, HomeWords>> = {},
): string {
  const e = escapeHtml;
  const items = entries.map((entry) => {
    const image = entry.image
      ? `<img src="${e(entry.image)}" width="600" height="315" alt="" loading="lazy" />`
      : '';
    const places = entry.places
      .map((place) => `<li><a href="${e(place.path)}">${e(place.label)}</a></li>`)
      .join('');
    return `      <li class="home-entry">
        <a class="home-link" href="${e(entry.path)}">${image}<h2>${e(entry.title)}</h2></a>
        <p class="byline">${e(entry.source)}</p>
        <ul class="home-places" aria-label="Places" data-home-label="places">${places}</ul>
      </li>`;
  });
  return `<!doctype html>
<html lang="en" data-default-article="${e(defaultArticle)}">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${e(assets.csp)}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${e(meta.title)}</title>
${headTags(meta, options)}
    <link rel="icon" href="${e(assets.icon)}" type="image/svg+xml" />
    <link rel="stylesheet" href="${e(assets.stylesheet)}" />
    <script src="${e(assets.script)}"></script>
  </head>
  <body class="home">
    <header class="masthead">
      <p class="app-name">article-map</p>
      <h1 data-home="title">${e(meta.title)}</h1>
      <p class="byline" data-home="description">${e(meta.description)}</p>
    </header>
    <script type="application/json" id="home-words">${jsonForScript(words)}</script>
    <main>
      <ul class="home-list">
${items.join('\n')}
      </ul>
    </main>
  </body>
</html>
`;
}

/**
 * JSON to sit inside a <script> element: `<` escaped, so no text in it can close the
 * element (`</script>`) or open a comment.
 */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
