/**
 * "Save" toggles for documents, concepts and works. The page marks what can be saved with
 * `data-save="<kind>:<id>"`; the reference to keep is the element `data-save-ref` names (an
 * id), or the entry's `.ref`. The short name buttons and announcements use is
 * `data-save-label`, or else the reference's opening up to its year ("Lipsky, M. (2010)"). Buttons are made here,
 * so a reader without JavaScript never sees one that cannot work. This is all a page loads
 * at first; what a press does (save-action.ts) comes with the first press.
 */
import { onListChange, savedIds } from './storage-key';

/** "Lipsky, M. (2010)" from "Lipsky, M. (2010) Street-Level Bureaucracy…": who and when, as Harvard opens. */
export function referenceLabel(reference: string): string {
  const text = reference.replace(/\s+/g, ' ').trim();
  const close = text.indexOf(')');
  if (close > 0 && close < 120) return text.slice(0, close + 1);
  const words = text.split(' ');
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : text;
}

function liveRegion(): HTMLElement {
  const region = document.createElement('p');
  region.className = 'visually-hidden';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  document.body.append(region);
  return region;
}

let action: Promise<typeof import('./save-action')> | undefined;
const loadAction = () => (action ??= import('./save-action'));

export function enableSaveButtons(root: ParentNode): void {
  const targets = [...root.querySelectorAll<HTMLElement>('[data-save]')];
  try {
    if (targets.length === 0 || !window.localStorage) return;
  } catch {
    return; // Storage refused: a button that cannot keep anything is not offered.
  }
  const region = liveRegion();
  const buttons: [string, HTMLButtonElement][] = [];

  for (const el of targets) {
    const ref = el.dataset.saveRef ? document.getElementById(el.dataset.saveRef) : el.querySelector('.ref');
    if (!ref) continue;
    el.dataset.saveLabel ??= referenceLabel(ref.textContent ?? '');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'save-button';
    // A toggle keeps one name; aria-pressed says whether the item is saved.
    button.append(el.dataset.saveText ?? 'Save');
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = ` ${el.dataset.saveLabel ?? ''} to my list`;
    button.append(hidden);
    button.addEventListener('click', () =>
      loadAction().then(
        (a) => a.toggleSave(el, region),
        () => (region.textContent = 'Could not save: part of the page did not load. Reload the page and try again.'),
      ),
    );
    // Fetched as the pointer or focus comes to a button, so the press itself does not wait.
    button.addEventListener('pointerenter', loadAction, { once: true });
    button.addEventListener('focus', loadAction, { once: true });
    (el.querySelector('.ref-meta') ?? el).append(button);
    buttons.push([el.dataset.save ?? '', button]);
  }

  const reflect = () => {
    const ids = savedIds();
    for (const [id, b] of buttons) b.setAttribute('aria-pressed', String(ids.has(id)));
  };
  reflect();
  onListChange(reflect);
}
