/**
 * Markup (markup.ts) as HTML text, for the pages written when the site is built. Every
 * text and attribute value is escaped, so a value from data stays text; tag and
 * attribute names are checked (they come from the code).
 */
import { checkAttributeName, checkTagName, type Markup } from './markup';

/** Escapes text for an HTML attribute value (double- or single-quoted) or element content. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Elements that have no end tag (HTML § 13.1.2).
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'wbr']);

/** `markup` as HTML; a void element (`input`) with children throws, as it cannot hold them. */
export function renderHtml(markup: Markup | readonly Markup[]): string {
  if (typeof markup === 'string') return escapeHtml(markup);
  if (Array.isArray(markup)) return markup.map((m: Markup) => renderHtml(m)).join('');
  const { tag, attrs, children } = markup as Exclude<Markup, string>;
  const name = checkTagName(tag);
  const written = Object.entries(attrs)
    .map(([key, value]) =>
      value === true
        ? ` ${checkAttributeName(key)}`
        : ` ${checkAttributeName(key)}="${escapeHtml(value)}"`,
    )
    .join('');
  if (VOID.has(name)) {
    if (children.length > 0) throw new Error(`<${name}> cannot have children`);
    return `<${name}${written} />`;
  }
  return `<${name}${written}>${renderHtml(children)}</${name}>`;
}
