/**
 * Building page elements from data without ever parsing it as HTML: text is
 * set as text, attributes one by one, so a scenario or region name holding
 * `<script>` shows as those characters and nothing else.
 */

/** An attribute value: text, true for a bare attribute, false or undefined for none. */
export type AttributeValue = string | number | boolean | undefined;

/** A new `tag` element with `attributes` and `children` (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, AttributeValue> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children);
  return element;
}

/** The element with `id`; throws when index.html lacks it, which is a bug in the page, not the user's doing. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
}

/** Sets `element`'s text, unless it already says that: progress ticks ten times a second, and most of the page stays as it is. */
export function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
