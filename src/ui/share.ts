/**
 * Sharing: "Copy link" copies the current address (Clipboard API, or the link
 * shown selected when the browser refuses), and "Embed" shows an `<iframe>`
 * snippet of the current view in embed mode.
 */
import { formatState } from '../core/address/url-state';
import { embedSnippet } from '../core/embed/embed-snippet';
import { placePath } from '../core/site/site-path';
import { toMapState, type AppState } from '../core/state/app-state';
import type { Store } from '../core/state/store';
import { shareMarkup } from '../core/views/share-markup';
import { tr } from './i18n';
import { byId } from './load';
import { refOf, renderMarkup } from './render-markup';

export interface ShareOptions {
  /** The address to share, as it is now. */
  link: () => string;
  /** The same view in embed mode. */
  embedLink: () => string;
  /** A title for the iframe (screen readers announce it). */
  title: () => string;
  /** public/embed.js's address, at the site's root. */
  embedScript: () => string;
}

/** Copies `text`; false when the browser gives no clipboard (insecure context, denied). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The snippet for `src`: a full-width iframe with a working height of its own,
 * `allowfullscreen`, and public/embed.js (`scriptSrc`, at the site's root), which sizes it
 * to the map.
 */
export function embedCode(src: string, title: string, scriptSrc: string): string {
  return embedSnippet({ src, title, scriptSrc });
}

/** Builds the share controls in `container` (core/views/share-markup.ts's elements). */
export function renderShare(container: HTMLElement, options: ShareOptions): void {
  const rendered = renderMarkup(shareMarkup(tr()));
  const copy = refOf(rendered, 'copy');
  const embed = refOf(rendered, 'embed');
  const status = refOf(rendered, 'status');
  const fallback = refOf<HTMLInputElement>(rendered, 'fallback');
  const code = refOf<HTMLTextAreaElement>(rendered, 'code');
  const copyCode = refOf(rendered, 'copyCode');
  const panel = refOf(rendered, 'panel');

  copy.addEventListener('click', async () => {
    const link = options.link();
    if (await copyText(link)) {
      fallback.hidden = true;
      status.textContent = tr().t('share.linkCopied');
    } else {
      fallback.value = link;
      fallback.hidden = false;
      fallback.focus();
      fallback.select();
      status.textContent = tr().t('share.copyLinkByHand');
    }
  });
  embed.addEventListener('click', () => {
    const open = panel.hidden;
    panel.hidden = !open;
    embed.setAttribute('aria-expanded', String(open));
    if (open) code.value = embedCode(options.embedLink(), options.title(), options.embedScript());
  });
  copyCode.addEventListener('click', async () => {
    code.value = embedCode(options.embedLink(), options.title(), options.embedScript());
    if (await copyText(code.value)) status.textContent = tr().t('share.codeCopied');
    else {
      code.focus();
      code.select();
      status.textContent = tr().t('share.copyCodeByHand');
    }
  });
  container.replaceChildren(...rendered.nodes);
}

/** Where the site is and which article this page shows, for links in the site's own form. */
export interface SiteLinks {
  /** The site's root address, ending in '/'. */
  root: string;
  slug: string;
}

/**
 * Share, embed and "Open full map" links: the address of the state as it is when used. A
 * shared link is the page of the open place (`<root>/<slug>/<place>/`, whose preview shows
 * that place) or of the article, with the hash that restores exactly what was seen.
 */
export function bindLinks(store: Store, title: () => string, site: SiteLinks): void {
  // A place's page is one of the page's article: a place of opened data is in the hash only.
  const linkTo = (s: AppState): string =>
    site.root + placePath(site.slug, s.data ? null : s.place) + formatState(toMapState(s));
  const share = (): void =>
    renderShare(byId('share'), {
      link: () => linkTo(store.get()),
      embedLink: () => linkTo({ ...store.get(), embed: true }),
      title: () => tr().t('share.embedTitle', { article: title() }),
      embedScript: () => `${site.root}embed.js`,
    });
  share();
  store.subscribe((next, prev) => {
    if (next.lang !== prev.lang) share();
  });
  const fullMap = byId<HTMLAnchorElement>('full-map-link');
  const update = (): void => void (fullMap.href = linkTo({ ...store.get(), embed: false }));
  update();
  store.subscribe(update);
}
