/**
 * The only always-loaded part of "Cite this passage" (keep it tiny: `npm run bench` reports
 * its bytes). It puts a "Cite" button after each passage's words and loads the rest
 * (passage-cite.ts, its stylesheet and the document's passages.json) on first approach:
 * the pointer entering the text, focus entering it, or a selection in it (made with the
 * keyboard, caret browsing or assistive technology, no pointer need come near).
 *
 * The button is where keyboard and screen-reader users meet a passage's number ("Cite
 * paragraph 12"): the number link itself is aria-hidden (remark-paragraph-ids.ts). It comes
 * after the words so that nothing is read out before each paragraph.
 */
import { loadOnDemand } from '../load-on-demand';
const prose = document.querySelector<HTMLElement>('.prose');
if (prose) {
  for (const number of prose.querySelectorAll('.pn')) {
    // The number's parent is the passage (a paragraph or a list item).
    const passage = number.parentElement!;
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'pc', textContent: 'Cite' });
    button.ariaLabel = `Cite paragraph ${passage.id.slice(2)}`;
    button.ariaExpanded = 'false';
    // In a list item, before any nested list: the button belongs to the item's own words.
    passage.insertBefore(button, passage.querySelector(':scope>ul,:scope>ol'));
  }
  // A failed fetch is tried again on the next approach or click (loadOnDemand).
  const loadModule = loadOnDemand(() => import('./passage-cite'));
  let started = false;
  const load = () =>
    loadModule().then((m) => {
      if (!started) m.start(prose);
      started = true;
      return m;
    });
  const preload = () => void load().catch(() => undefined);
  prose.addEventListener('pointerover', preload, { once: true });
  prose.addEventListener('focusin', preload, { once: true });
  // Here rather than in passage-cite.ts so that a click made while it loads is not lost.
  prose.addEventListener('click', (event) => {
    const trigger = (event.target as Element).closest<HTMLElement>('.pc,.pn');
    if (trigger)
      void load().then(
        (m) => m.toggle(trigger),
        () => undefined,
      );
  });
  const selected = () => {
    if (prose.contains(getSelection()?.anchorNode ?? null)) {
      document.removeEventListener('selectionchange', selected);
      preload();
    }
  };
  document.addEventListener('selectionchange', selected);
}
