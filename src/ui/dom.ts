/**
 * The one way the shell makes DOM: `el('p', { className: 'x' }, 'text', child)`.
 * Strings become text nodes, never markup, so data can't inject HTML.
 */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return elWith(tag, attrs, children);
}

/**
 * `el` with the children as one iterable, for lists built from data: spreading 150,000
 * children into one call overflows the stack (RangeError), so they are appended one by one.
 */
export function elWith<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string>,
  children: Iterable<Child>,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'className') node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}
