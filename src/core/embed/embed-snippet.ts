/**
 * The `<iframe>` snippet a news page pastes to embed the map: full width, a fixed
 * height that works without any script, `allowfullscreen`, lazy loading, a title for
 * screen readers, and (optionally) the host script public/embed.js, which then sizes
 * the iframe to its content. Attribute values are escaped: the title comes from data. Pure.
 */
import { escapeXml } from '../render/svg';

export interface EmbedSnippetOptions {
  /** The map's address in embed mode. */
  src: string;
  /** Names the iframe for screen readers, e.g. the article's title. */
  title: string;
  /** Height in px before (or without) the host script: 480 fits the map and a short list. */
  height?: number;
  /** Address of embed.js; when given, the snippet loads it so the iframe fits its content. */
  scriptSrc?: string;
}

/** Default height: a map a reader can use, with no script on the host page. */
export const EMBED_HEIGHT = 480;

/** The HTML to paste (one iframe, and the script tag when `scriptSrc` is given). */
export function embedSnippet({
  src,
  title,
  height = EMBED_HEIGHT,
  scriptSrc,
}: EmbedSnippetOptions): string {
  const safeHeight = Number.isFinite(height)
    ? Math.max(200, Math.min(2000, Math.round(height)))
    : EMBED_HEIGHT;
  const iframe =
    `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${safeHeight}"` +
    ` style="border:0;width:100%;max-width:100%" loading="lazy" allowfullscreen data-article-map></iframe>`;
  return scriptSrc ? `${iframe}\n<script src="${escapeXml(scriptSrc)}" async></script>` : iframe;
}
