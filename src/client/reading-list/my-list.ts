/**
 * The "My list" page: draws the reader's saved items from localStorage, lets them mark an
 * item read, reorder, remove and clear, copy the list as a Harvard reference list (shown
 * selected in a text box where the Clipboard API is missing or refused), and
 * download it as one BibTeX, RIS or CSL-JSON file made from each item's static export.
 */
import {
  combineExports,
  exportUrl,
  harvardListHtml,
  harvardListText,
  itemUrl,
  kindOf,
  markRead,
  moveSaved,
  removeSaved,
  removedFrom,
  undoRemoval,
  type Removed,
  type SavedExportFormat,
  type SavedItem,
  type SavedKind,
} from '../../lib/reading-list/list';
import { drawReference } from './reference-dom';
import { announce, el, need } from '../dom';
import { readList, storageAvailable, writeList } from './store';
import { onListChange } from './storage-key';
import { enableShareLink, showSharedList } from './share';

const KIND_NAMES: Record<SavedKind, string> = { document: 'Text in the corpus', concept: 'Concept page', work: 'Cited work' };
const FILE_NAMES: Record<SavedExportFormat, string> = { bib: 'my-reading-list.bib', ris: 'my-reading-list.ris', json: 'my-reading-list.json' };
const MEDIA_TYPES: Record<SavedExportFormat, string> = {
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  json: 'application/vnd.citationstyles.csl+json',
};

/** A control of one item: its visible word, and a name that also says which item (e.g. "Remove: Lipsky (2010)"). */
function button(text: string, item: SavedItem, action: string): HTMLButtonElement {
  return el('button', { type: 'button', class: 'button', 'data-action': action, 'data-id': item.id, 'aria-label': `${text}: ${item.label}` }, text);
}

