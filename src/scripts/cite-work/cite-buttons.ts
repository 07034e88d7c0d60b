/**
 * "Cite" buttons for the works a page lists: the bibliography, a document's reference list,
 * a concept's key works and My list. Each opens a panel with the work's reference and its
 * two in-text forms in Harvard and APA, each with a Copy button. The page marks its works
 * as the Save buttons read them (`data-save="work:<key>"`, or a list marked
 * `data-save-works` whose entries are `<li id="ref-<key>">`), so no entry carries anything
 * more for this; a list drawn by script (My list) marks its entries the same way and sends
 * `works-drawn` from the list. Buttons are made here, so a reader without JavaScript never
 * sees one that cannot work. This is all a page loads at first: the panel (cite-panel.ts)
 * and the work's forms (/bibliography/<key>.cite.json) come with the first approach to a
 * button.
 */
import { referenceLabel } from '../reading-list/save-buttons';

/**
 * The page's one live region for what the Cite buttons and panels say, made on first need.
 * (Only a failed load is said from here, so the panel's announce() is not loaded for it.)
 */
let region: HTMLElement | undefined;
function statusRegion(): HTMLElement {
  if (!region) {
    region = document.createElement('p');
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  return region;
}

type CitePanel = typeof import('./cite-panel');
let panel: Promise<CitePanel> | undefined;
function loadPanel(): Promise<CitePanel> {
  panel ??= import('./cite-panel').catch((error: unknown) => {
    panel = undefined; // A failed fetch is tried again on the next press.
    throw error;
  });
  return panel;
}

/** Adds a Cite button to one entry showing the work `key` (once); `label` names the work ("Lipsky, M. (2010)"). */
function addCiteButton(entry: HTMLElement, key: string, label: string): void {
  if (entry.querySelector('.cite-button')) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button cite-button';
  button.setAttribute('aria-expanded', 'false');
  button.append('Cite');
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  hidden.textContent = ` ${label}`;
  button.append(hidden);
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-busy') === 'true') return;
    button.setAttribute('aria-busy', 'true');
    loadPanel()
      .then(
        (p) => p.togglePanel(button, entry, key, label, statusRegion()),
        () => (statusRegion().textContent = 'Could not load the citation. Check the connection and try again.'),
      )
      .finally(() => button.removeAttribute('aria-busy'));
  });
  // Fetched as the pointer or focus comes to a button, so the press itself does not wait.
  const preload = () => void loadPanel().then((p) => p.preloadForms(key), () => undefined);
  button.addEventListener('pointerenter', preload, { once: true });
  button.addEventListener('focus', preload, { once: true });
  (entry.querySelector(':scope > .ref-meta') ?? entry).append(button);
}

/** Adds a Cite button to every work entry under `root` that shows a reference. */
export function enableCiteButtons(root: ParentNode): void {
  for (const entry of root.querySelectorAll<HTMLElement>('[data-save^="work:"], [data-save-works] > li[id^="ref-"]')) {
    const key = entry.dataset.save?.startsWith('work:') ? entry.dataset.save.slice(5) : entry.id.slice(4);
    const ref = entry.querySelector(':scope > .ref');
    if (ref) addCiteButton(entry, key, entry.dataset.saveLabel ?? referenceLabel(ref.textContent ?? ''));
  }
}
