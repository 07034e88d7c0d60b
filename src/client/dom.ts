/**
 * The small DOM helpers the browser code shares: `el` for every element built by script,
 * and the live region, announcements and stylesheets of features loaded on first use.
 *
 * The scripts every reading page runs at once (cite/cite-this.ts,
 * cite/passage-cite-loader.ts, cite/work/cite-buttons.ts, reading-list/save-buttons.ts) do
 * not import this module: it would be one more file on every reading page. They make their
 * one or two elements, and save-buttons.ts its live region, by hand; so does
 * cite/cite-origin.ts its one download link (it loads alone, on a mirror of the site).
 */

/**
 * Makes an element: el('a', { href, class: 'passage-link' }, 'text', child). Attributes are
 * set as attributes (`class`, `for`, `data-*`, `aria-*`); properties without one (a
 * textarea's value, innerHTML) are set on the result.
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** The element a script cannot work without: a missing one is a fault of the page, said plainly. */
export function need<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`the page lacks ${selector}`);
  return found;
}

/** A polite live region, visually hidden, for `announce`; the caller puts it in the page. */
export const liveRegion = (): HTMLParagraphElement => el('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });

/** Says something to screen-reader users through a polite live region. */
export function announce(region: HTMLElement | null, message: string): void {
  if (!region) return;
  // Cleared first so that the same message is announced again when repeated.
  region.textContent = '';
  window.setTimeout(() => (region.textContent = message), 50);
}

/**
 * Adds a stylesheet that only a feature loaded on first use needs (a dialog, a panel), so
 * that reading pages do not carry it inline; resolves once it applies (or failed to load,
 * so that the feature still opens).
 */
export function loadStylesheet(href: string): Promise<void> {
  const link = el('link', { rel: 'stylesheet', href });
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  document.head.append(link);
  return loaded;
}
