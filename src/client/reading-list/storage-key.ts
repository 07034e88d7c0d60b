/**
 * Where the list is kept and how a change is heard: the small part every page with "Save"
 * buttons needs at load (the rest is fetched on the first press).
 */
export const STORAGE_KEY = 'solidarity-atlas:my-list:v1';
export const CHANGED_EVENT = 'atlas:my-list-changed';

/**
 * The stored list read loosely, id → the saved reference's text: enough to show which
 * buttons are pressed and to notice a reference the site has since corrected.
 */
export function savedTexts(): Map<string, string> {
  try {
    const data: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]');
    if (!Array.isArray(data)) return new Map();
    return new Map(
      data.map((i: { id?: unknown; reference?: { text?: unknown }[] }) => [
        String(i?.id),
        Array.isArray(i?.reference) ? i.reference.map((s) => (typeof s?.text === 'string' ? s.text : '')).join('') : '',
      ]),
    );
  } catch {
    return new Map();
  }
}

/** Calls back whenever the list may have changed: here, in another tab, or while this page sat in the back/forward cache. */
export function onListChange(callback: () => void): void {
  window.addEventListener(CHANGED_EVENT, callback);
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) callback();
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) callback();
  });
}
