/**
 * "Save" toggles for documents, concepts and works. The page marks what can be saved with
 * `data-save="<kind>:<id>"`, or a whole reference list with `data-save-works` (each entry
 * `<li id="ref-<key>">` is then the work <key>, which keeps long lists light); the reference to keep is the element `data-save-ref` names (an
 * id), or the entry's `.ref`. The short name buttons and announcements use is
 * `data-save-label`, or else the reference's opening up to its year ("Lipsky, M. (2010)").
 * Buttons are made here, so a reader without JavaScript never sees one that cannot work.
 * This is all a page loads at first; what a press does (save-action.ts) comes with the
 * first approach to a button.
 */
import { onListChange, savedTexts } from './storage-key';
import { loadOnDemand } from '../load-on-demand';
import { referenceLabel } from '../../lib/reading-list/label';

export { referenceLabel };

const flatText = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The live region for what a press did. (src/client/dom.ts's liveRegion, written out here:
 * this file loads on every reading page, and importing dom.ts would add a file to each.)
 */
function liveRegion(): HTMLElement {
  const region = document.createElement('p');
  region.className = 'visually-hidden';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  document.body.append(region);
  return region;
}

// A failed fetch is tried again on the next press.
const loadAction = loadOnDemand(() => import('./save-action'));
const preload = () => void loadAction().catch(() => undefined);

export function enableSaveButtons(root: ParentNode): void {
  for (const li of root.querySelectorAll<HTMLElement>('[data-save-works] > li[id^="ref-"]')) li.dataset.save = `work:${li.id.slice(4)}`;
  const targets = [...root.querySelectorAll<HTMLElement>('[data-save]')];
  try {
    if (targets.length === 0 || !window.localStorage) return;
  } catch {
    return; // Storage refused: a button that cannot keep anything is not offered.
  }
  const region = liveRegion();
  const buttons: { id: string; el: HTMLElement; ref: Element; button: HTMLButtonElement }[] = [];

  for (const el of targets) {
    const ref = el.dataset.saveRef ? document.getElementById(el.dataset.saveRef) : el.querySelector('.ref');
    if (!ref) continue;
    el.dataset.saveLabel ??= referenceLabel(ref.textContent ?? '');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button save-button';
    // A toggle keeps one name; aria-pressed says whether the item is saved. A bare "Save"
    // (in lists of works) also says which work; "Save to my list" stands under its page's title.
    button.append(el.dataset.saveText ?? 'Save');
    if (!el.dataset.saveText) {
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = ` ${el.dataset.saveLabel} to my list`;
      button.append(hidden);
    }
    button.addEventListener('click', () => {
      // Presses while the action is still loading are ignored, so a double press cannot save then unsave.
      if (button.getAttribute('aria-busy') === 'true') return;
      button.setAttribute('aria-busy', 'true');
      loadAction()
        .then(
          (a) => a.toggleSave(el, region),
          () => (region.textContent = 'Could not save. Check the connection and try again.'),
        )
        .finally(() => button.removeAttribute('aria-busy'));
    });
    // Fetched as the pointer or focus comes to a button, so the press itself does not wait.
    button.addEventListener('pointerenter', preload, { once: true });
    button.addEventListener('focus', preload, { once: true });
    (el.querySelector('.ref-meta') ?? el).append(button);
    buttons.push({ id: el.dataset.save ?? '', el, ref, button });
  }

  const reflect = () => {
    const saved = savedTexts();
    for (const { id, el, ref, button } of buttons) {
      const text = saved.get(id);
      button.setAttribute('aria-pressed', String(text !== undefined));
      // A saved work whose reference the site has since corrected takes the current wording.
      // (Texts and concepts carry an access date, which is the day they were saved.)
      if (text !== undefined && id.startsWith('work:') && text.replace(/\s+/g, ' ').trim() !== flatText(ref)) {
        void loadAction().then(
          (a) => a.refreshSaved(el),
          () => undefined,
        );
      }
    }
  };
  reflect();
  onListChange(reflect);
}
