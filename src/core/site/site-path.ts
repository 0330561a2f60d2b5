/**
 * The site's addresses (issue 12): `<root>/` lists the articles, `<root>/<slug>/` is an
 * article's map and `<root>/<slug>/<place>/` the same map opened on a place, a path a
 * crawler reads (it ignores `#…`). The app's own state stays in the hash, as before.
 * Pure: the shell passes `location.pathname` and the site root's path.
 */

/** A slug or place id that can be a path segment: lower-case letters, digits, single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The article that links made before the site had a page per article open: they named
 * no article (`/#map=…`, `?article=` absent) and this was the only one.
 */
export const FIRST_ARTICLE = 'kurils-2019';

export interface SitePath {
  /** The article's folder name, or null at the root (and for a path that is not ours). */
  slug: string | null;
  /** A place id from `<slug>/<place>/`, or null. */
  place: string | null;
}

const NOWHERE: SitePath = { slug: null, place: null };

/**
 * Reads the article and place a page's path names below the site's root path (both
 * absolute paths; `root` ends with '/'). `index.html` at the end and a missing trailing
 * slash are accepted; anything else (other segments, bad escapes, a path outside the
 * root) names nothing, so the caller falls back to its default.
 */
export function readSitePath(pathname: string, root: string): SitePath {
  if (typeof pathname !== 'string' || typeof root !== 'string' || !pathname.startsWith(root)) {
    return NOWHERE;
  }
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(root.length));
  } catch {
    return NOWHERE;
  }
  const segments = rest.replace(/(^|\/)index\.html$/, '').split('/');
  if (segments.at(-1) === '') segments.pop();
  if (segments.length === 0 || segments.length > 2 || !segments.every((s) => SLUG.test(s))) {
    return NOWHERE;
  }
  return { slug: segments[0] ?? null, place: segments[1] ?? null };
}

/** The path of an article's page below the root: `kurils-2019/`. */
export function articlePath(slug: string): string {
  return `${slug}/`;
}

/**
 * The path of a place's page below the root, `kurils-2019/iturup/`; the article's page for
 * an id that cannot be a path segment (its hash still names the place).
 */
export function placePath(slug: string, place: string | null): string {
  return place !== null && SLUG.test(place) ? `${slug}/${place}/` : articlePath(slug);
}
