/**
 * "Save" toggles for documents, concepts and works. The page marks what can be saved with
 * `data-save="<kind>:<id>"`, `data-save-label` (a short name) and `data-save-url`; the
 * reference to keep is the element `data-save-ref` names (an id), or the entry's `.ref`.
 * Buttons are made here, so a reader without JavaScript never sees one that cannot work.
 */
import { isSaved, isSavedId, toggleSaved, type SavedItem } from '../../lib/reading-list';
import { readReference } from './reference-dom';
import { announce, onListChange, readList, storageAvailable, writeList } from './store';

function liveRegion(): HTMLElement {
  const region = document.createElement('p');
  region.className = 'visually-hidden';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  document.body.append(region);
  return region;
}

function itemFrom(el: HTMLElement): SavedItem | undefined {
  const id = el.dataset.save ?? '';
  const ref = el.dataset.saveRef ? document.getElementById(el.dataset.saveRef) : el.querySelector('.ref');
  if (!isSavedId(id) || !ref || !el.dataset.saveLabel || !el.dataset.saveUrl) return undefined;
  return { id, label: el.dataset.saveLabel, url: el.dataset.saveUrl, reference: readReference(ref), added: new Date().toISOString(), read: false };
}

export function enableSaveButtons(root: ParentNode): void {
  const targets = [...root.querySelectorAll<HTMLElement>('[data-save]')];
  if (targets.length === 0 || !storageAvailable()) return;
  const region = liveRegion();
  const buttons = new Map<string, HTMLButtonElement[]>();

  for (const el of targets) {
    const id = el.dataset.save ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'save-button';
    // A toggle keeps one name; aria-pressed says whether it is saved.
    const wide = el.dataset.saveText ?? 'Save';
    button.append(wide);
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = ` ${el.dataset.saveLabel ?? ''} to my list`;
    button.append(hidden);
    button.addEventListener('click', () => {
      const item = itemFrom(el);
      if (!item) return;
      const list = toggleSaved(readList().items, item);
      const saved = isSaved(list, id);
      if (!writeList(list)) {
        announce(region, 'Your browser would not keep the list: storage is full or turned off.');
        return;
      }
      const count = `${list.length} ${list.length === 1 ? 'item' : 'items'}`;
      announce(region, saved ? `Saved ${item.label} to My list (${count}).` : `Removed ${item.label} from My list (${count}).`);
    });
    (el.querySelector('[data-save-slot]') ?? el).append(button);
    buttons.set(id, [...(buttons.get(id) ?? []), button]);
  }

  const reflect = () => {
    const { items } = readList();
    for (const [id, list] of buttons) for (const b of list) b.setAttribute('aria-pressed', String(isSaved(items, id)));
  };
  reflect();
  onListChange(reflect);
}
