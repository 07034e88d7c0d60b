/**
 * Where the list is kept and how a change is heard: the small part every page with "Save"
 * buttons needs at load (the rest is fetched on the first press).
 */
export const STORAGE_KEY = 'solidarity-atlas:my-list:v1';
export const CHANGED_EVENT = 'atlas:my-list-changed';

/** The ids on the stored list, read loosely: only to show which buttons are pressed. */
export function savedIds(): Set<string> {
  try {
    const data: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]');
    return new Set(Array.isArray(data) ? data.map((i: { id?: unknown }) => String(i?.id)) : []);
  } catch {
    return new Set();
  }
}

/** Calls back whenever the list changes, here or in another tab. */
export function onListChange(callback: () => void): void {
  window.addEventListener(CHANGED_EVENT, callback);
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) callback();
  });
}