function drawItem(item: SavedItem, index: number, count: number): HTMLLIElement {
  const ref = el('p', { class: 'ref' }, drawReference(item.reference));
  const open = el(
    'a',
    { href: itemUrl(item.id) },
    kindOf(item.id) === 'work' ? 'In the bibliography' : 'Open',
    el('span', { class: 'visually-hidden' }, ` ${item.label}`),
  );
  const meta = el('p', { class: 'ref-meta' }, el('span', {}, KIND_NAMES[kindOf(item.id)]), ' ', open);

  const box = el('input', { type: 'checkbox', 'data-action': 'read', 'data-id': item.id, 'aria-label': `Read: ${item.label}` });
  box.checked = item.read;
  const up = button('Move up', item, 'up');
  const down = button('Move down', item, 'down');
  up.disabled = index === 0;
  down.disabled = index === count - 1;
  const controls = el('div', { class: 'item-controls' }, el('label', {}, box, ' Read'), up, down, button('Remove', item, 'remove'));
  const li = el('li', { 'data-id': item.id }, ref, meta, controls);
  // Marked as other pages mark works, so the Cite buttons (src/client/cite/work/) find them.
  if (kindOf(item.id) === 'work') Object.assign(li.dataset, { save: item.id, saveLabel: item.label });
  return li;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type}; charset=utf-8` }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function initMyList(root: HTMLElement): void {
  const status = need<HTMLElement>(root, '[data-status]');
  const summary = need<HTMLElement>(root, '[data-summary]');
  const list = need<HTMLOListElement>(root, '[data-items]');
  const empty = need<HTMLElement>(root, '[data-empty]');
  const actions = need<HTMLElement>(root, '[data-actions]');
  need<HTMLElement>(document, '[data-needs-js]').hidden = true;
  root.hidden = false;
  if (!storageAvailable()) {
    summary.textContent = 'This browser will not keep a list (storage is turned off, or full). The bibliography lists every work the texts cite.';
    actions.hidden = true;
    empty.hidden = true;
    // A list shared as a link can still be read.
    void showSharedList(root, status, false);
    return;
  }

  const draw = () => {
    const { items, unreadable } = readList();
    // A redraw (after a change here or in another tab) keeps focus on the same control of the same item.
    const focused = document.activeElement instanceof HTMLElement && list.contains(document.activeElement) ? document.activeElement : undefined;
    const keep = focused ? { id: focused.dataset.id ?? '', action: focused.dataset.action ?? '' } : undefined;
    list.replaceChildren(...items.map((item, i) => drawItem(item, i, items.length)));
    list.dispatchEvent(new Event('works-drawn', { bubbles: true }));
    if (keep) list.querySelector<HTMLElement>(`li[data-id="${CSS.escape(keep.id)}"] [data-action="${CSS.escape(keep.action)}"]`)?.focus();
    const read = items.filter((i) => i.read).length;
    summary.textContent =
      items.length === 0
        ? ''
        : `${items.length} ${items.length === 1 ? 'item' : 'items'}, ${read} read.` +
          (unreadable > 0
            ? ` ${unreadable} saved ${unreadable === 1 ? 'entry' : 'entries'} could not be read (changed outside this site?) and ${unreadable === 1 ? 'is' : 'are'} left out; the next change to the list drops ${unreadable === 1 ? 'it' : 'them'}.`
            : '');
    empty.hidden = items.length > 0;
    list.hidden = items.length === 0;
    actions.hidden = items.length === 0;
    return items;
  };

  // The last removal (one item or all), for Undo: what was removed, and where it stood.
  const undo = need<HTMLElement>(root, '[data-undo]');
  const undoText = need<HTMLElement>(undo, '[data-undo-text]');
  let removal: { removed: Removed; what: string } | undefined;
  const offerUndo = (removed: Removed, what: string) => {
    removal = { removed, what };
    undoText.textContent = `Removed ${what}.`;
    undo.hidden = false;
  };
  need<HTMLButtonElement>(undo, 'button').addEventListener('click', () => {
    if (!removal) return;
    const { removed, what } = removal;
    removal = undefined;
    undo.hidden = true;
    save(undoRemoval(removed, readList().items), `Put back ${what}.`);
    need<HTMLElement>(document, '#my-list-title').focus();
  });

  const save = (items: SavedItem[], message: string): boolean => {
    const kept = writeList(items);
    announce(status, kept ? message : 'Your browser would not keep the change: storage is full or turned off.');
    return kept;
  };

  list.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!target) return;
    const id = target.dataset.id ?? '';
    const items = readList().items;
    const item = items.find((i) => i.id === id);
    if (!item) return;
    const at = items.indexOf(item);
    if (target.dataset.action === 'remove') {
      if (save(removeSaved(items, id), `Removed ${item.label}. Undo is above the list.`)) offerUndo(removedFrom(items, new Set([id])), item.label);
      // Focus moves to the next item's remove button, or the list's heading when it is empty.
      const next = list.querySelectorAll<HTMLButtonElement>('button[data-action="remove"]')[Math.min(at, items.length - 2)];
      (next ?? need<HTMLElement>(document, '#my-list-title')).focus();
    } else {
      const by = target.dataset.action === 'up' ? -1 : 1;
      save(moveSaved(items, id, by), `Moved ${item.label} to place ${at + 1 + by} of ${items.length}.`);
      const again = list.querySelector<HTMLButtonElement>(`li[data-id="${CSS.escape(id)}"] button[data-action="${target.dataset.action}"]`);
      // At the top or bottom the pressed button is disabled: keep focus on the item's other move button.
      (again && !again.disabled
        ? again
        : list.querySelector<HTMLButtonElement>(`li[data-id="${CSS.escape(id)}"] button[data-action="${by < 0 ? 'down' : 'up'}"]`)
      )?.focus();
    }
  });

  list.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (box.dataset.action !== 'read') return;
    const items = readList().items;
    const item = items.find((i) => i.id === box.dataset.id);
    if (!item) return;
    save(markRead(items, item.id, box.checked), `${item.label} marked ${box.checked ? 'read' : 'not read'}.`);
    list.querySelector<HTMLInputElement>(`li[data-id="${CSS.escape(item.id)}"] input[data-action="read"]`)?.focus();
  });

  const copied = need<HTMLTextAreaElement>(root, '[data-copied-text]');
  need<HTMLButtonElement>(actions, '[data-copy]').addEventListener('click', async () => {
    const items = readList().items;
    const text = harvardListText(items);
    try {
      // HTML as well as plain text, so that a word processor keeps the titles in italics.
      if (typeof ClipboardItem === 'function' && navigator.clipboard.write) {
        const html = harvardListHtml(items);
        await navigator.clipboard.write([
          new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
        ]);
      } else await navigator.clipboard.writeText(text);
      copied.parentElement!.hidden = true;
      announce(status, 'Your list is copied as a Harvard reference list.');
    } catch {
      // No clipboard (old browser, refused permission): the list is shown selected, to copy by hand.
      copied.value = text;
      copied.parentElement!.hidden = false;
      copied.focus();
      copied.select();
      announce(status, 'Could not copy. The list is selected in the box below: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  });

  for (const b of actions.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    b.addEventListener('click', async () => {
      if (b.disabled) return;
      const format = b.dataset.export as SavedExportFormat;
      const name = b.textContent?.trim() ?? format;
      const items = readList().items;
      b.disabled = true;
      try {
        const results = await Promise.all(
          items.map((i) =>
            fetch(exportUrl(i.id, format))
              .then((r) => (r.ok ? r.text() : undefined))
              .catch(() => undefined),
          ),
        );
        const missing = items.filter((_, n) => results[n] === undefined).map((i) => i.label);
        const files = results.filter((r): r is string => r !== undefined);
        if (files.length > 0) download(FILE_NAMES[format], MEDIA_TYPES[format], combineExports(format, files));
        announce(
          status,
          missing.length === 0
            ? `Downloaded ${files.length} ${files.length === 1 ? 'item' : 'items'} as ${name}.`
            : `Downloaded ${files.length} of ${items.length} as ${name}. Could not fetch: ${missing.join('; ')}. Check the connection and try again.`,
        );
      } catch {
        announce(status, `The ${name} download failed. Reload the page and try again.`);
      } finally {
        b.disabled = false;
      }
    });
  }

  const clear = need<HTMLButtonElement>(actions, '[data-clear]');
  let disarm: number | undefined;
  const resetClear = () => {
    window.clearTimeout(disarm);
    clear.dataset.armed = 'false';
    clear.textContent = 'Clear list';
  };
  clear.addEventListener('blur', resetClear);
  clear.addEventListener('click', () => {
    // Two presses, so that one slip does not lose the list.
    if (clear.dataset.armed !== 'true') {
      clear.dataset.armed = 'true';
      clear.textContent = 'Press again to clear';
      announce(status, 'Press Clear again to remove every item from your list.');
      window.clearTimeout(disarm);
      disarm = window.setTimeout(resetClear, 5000);
      return;
    }
    resetClear();
    const before = readList().items;
    if (save([], 'Your list is cleared. Undo puts it back.')) {
      offerUndo(removedFrom(before, new Set(before.map((i) => i.id))), `all ${before.length} ${before.length === 1 ? 'item' : 'items'}`);
    }
    need<HTMLElement>(document, '#my-list-title').focus();
  });

  draw();
  onListChange(draw);
  enableShareLink(root, status);
  void showSharedList(root, status, true);
}
