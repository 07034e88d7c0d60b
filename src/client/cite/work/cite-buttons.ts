/**
 * "Cite" buttons for the works a page lists: the bibliography, a document's reference list,
 * a concept's key works and My list. Each opens a panel with the work's reference and its
 * two in-text forms in Harvard and APA, each with a Copy button.
 *
 * The page marks its works as the Save buttons read them (`data-save="work:<key>"`, or a
 * list marked `data-save-works` whose entries are `<li id="ref-<key>">`), so no entry
 * carries anything more for this; a list drawn by script (My list) marks its entries the
 * same way and sends `works-drawn` from the list. Buttons are made here, so a reader without
 * JavaScript never sees one that cannot work. This is all a page loads at first (it sits on
 * reading pages, whose every byte counts): one listener serves every button, and the panel
 * (cite-panel.ts) and the work's forms (/bibliography/<key>.cite.json) come with the first
 * approach to a button.
 */
import { referenceLabel } from '../../reading-list/save-buttons';
import { loadOnDemand } from '../../load-on-demand';

const WORK_ENTRIES = '[data-save^="work:"], [data-save-works] > li[id^="ref-"]';

// A failed fetch is tried again on the next press.
const loadPanel = loadOnDemand(() => import('./cite-panel'));

const citeButton = (event: Event) => (event.target as Element).closest?.<HTMLButtonElement>('.cite-button');

let listening = false;

/** Adds a Cite button to every work entry under `root` that shows a reference (once each). */
export function enableCiteButtons(root: ParentNode): void {
  for (const entry of root.querySelectorAll<HTMLElement>(WORK_ENTRIES)) {
    const ref = entry.querySelector(':scope > .ref');
    if (!ref || entry.querySelector('.cite-button')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button cite-button';
    button.setAttribute('aria-expanded', 'false');
    // "Cite", and for assistive technology which work ("Cite Lipsky, M. (2010)").
    const label = Object.assign(document.createElement('span'), { className: 'visually-hidden' });
    label.textContent = ` ${entry.dataset.saveLabel ?? referenceLabel(ref.textContent ?? '')}`;
    button.append('Cite', label);
    (entry.querySelector(':scope > .ref-meta') ?? entry).append(button);
  }
  if (listening) return;
  listening = true;
  document.addEventListener('click', (event) => {
    const button = citeButton(event);
    if (button) {
      loadPanel().then(
        (p) => p.togglePanel(button),
        () => (button.firstChild!.textContent = 'Cite (could not load; try again)'),
      );
    }
  });
  // Fetched as the pointer or focus comes to a button, so the press itself does not wait.
  const preload = (event: Event) => {
    const button = citeButton(event);
    if (button)
      loadPanel().then(
        (p) => p.preloadForms(button),
        () => undefined,
      );
  };
  document.addEventListener('pointerover', preload);
  document.addEventListener('focusin', preload);
}
