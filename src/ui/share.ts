/**
 * Sharing: "Copy link" copies the current address (Clipboard API, or the link
 * shown selected when the browser refuses), and "Embed" shows an `<iframe>`
 * snippet of the current view in embed mode.
 */
import { formatState } from '../core/address/url-state';
import { embedSnippet } from '../core/embed/embed-snippet';
import { toMapState, type AppState } from '../core/state/app-state';
import type { Store } from '../core/state/store';
import { el } from './dom';
import { byId } from './load';

export interface ShareOptions {
  /** The address to share, as it is now. */
  link: () => string;
  /** The same view in embed mode. */
  embedLink: () => string;
  /** A title for the iframe (screen readers announce it). */
  title: () => string;
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
 * `allowfullscreen`, and public/embed.js (beside the page), which sizes it to the map.
 */
export function embedCode(src: string, title: string): string {
  const scriptSrc = new URL('embed.js', src).href;
  return embedSnippet({ src, title, scriptSrc });
}

/** Builds the share controls in `container`. */
export function renderShare(container: HTMLElement, options: ShareOptions): void {
  const status = el('span', { className: 'share-status', role: 'status' });
  const copy = el('button', { type: 'button', className: 'tool-button' }, 'Copy link');
  const embed = el(
    'button',
    {
      type: 'button',
      className: 'tool-button',
      'aria-expanded': 'false',
      'aria-controls': 'embed-panel',
    },
    'Embed',
  );
  const fallback = el('input', {
    type: 'text',
    readonly: '',
    className: 'share-fallback',
    'aria-label': 'Link to this map',
  });
  fallback.hidden = true;
  const code = el('textarea', {
    readonly: '',
    rows: '3',
    className: 'embed-code',
    'aria-label': 'Embed code',
  });
  const copyCode = el('button', { type: 'button', className: 'tool-button' }, 'Copy embed code');
  const panel = el(
    'div',
    { id: 'embed-panel', className: 'embed-panel' },
    el('p', {}, 'Paste this into a web page to show the map as it is now:'),
    code,
    copyCode,
  );
  panel.hidden = true;

  copy.addEventListener('click', async () => {
    const link = options.link();
    if (await copyText(link)) {
      fallback.hidden = true;
      status.textContent = 'Link copied.';
    } else {
      fallback.value = link;
      fallback.hidden = false;
      fallback.focus();
      fallback.select();
      status.textContent = 'Copy the selected link (Ctrl+C or ⌘C).';
    }
  });
  embed.addEventListener('click', () => {
    const open = panel.hidden;
    panel.hidden = !open;
    embed.setAttribute('aria-expanded', String(open));
    if (open) code.value = embedCode(options.embedLink(), options.title());
  });
  copyCode.addEventListener('click', async () => {
    code.value = embedCode(options.embedLink(), options.title());
    if (await copyText(code.value)) status.textContent = 'Embed code copied.';
    else {
      code.focus();
      code.select();
      status.textContent = 'Copy the selected code (Ctrl+C or ⌘C).';
    }
  });
  container.replaceChildren(copy, embed, status, fallback, panel);
}

/** Share, embed and "Open full map" links: the address of the state as it is when used. */
export function bindLinks(store: Store, title: string): void {
  const base = (): string => location.href.split('#')[0] ?? '';
  const linkTo = (s: AppState): string => base() + formatState(toMapState(s));
  renderShare(byId('share'), {
    link: () => linkTo(store.get()),
    embedLink: () => linkTo({ ...store.get(), embed: true }),
    title: () => `Map: ${title}`,
  });
  const fullMap = byId<HTMLAnchorElement>('full-map-link');
  const update = (): void => void (fullMap.href = linkTo({ ...store.get(), embed: false }));
  update();
  store.subscribe(update);
}
