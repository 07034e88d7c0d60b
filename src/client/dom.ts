/** Small DOM helpers the islands share. */

/** The element a script cannot work without: a missing one is a fault of the page, said plainly. */
export function need<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`the page lacks ${selector}`);
  return found;
}

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
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  document.head.append(link);
  return loaded;
}
