/**
 * Markup descriptions (core/markup/) as DOM: the same elements the site's build wrote into
 * the page, made with createElement, setAttribute and text nodes, so a value from data
 * stays text. The elements a description names (`ref`) are handed back for binding.
 */
import { checkAttributeName, checkTagName, type Markup } from '../core/markup/markup';

export interface Rendered {
  nodes: Node[];
  /** The elements by their `ref`. */
  refs: Map<string, HTMLElement>;
}

/** DOM nodes for `markup`, and its named elements. */
export function renderMarkup(markup: Markup | readonly Markup[]): Rendered {
  const refs = new Map<string, HTMLElement>();
  const build = (m: Markup): Node => {
    if (typeof m === 'string') return document.createTextNode(m);
    const node = document.createElement(checkTagName(m.tag));
    for (const [name, value] of Object.entries(m.attrs)) {
      node.setAttribute(checkAttributeName(name), value === true ? '' : value);
    }
    for (const child of m.children) node.append(build(child));
    if (m.ref !== undefined) refs.set(m.ref, node);
    return node;
  };
  const list: readonly Markup[] = Array.isArray(markup) ? markup : [markup as Markup];
  return { nodes: list.map(build), refs };
}

/** The element `ref` names in `rendered`; throws when the description has none (a code error). */
export function refOf<T extends HTMLElement = HTMLElement>(rendered: Rendered, ref: string): T {
  const node = rendered.refs.get(ref);
  if (!node) throw new Error(`the markup has no element "${ref}"`);
  return node as T;
}
