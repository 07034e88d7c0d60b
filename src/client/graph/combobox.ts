/**
 * An editable combobox with a list of suggestions (the ARIA 1.2 "list autocomplete" pattern):
 * typing filters the list, Down/Up move through it (aria-activedescendant), Enter chooses the
 * active suggestion or the first, Escape closes the list (a second Escape clears the box),
 * and a click chooses too. Focus stays in the text box throughout.
 */
import { el } from '../dom';

export interface ComboboxItem {
  id: string;
  label: string;
  /** Shown after the label, smaller: "concept", "text", ... */
  hint?: string;
}

export interface ComboboxOptions<T extends ComboboxItem> {
  input: HTMLInputElement;
  listbox: HTMLElement;
  search: (query: string) => T[];
  choose: (item: T) => void;
  /** Called with a short message for a live region (e.g. "No matches"). */
  announce?: (message: string) => void;
}

export function combobox<T extends ComboboxItem>({ input, listbox, search, choose, announce }: ComboboxOptions<T>) {
  let items: T[] = [];
  let active = -1;
  const optionId = (i: number) => `${listbox.id}-option-${i}`;

  const open = (isOpen: boolean) => {
    listbox.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) {
      active = -1;
      input.removeAttribute('aria-activedescendant');
    }
  };

  const setActive = (i: number) => {
    active = i;
    listbox.querySelectorAll('[role="option"]').forEach((option, j) => option.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', optionId(i));
      document.getElementById(optionId(i))?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const render = () => {
    items = search(input.value);
    listbox.replaceChildren(
      ...items.map((item, i) => {
        const li = el('li', { id: optionId(i), role: 'option', 'aria-selected': 'false', 'data-value': item.id }, item.label);
        if (item.hint) li.append(el('span', { class: 'option-hint' }, ` ${item.hint}`));
        return li;
      }),
    );
    open(items.length > 0);
    if (input.value.trim() && items.length === 0) announce?.('No matches.');
  };

  const pick = (i: number) => {
    const item = items[i];
    if (!item) return;
    input.value = item.label;
    open(false);
    choose(item);
  };

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');
  listbox.setAttribute('role', 'listbox');
  listbox.hidden = true;

  input.addEventListener('input', render);
  input.addEventListener('keydown', (ev) => {
    switch (ev.key) {
      case 'ArrowDown':
        ev.preventDefault();
        if (listbox.hidden) render();
        if (items.length) setActive((active + 1) % items.length);
        break;
      case 'ArrowUp':
        ev.preventDefault();
        if (listbox.hidden) render();
        if (items.length) setActive(active <= 0 ? items.length - 1 : active - 1);
        break;
      case 'Enter':
        ev.preventDefault();
        if (listbox.hidden) render();
        if (items.length) pick(active >= 0 ? active : 0);
        break;
      case 'Escape':
        if (!listbox.hidden) {
          ev.preventDefault();
          open(false);
        } else if (input.value) {
          ev.preventDefault();
          input.value = '';
        }
        break;
      case 'Home':
      case 'End':
        // Keep the caret keys for the text box.
        setActive(-1);
        break;
    }
  });
  // mousedown would move focus out of the box before click; keep it there.
  listbox.addEventListener('mousedown', (ev) => ev.preventDefault());
  listbox.addEventListener('click', (ev) => {
    const li = (ev.target as Element).closest('[role="option"]');
    if (li) pick([...listbox.children].indexOf(li));
  });
  input.addEventListener('blur', () => open(false));

  return {
    clear() {
      input.value = '';
      open(false);
    },
    /** Searches again (more to search has arrived), if the reader is still at it. */
    refresh() {
      if (document.activeElement === input && input.value.trim()) render();
    },
  };
}
