/**
 * The "My list" page: the reader's lists, kept in localStorage. One list is shown at a time
 * (the current one, which Save buttons save to); the reader can make, switch, rename and
 * delete lists, give a list sections and the details a handout needs, and on each item mark
 * it read, give it an importance, a note and a section, reorder it within its section and
 * remove it. The whole list can be copied as a Harvard reference list, downloaded as one
 * BibTeX, RIS or CSL-JSON file (from each item's static export) or as a reading-list file
 * (src/lib/reading-list/reading-list-file.ts), and passed on as a link (share.ts).
 * Stored data that cannot be read is shown as kept aside, with a download (store.ts).
 */
import { exportUrl, harvardListHtml, harvardListText, itemUrl, kindOf, markRead, removeSaved, removedFrom, undoRemoval } from '../../lib/reading-list/list';
import type { Removed, SavedExportFormat, SavedKind } from '../../lib/reading-list/list';
import {
  IMPORTANCE,
  addList,
  addSection,
  currentList,
  deleteList,
  emptyList,
  groups,
  inReadingOrder,
  moveInSection,
  moveSection,
  removeSection,
  renameSection,
  setDetail,
  setImportance,
  setItemSection,
  setNote,
  setTitle,
  unusedTitle,
  updateList,
  type ListItem,
  type ListSection,
  type MyList,
  type ReadingListDetails,
} from '../../lib/reading-list/lists';
import { listSlug, toReadingListFile } from '../../lib/reading-list/reading-list-file';
import { myListExport } from '../../lib/reading-list/list-exports';
import { drawReference } from './reference-dom';
import { announce, el, need } from '../dom';
import { forgetKept, keptData, readState, storageAvailable, writeState } from './store';
import { onListChange } from './storage-key';
import { enableShareLink, showSharedList } from './share';
import { goneIds } from './lookup';

const KIND_NAMES: Record<SavedKind, string> = { document: 'Text in the corpus', concept: 'Concept page', work: 'Cited work' };
const MEDIA_TYPES: Record<SavedExportFormat, string> = {
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  json: 'application/vnd.citationstyles.csl+json',
};
const IMPORTANCE_NAMES: Record<(typeof IMPORTANCE)[number], string> = { essential: 'Essential', recommended: 'Recommended', further: 'Further reading' };

/** A control of one item: its visible word, and a name that also says which item (e.g. "Remove: Lipsky (2010)"). */
function button(text: string, item: ListItem, action: string): HTMLButtonElement {
  return el('button', { type: 'button', class: 'button', 'data-action': action, 'data-id': item.id, 'aria-label': `${text}: ${item.label}` }, text);
}

function select(name: string, item: ListItem, action: string, options: [string, string][], value: string): HTMLLabelElement {
  const box = el('select', { class: 'field', 'data-action': action, 'data-id': item.id, 'aria-label': `${name}: ${item.label}` });
  box.append(...options.map(([v, text]) => el('option', { value: v }, text)));
  box.value = value;
  return el('label', {}, `${name} `, box);
}

function drawItem(item: ListItem, list: MyList, place: { first: boolean; last: boolean }, gone: boolean): HTMLLIElement {
  const ref = el('p', { class: 'ref' }, drawReference(item.reference));
  // An item the site no longer has keeps its saved reference, and no link to a page that is not there.
  const meta = gone
    ? el('p', { class: 'ref-meta gone-note' }, `${KIND_NAMES[kindOf(item.id)]} no longer on this site: the reference you saved is kept.`)
    : el(
        'p',
        { class: 'ref-meta' },
        el('span', {}, KIND_NAMES[kindOf(item.id)]),
        ' ',
        el(
          'a',
          { href: itemUrl(item.id) },
          kindOf(item.id) === 'work' ? 'In the bibliography' : 'Open',
          el('span', { class: 'visually-hidden' }, ` ${item.label}`),
        ),
      );
  const box = el('input', { type: 'checkbox', 'data-action': 'read', 'data-id': item.id, 'aria-label': `Read: ${item.label}` });
  box.checked = item.read;
  const up = button('Move up', item, 'up');
  const down = button('Move down', item, 'down');
  up.disabled = place.first;
  down.disabled = place.last;
  const importance = select(
    'Importance',
    item,
    'importance',
    [['', 'Not marked'], ...IMPORTANCE.map((i): [string, string] => [i, IMPORTANCE_NAMES[i]])],
    item.importance ?? '',
  );
  const section = select('Section', item, 'section', [['', 'No section'], ...list.sections.map((s): [string, string] => [s.id, s.title])], item.section ?? '');
  const note = el('textarea', { class: 'field', rows: '2', maxlength: '2000', 'data-action': 'note', 'data-id': item.id, 'aria-label': `Note: ${item.label}` });
  note.value = item.note ?? '';
  const controls = el('div', { class: 'item-controls' }, el('label', {}, box, ' Read'), importance, section, up, down, button('Remove', item, 'remove'));
  const li = el('li', { 'data-id': item.id }, ref, meta, el('label', { class: 'item-note' }, el('span', { 'aria-hidden': 'true' }, 'Note'), note), controls);
  if (gone) li.dataset.gone = 'true';
  // Marked as other pages mark works, so the Cite buttons (src/client/cite/work/) find them.
  if (kindOf(item.id) === 'work' && !gone) Object.assign(li.dataset, { save: item.id, saveLabel: item.label });
  return li;
}

