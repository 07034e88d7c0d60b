/**
 * What a "Save" press does, fetched on the first approach to a button so that pages load
 * only the buttons: read the item from the page, add it to the reader's current list or
 * take it off, and say so.
 */
import { isSaved, isSavedId, toggleSaved, updateReference, type SavedItem } from '../../lib/reading-list/list';
import { readReference } from './reference-dom';
import { announce } from '../dom';
import { changeCurrent, readState, writeState } from './store';
import { currentList, updateList } from '../../lib/reading-list/lists';

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
  const list = changeCurrent((l) => ({ ...l, items: toggleSaved(l.items, item) }));
  if (!list) {
    announce(region, 'Your browser would not keep the list: storage is full or turned off.');
    return;
  }
  const count = `${list.items.length} ${list.items.length === 1 ? 'item' : 'items'}`;
  announce(region, isSaved(list.items, item.id) ? `Saved ${item.label} to ${list.title} (${count}).` : `Removed ${item.label} from ${list.title} (${count}).`);
}

/** Puts the page's current reference in place of the saved copy, keeping when it was saved and whether it was read. */
export function refreshSaved(el: HTMLElement): void {
  const item = itemFrom(el);
  if (!item) return;
  const { state } = readState();
  const list = currentList(state);
  const next = updateReference(list.items, item.id, item.reference);
  if (next !== list.items) writeState(updateList(state, list.id, (l) => ({ ...l, items: next })));
}
