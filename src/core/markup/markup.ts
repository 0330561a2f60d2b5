/**
 * Markup as data: an element is its tag, attributes and children (elements or text), with
 * no DOM. The page's controls are described once in the core (core/views/) and turned
 * into an escaped HTML string when the site is built (render-html.ts) and into DOM nodes
 * by the app (ui/render-markup.ts), so the page as built and the page as the app redraws
 * it are the same elements in the same order: filling them in moves nothing.
 */

/** An attribute's value; `true` is an attribute without a value (`checked`, `hidden`). */
export type AttributeValue = string | true;

export interface MarkupElement {
  readonly tag: string;
  /** Names are the code's (`class`, `aria-label`, `data-place`); values may come from data. */
  readonly attrs: Readonly<Record<string, AttributeValue>>;
  readonly children: readonly Markup[];
  /** A name the app finds the element by (never written into the page). */
  readonly ref?: string;
}

/** An element, or text (which stays text in both renderings, never markup). */
export type Markup = MarkupElement | string;

/** Attributes as written in a description: undefined and false leave one out. */
export type Attributes = Record<string, AttributeValue | false | undefined>;

/** `h('p', { class: 'x' }, 'text', child)`: an element; null, undefined and false children are left out. */
export function h(
  tag: string,
  attrs: Attributes = {},
  ...children: (Markup | null | undefined | false)[]
): MarkupElement {
  const kept: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== false) kept[name] = value;
  }
  return { tag, attrs: kept, children: children.filter(isMarkup) };
}

/** `element` with a `ref`, so the app can bind it (a listener, a later update). */
export function withRef(ref: string, element: MarkupElement): MarkupElement {
  return { ...element, ref };
}

function isMarkup(child: Markup | null | undefined | false): child is Markup {
  return child !== null && child !== undefined && child !== false;
}

/** The text a description shows, as `textContent` would read it. */
export function textOf(markup: Markup): string {
  return typeof markup === 'string' ? markup : markup.children.map(textOf).join('');
}

// Names come from the code, but a wrong one must not become a way to write markup.
const TAG_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const ATTRIBUTE_NAME = /^[a-z][a-z0-9]*(?:[-:][a-z0-9]+)*$/;

/**
 * Throws unless `name` is a plain tag name, and not one whose content is not markup
 * (script, style): a description holds no code.
 */
export function checkTagName(name: string): string {
  if (!TAG_NAME.test(name) || name === 'script' || name === 'style') {
    throw new Error(`not an allowed tag name: ${JSON.stringify(name)}`);
  }
  return name;
}

/** Throws unless `name` is a plain attribute name, and not an event handler (`on…`). */
export function checkAttributeName(name: string): string {
  if (!ATTRIBUTE_NAME.test(name) || name.startsWith('on')) {
    throw new Error(`not an allowed attribute name: ${JSON.stringify(name)}`);
  }
  return name;
}
