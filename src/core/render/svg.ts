/**
 * Building SVG text safely: every string from data goes through escapeXml, which
 * also drops what XML 1.0 cannot hold (control characters, lone surrogates), so a
 * hostile label stays text and the document stays well-formed. Pure.
 */

// Allowed by XML 1.0 §2.2: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe inside an element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A number for SVG: at most `digits` decimals, no "-0", no exponent for ordinary sizes. */
export function num(value: number, digits = 1): string {
  const rounded = Number(value.toFixed(digits));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

export type Attributes = Record<string, string | number | undefined | null | false>;

/** `name="value"` pairs, escaped; undefined, null and false leave the attribute out. */
export function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(
      ([key, value]) =>
        ` ${key}="${typeof value === 'number' ? num(value, 2) : escapeXml(String(value))}"`,
    )
    .join('');
}

/** An element with escaped attributes; `children` are SVG text already built (or nothing). */
export function element(
  name: string,
  attrs: Attributes = {},
  children?: string | readonly string[],
): string {
  const inner = Array.isArray(children) ? children.join('') : (children ?? '');
  return inner === ''
    ? `<${name}${attributes(attrs)}/>`
    : `<${name}${attributes(attrs)}>${inner}</${name}>`;
}

/** A text element whose content is `text`, escaped. */
export function textElement(text: string, attrs: Attributes = {}): string {
  return `<text${attributes(attrs)}>${escapeXml(text)}</text>`;
}
