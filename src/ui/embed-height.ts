/**
 * In embed mode, tells the host page how tall the map's page is, whenever that
 * changes, so public/embed.js can size the iframe (core/embed/height-message.ts).
 * Does nothing outside an iframe.
 */
import { formatHeightMessage } from '../core/embed/height-message';

/** Starts posting the height of `content` (default: the whole document) to the parent; returns a stop function. */
export function reportEmbedHeight(content: HTMLElement = document.documentElement): () => void {
  if (window.parent === window) return () => {};
  let last = -1;
  const post = (): void => {
    const message = formatHeightMessage(content.scrollHeight);
    if (!message || message.height === last) return;
    last = message.height;
    // Any origin: the height is not a secret, and the host page's origin is unknown here.
    window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(content);
  post();
  return () => observer.disconnect();
}