function drawGroupHead(section: ListSection, index: number, count: number, headingId: string): HTMLElement {
  const rename = el('input', {
    class: 'field',
    type: 'text',
    maxlength: '200',
    'data-action': 'rename-section',
    'data-id': section.id,
    'aria-label': `Title of section ${section.title}`,
  });
  rename.value = section.title;
  const b = (text: string, action: string) =>
    el('button', { type: 'button', class: 'button', 'data-action': action, 'data-id': section.id, 'aria-label': `${text}: section ${section.title}` }, text);
  const up = b('Move up', 'section-up');
  const down = b('Move down', 'section-down');
  up.disabled = index === 0;
  down.disabled = index === count - 1;
  return el(
    'div',
    { class: 'group-head' },
    el('h2', { id: headingId }, section.title),
    el('span', { class: 'group-controls' }, rename, up, down, b('Remove section', 'remove-section')),
  );
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type}; charset=utf-8` }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const count = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;
const today = () => new Date().toISOString().slice(0, 10);

/** A button that acts on the second press only, within five seconds, so one slip loses nothing. */
function twoPress(b: HTMLButtonElement, status: HTMLElement, label: string, warning: string, act: () => void): void {
  let disarm: number | undefined;
  const reset = () => {
    window.clearTimeout(disarm);
    b.dataset.armed = 'false';
    b.textContent = label;
  };
  b.addEventListener('blur', reset);
  b.addEventListener('click', () => {
    if (b.dataset.armed !== 'true') {
      b.dataset.armed = 'true';
      b.textContent = 'Press again to confirm';
      announce(status, warning);
      window.clearTimeout(disarm);
      disarm = window.setTimeout(reset, 5000);
      return;
    }
    reset();
    act();
  });
}

export function initMyList(root: HTMLElement): void {
  const status = need<HTMLElement>(root, '[data-status]');
  const summary = need<HTMLElement>(root, '[data-summary]');
  const itemsBox = need<HTMLElement>(root, '[data-items]');
  const empty = need<HTMLElement>(root, '[data-empty]');
  const actions = need<HTMLElement>(root, '[data-actions]');
  const problemsBox = need<HTMLElement>(root, '[data-export-problems]');
  const heading = need<HTMLElement>(document, '#my-list-title');
  need<HTMLElement>(document, '[data-needs-js]').hidden = true;
  root.hidden = false;
  const editing = [...root.querySelectorAll<HTMLElement>('.lists-bar, .list-title-field, [data-details], [data-add-section]')];
  if (!storageAvailable()) {
    summary.textContent = 'This browser will not keep a list (storage is turned off, or full). The bibliography lists every work the texts cite.';
    for (const e of [actions, empty, ...editing]) e.hidden = true;
    // A list shared as a link can still be read.
    void showSharedList(root, status, { canStore: false, onAdded: () => undefined });
    return;
  }

  const picker = need<HTMLSelectElement>(root, '[data-list-select]');
  const titleField = need<HTMLInputElement>(root, '[data-list-title]');
  const details = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-detail]')];
  const keptBox = need<HTMLElement>(root, '[data-kept]');
  const keptList = need<HTMLElement>(root, '[data-kept-items]');
  /** Ids the site's build does not have, as its lookup says (checked once per id). */
  const gone = new Set<string>();
  const checked = new Set<string>();

  const save = (change: (list: MyList) => MyList, message: string): boolean => {
    const { state } = readState();
    const kept = writeState(updateList(state, currentList(state).id, change));
    announce(status, kept ? message : 'Your browser would not keep the change: storage is full or turned off.');
    return kept;
  };

  const drawKept = () => {
    const kept = keptData();
    keptBox.hidden = kept.length === 0;
    keptList.replaceChildren(
      ...kept.map((k, n) => {
        const when = k.kept ? new Date(k.kept).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' }) : 'earlier';
        const what = k.problems.length > 0 ? `${k.problems.join('; ')}.` : 'it could not be read.';
        const get = el('button', { type: 'button', class: 'button' }, 'Download the copy');
        get.setAttribute('aria-label', `Download the copy kept ${when}`);
        get.addEventListener('click', () => download(`my-list-kept-${n + 1}.json`, 'application/json', k.raw));
        const forget = el('button', { type: 'button', class: 'button' }, 'Delete the copy');
        twoPress(forget, status, 'Delete the copy', 'Press again to delete this copy from the browser. Download it first to keep it.', () => {
          forgetKept(k.key);
          heading.focus();
        });
        return el('li', {}, el('span', {}, `Kept ${when}: ${what}`), get, forget);
      }),
    );
  };

  const draw = () => {
    const { state, problems } = readState();
    const list = currentList(state);
    // A redraw (after a change here or in another tab) keeps focus on the same control of the same item.
    const focused = document.activeElement instanceof HTMLElement && itemsBox.contains(document.activeElement) ? document.activeElement : undefined;
    const keep = focused ? { id: focused.dataset.id ?? '', action: focused.dataset.action ?? '' } : undefined;

    picker.replaceChildren(...state.lists.map((l) => el('option', { value: l.id }, `${l.title} (${count(l.items.length)})`)));
    picker.value = list.id;
    if (document.activeElement !== titleField) titleField.value = list.title;
    for (const d of details) if (document.activeElement !== d) d.value = list[d.dataset.detail as keyof ReadingListDetails] ?? '';

    const all = groups(list);
    itemsBox.replaceChildren(
      ...all.flatMap(({ section, items }, n) => {
        const headingId = section ? `section-${section.id}` : 'my-list-title';
        const head = section ? [drawGroupHead(section, n - 1, all.length - 1, headingId)] : [];
        if (!section && items.length === 0) return [];
        const ol = el('ol', { class: 'reference-list saved-list', 'aria-labelledby': headingId });
        ol.append(...items.map((item, i) => drawItem(item, list, { first: i === 0, last: i === items.length - 1 }, gone.has(item.id))));
        return [...head, ...(items.length > 0 ? [ol] : [el('p', { class: 'meta' }, 'No items in this section yet: choose it in an item’s Section menu.')])];
      }),
    );
    itemsBox.dispatchEvent(new Event('works-drawn', { bubbles: true }));
    if (keep) itemsBox.querySelector<HTMLElement>(`[data-id="${CSS.escape(keep.id)}"][data-action="${CSS.escape(keep.action)}"]`)?.focus();
    const read = list.items.filter((i) => i.read).length;
    const lost = list.items.filter((i) => gone.has(i.id)).length;
    summary.textContent =
      list.items.length === 0
        ? ''
        : `${count(list.items.length)}, ${read} read.` +
          (lost > 0 ? ` ${lost} ${lost === 1 ? 'is' : 'are'} no longer on this site; ${lost === 1 ? 'its' : 'their'} saved reference is kept.` : '');
    if (problems.length > 0) summary.textContent += ' Some saved data could not be read: see above.';
    empty.hidden = list.items.length > 0;
    itemsBox.hidden = list.items.length === 0 && list.sections.length === 0;
    actions.hidden = list.items.length === 0;
    drawKept();
    // Ask the site's lookup about ids not yet checked; redraw if any is gone.
    const unchecked = list.items.map((i) => i.id).filter((id) => !checked.has(id));
    if (unchecked.length > 0) {
      for (const id of unchecked) checked.add(id);
      void goneIds(unchecked).then((found) => {
        if (found.size === 0) return;
        for (const id of found) gone.add(id);
        draw();
      });
    }
    return list;
  };

  // The list bar: switch, make and delete lists; the title and handout details.
  picker.addEventListener('change', () => {
    const { state } = readState();
    if (!state.lists.some((l) => l.id === picker.value)) return;
    const next = { ...state, current: picker.value };
    if (writeState(next)) announce(status, `Showing ${currentList(next).title}. Save buttons now save to it.`);
  });
  need<HTMLButtonElement>(root, '[data-new-list]').addEventListener('click', () => {
    const { state } = readState();
    const next = addList(state, emptyList('', unusedTitle(state, 'New reading list')));
    if (writeState(next)) {
      announce(status, `Made ${currentList(next).title}, now the current list. Give it a title.`);
      titleField.focus();
      titleField.select();
    } else announce(status, 'Your browser would not keep the change: storage is full or turned off.');
  });
  twoPress(need<HTMLButtonElement>(root, '[data-delete-list]'), status, 'Delete this list', 'Press Delete again to delete this whole list.', () => {
    const { state } = readState();
    const list = currentList(state);
    if (writeState(deleteList(state, list.id))) announce(status, `Deleted ${list.title}.`);
    picker.focus();
  });
  titleField.addEventListener('change', () => save((l) => setTitle(l, titleField.value), `Renamed the list ${titleField.value.trim() || 'My reading list'}.`));
  for (const d of details)
    d.addEventListener('change', () => save((l) => setDetail(l, d.dataset.detail as keyof ReadingListDetails, d.value), 'Saved the list’s details.'));
  const newSection = need<HTMLFormElement>(root, '[data-add-section]');
  newSection.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = need<HTMLInputElement>(newSection, 'input');
    if (save((l) => addSection(l, input.value), `Added the section ${input.value.trim() || 'untitled'}.`)) input.value = '';
  });

  // The last removal (one item or all), for Undo: what was removed, and where it stood.
  const undo = need<HTMLElement>(root, '[data-undo]');
  const undoText = need<HTMLElement>(undo, '[data-undo-text]');
  let removal: { removed: Removed<ListItem>; what: string; list: string } | undefined;
  const offerUndo = (removed: Removed<ListItem>, what: string) => {
    removal = { removed, what, list: currentList(readState().state).id };
    undoText.textContent = `Removed ${what}.`;
    undo.hidden = false;
  };
  need<HTMLButtonElement>(undo, 'button').addEventListener('click', () => {
    if (!removal) return;
    const { removed, what, list } = removal;
    removal = undefined;
    undo.hidden = true;
    const { state } = readState();
    if (writeState(updateList(state, list, (l) => ({ ...l, items: undoRemoval(removed, l.items) })))) announce(status, `Put back ${what}.`);
    heading.focus();
  });

  itemsBox.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!target) return;
    const id = target.dataset.id ?? '';
    const action = target.dataset.action ?? '';
    const list = currentList(readState().state);
    if (action.endsWith('section')) {
      const section = list.sections.find((s) => s.id === id);
      if (!section) return;
      if (action === 'remove-section') {
        save((l) => removeSection(l, id), `Removed the section ${section.title}; its items are kept, in no section.`);
        heading.focus();
      }
      return;
    }
    if (action === 'section-up' || action === 'section-down') {
      const section = list.sections.find((s) => s.id === id);
      if (!section) return;
      save((l) => moveSection(l, id, action === 'section-up' ? -1 : 1), `Moved the section ${section.title} ${action === 'section-up' ? 'up' : 'down'}.`);
      const again = itemsBox.querySelector<HTMLButtonElement>(`[data-id="${CSS.escape(id)}"][data-action="${action}"]`);
      (again && !again.disabled ? again : itemsBox.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"][data-action="rename-section"]`))?.focus();
      return;
    }
    const item = list.items.find((i) => i.id === id);
    if (!item) return;
    if (action === 'remove') {
      const removeButtons = [...itemsBox.querySelectorAll<HTMLButtonElement>('button[data-action="remove"]')];
      const at = removeButtons.indexOf(target);
      if (save((l) => ({ ...l, items: removeSaved(l.items, id) }), `Removed ${item.label}. Undo is above the list.`))
        offerUndo(removedFrom(list.items, new Set([id])), item.label);
      // Focus moves to the next item's remove button, or the list's heading when it is empty.
      const next = itemsBox.querySelectorAll<HTMLButtonElement>('button[data-action="remove"]')[Math.min(at, removeButtons.length - 2)];
      (next ?? heading).focus();
    } else if (action === 'up' || action === 'down') {
      const by = action === 'up' ? -1 : 1;
      save((l) => moveInSection(l, id, by), `Moved ${item.label} ${action}.`);
      const again = itemsBox.querySelector<HTMLButtonElement>(`li[data-id="${CSS.escape(id)}"] button[data-action="${action}"]`);
      // At the top or bottom the pressed button is disabled: keep focus on the item's other move button.
      (again && !again.disabled
        ? again
        : itemsBox.querySelector<HTMLButtonElement>(`li[data-id="${CSS.escape(id)}"] button[data-action="${by < 0 ? 'down' : 'up'}"]`)
      )?.focus();
    }
  });

  itemsBox.addEventListener('change', (event) => {
    const field = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const id = field.dataset.id ?? '';
    const list = currentList(readState().state);
    if (field.dataset.action === 'rename-section') {
      const section = list.sections.find((s) => s.id === id);
      if (section && field.value.trim()) save((l) => renameSection(l, id, field.value), `Renamed the section ${field.value.trim()}.`);
      return;
    }
    const item = list.items.find((i) => i.id === id);
    if (!item) return;
    switch (field.dataset.action) {
      case 'read':
        save(
          (l) => ({ ...l, items: markRead(l.items, id, (field as HTMLInputElement).checked) }),
          `${item.label} marked ${(field as HTMLInputElement).checked ? 'read' : 'not read'}.`,
        );
        break;
      case 'importance': {
        const value = IMPORTANCE.find((i) => i === field.value);
        save((l) => setImportance(l, id, value), `${item.label}: ${value ? IMPORTANCE_NAMES[value].toLowerCase() : 'importance not marked'}.`);
        break;
      }
      case 'section': {
        const section = list.sections.find((s) => s.id === field.value);
        save((l) => setItemSection(l, id, section?.id), `${item.label} moved to ${section ? `the section ${section.title}` : 'no section'}.`);
        break;
      }
      case 'note':
        save((l) => setNote(l, id, field.value), field.value.trim() ? `Saved the note on ${item.label}.` : `Removed the note on ${item.label}.`);
        break;
      default:
        return;
    }
    itemsBox.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"][data-action="${field.dataset.action}"]`)?.focus();
  });

  const showProblems = (title: string, problems: string[]) => {
    problemsBox.replaceChildren(el('p', {}, el('strong', {}, title)), el('ul', {}, ...problems.map((p) => el('li', {}, p))));
    problemsBox.hidden = false;
    problemsBox.focus();
  };

  const copied = need<HTMLTextAreaElement>(root, '[data-copied-text]');
  need<HTMLButtonElement>(actions, '[data-copy]').addEventListener('click', async () => {
    const items = inReadingOrder(currentList(readState().state));
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
      const list = currentList(readState().state);
      const items = inReadingOrder(list).filter((i) => !gone.has(i.id));
      const left = list.items.filter((i) => gone.has(i.id)).map((i) => i.label);
      b.disabled = true;
      problemsBox.hidden = true;
      try {
        const results = await Promise.all(
          items.map((i) =>
            fetch(exportUrl(i.id, format))
              .then((r) => (r.ok ? r.text() : undefined))
              .catch(() => undefined),
          ),
        );
        const missing = items.filter((_, n) => results[n] === undefined).map((i) => i.label);
        const fetched = items.flatMap((item, n) => (results[n] === undefined ? [] : [{ item, file: results[n] }]));
        const files = fetched.map((f) => f.file);
        if (fetched.length > 0) download(`${listSlug(list.title)}.${format}`, MEDIA_TYPES[format], myListExport(format, list, fetched, location.origin));
        const failed = [
          ...(missing.length > 0 ? [`Could not fetch: ${missing.join('; ')}. Check the connection and try again.`] : []),
          ...(left.length > 0 ? [`Left out, as the site no longer has them: ${left.join('; ')}.`] : []),
        ];
        if (failed.length > 0) showProblems(`Downloaded ${files.length} of ${list.items.length} as ${name}.`, failed);
        announce(
          status,
          failed.length === 0
            ? `Downloaded ${count(files.length)} as ${name}.`
            : `Downloaded ${files.length} of ${list.items.length} as ${name}. ${failed.join(' ')}`,
        );
      } catch (error) {
        showProblems(`The ${name} download failed.`, [`${error instanceof Error ? error.message : String(error)}. Reload the page and try again.`]);
      } finally {
        b.disabled = false;
      }
    });
  }

  need<HTMLButtonElement>(actions, '[data-export-yaml]').addEventListener('click', () => {
    const list = currentList(readState().state);
    const file = toReadingListFile(list, today(), gone);
    if (!file.ok) {
      showProblems('The reading-list file was not made. A published list needs:', file.problems);
      announce(status, `The reading-list file was not made: ${file.problems.join(' ')}`);
      return;
    }
    problemsBox.hidden = true;
    download(file.name, 'application/yaml', file.yaml);
    announce(status, `Downloaded ${file.name}, a reading-list file for the editors to publish.`);
  });

  twoPress(need<HTMLButtonElement>(actions, '[data-clear]'), status, 'Clear list', 'Press Clear again to remove every item from this list.', () => {
    const before = currentList(readState().state).items;
    if (save((l) => ({ ...l, items: [] }), 'Your list is cleared. Undo puts it back.'))
      offerUndo(removedFrom(before, new Set(before.map((i) => i.id))), `all ${count(before.length)}`);
    heading.focus();
  });

  draw();
  onListChange(draw);
  enableShareLink(root, status);
  void showSharedList(root, status, {
    canStore: true,
    onAdded: (title) => {
      announce(status, `Added ${title} as a new list, now shown below.`);
      titleField.focus();
    },
  });
}
