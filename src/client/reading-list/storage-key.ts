/**
 * Where the lists are kept and how a change is heard: the small part every page with "Save"
 * buttons needs at load (the rest is fetched on the first press).
 */
/** The reader's lists (src/lib/reading-list/lists.ts). */
export const LISTS_KEY = 'solidarity-atlas:my-lists:v2';
/** The first format, one flat list: read until it is migrated into LISTS_KEY (store.ts). */
export const V1_KEY = 'solidarity-atlas:my-list:v1';
/** Stored data that could not be read, kept aside under this prefix and a time, never overwritten. */
export const KEPT_PREFIX = 'solidarity-atlas:my-list:kept:';
export const CHANGED_EVENT = 'atlas:my-list-changed';

/**
 * The current list read loosely, id → the saved reference's text: enough to show which
 * buttons are pressed and to notice a reference the site has since corrected.
 */
export function savedTexts(): Map<string, string> {
  try {
    const stored = window.localStorage.getItem(LISTS_KEY);
    const state = stored === null ? undefined : (JSON.parse(stored) as { current?: unknown; lists?: { id?: unknown; items?: unknown }[] });
    const items: unknown = state
      ? (state.lists?.find((l) => l?.id === state.current) ?? state.lists?.[0])?.items
      : JSON.parse(window.localStorage.getItem(V1_KEY) ?? '[]');
    if (!Array.isArray(items)) return new Map();
    return new Map(
      items.map((i: { id?: unknown; reference?: { text?: unknown }[] }) => [
        String(i?.id),
        Array.isArray(i?.reference) ? i.reference.map((s) => (typeof s?.text === 'string' ? s.text : '')).join('') : '',
      ]),
    );
  } catch {
    return new Map();
  }
}

/** Calls back whenever the lists may have changed: here, in another tab, or while this page sat in the back/forward cache. */
export function onListChange(callback: () => void): void {
  window.addEventListener(CHANGED_EVENT, callback);
  window.addEventListener('storage', (event) => {
    if (event.key === LISTS_KEY || event.key === V1_KEY || event.key === null) callback();
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) callback();
  });
}
