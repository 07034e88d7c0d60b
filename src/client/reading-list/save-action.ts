/**
 * What a "Save" press does, fetched on the first approach to a button so that pages load
 * only the buttons: read the item from the page, add it to the stored list or take it off,
 * and say so.
 */
import { isSaved, isSavedId, toggleSaved, updateReference, type SavedItem } from '../../lib/reading-list/list';
import { readReference } from './reference-dom';
import { announce } from '../dom';
import { readList, writeList } from './store';

/**
 * The reference as the page shows it, with any "[date accessed]" still waiting for a date
 * given today's (on pages without the Cite-this script): "23 November 2026", as Cite Them
 * Right writes it.
 */
function referenceFrom(ref: Element, today: Date) {
  const copy = ref.cloneNode(true) as Element;
  for (const placeholder of copy.querySelectorAll('.accessed[data-accessed="day-month-year"]')) {
    placeholder.textContent = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(today);
  }
  return readReference(copy);
}

function itemFrom(el: HTMLElement): SavedItem | undefined {
  const id = el.dataset.save ?? '';
  const ref = el.dataset.saveRef ? document.getElementById(el.dataset.saveRef) : el.querySelector('.ref');
  if (!isSavedId(id) || !ref || !el.dataset.saveLabel) return undefined;
  const now = new Date();
  return { id, label: el.dataset.saveLabel, reference: referenceFrom(ref, now), added: now.toISOString(), read: false };
}

export function toggleSave(el: HTMLElement, region: HTMLElement): void {
  const item = itemFrom(el);
  if (!item) return;
  const list = toggleSaved(readList().items, item);
  if (!writeList(list)) {
    announce(region, 'Your browser would not keep the list: storage is full or turned off.');
    return;
  }
  const count = `${list.length} ${list.length === 1 ? 'item' : 'items'}`;
  announce(region, isSaved(list, item.id) ? `Saved ${item.label} to My list (${count}).` : `Removed ${item.label} from My list (${count}).`);
}

/** Puts the page's current reference in place of the saved copy, keeping when it was saved and whether it was read. */
export function refreshSaved(el: HTMLElement): void {
  const item = itemFrom(el);
  if (!item) return;
  const { items } = readList();
  const next = updateReference(items, item.id, item.reference);
  if (next !== items) writeList(next);
}
