/**
 * The reader's list in localStorage: read, write, and hear about changes made by another
 * tab or another part of the page. Storage can be missing or refused (private modes, full
 * quota); callers are told, so the page can say the list cannot be kept.
 */
import { parseSavedList, serialiseSavedList, type ParsedList, type SavedItem } from '../../lib/reading-list/list';
import { CHANGED_EVENT, STORAGE_KEY } from './storage-key';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function storageAvailable(): boolean {
  const s = storage();
  if (!s) return false;
  try {
    const probe = `${STORAGE_KEY}:probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

export function readList(): ParsedList {
  try {
    return parseSavedList(storage()?.getItem(STORAGE_KEY) ?? null);
  } catch {
    return { items: [], unreadable: 0 };
  }
}

/** Saves the list; false when the browser would not store it. */
export function writeList(items: readonly SavedItem[]): boolean {
  const s = storage();
  if (!s) return false;
  try {
    s.setItem(STORAGE_KEY, serialiseSavedList(items));
  } catch {
    return false;
  }
  window.dispatchEvent(new Event(CHANGED_EVENT));
  return true;
}
