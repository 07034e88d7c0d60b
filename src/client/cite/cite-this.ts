/**
 * Browser side of "Cite this": today's date in access-date placeholders, and copy buttons
 * that work with or without the asynchronous Clipboard API and announce the result
 * (copy-text.ts, loaded on first approach). This runs on every reading page at once, so it
 * keeps to what it must do before then. (The page's own address, where it differs from the
 * built one: cite-origin.ts.)
 */
import { loadOnDemand } from '../load-on-demand';
import type { AccessedFormat } from '../../lib/citations/document-citation';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');

export function formatAccessed(date: Date, format: AccessedFormat): string {
  const d = date.getDate();
  const m = date.getMonth();
  const y = date.getFullYear();
  switch (format) {
    case 'day-month-year':
      return `${d} ${MONTHS[m]} ${y}`;
    case 'month-day-year':
      return `${MONTHS[m]} ${d}, ${y}`;
    case 'iso':
      return `${y}-${pad(m + 1)}-${pad(d)}`;
    case 'ris':
      return `${y}/${pad(m + 1)}/${pad(d)}/`;
  }
}

export function fillAccessedDates(root: ParentNode, today: Date): void {
  for (const el of root.querySelectorAll<HTMLElement>('.accessed[data-accessed]')) {
    el.textContent = formatAccessed(today, el.dataset.accessed as AccessedFormat);
  }
}

// The copying code comes with the reader's first approach to a Copy button (pointer or
// focus), so a reading page does not pay for it; a click that comes first waits for it.
const loadCopy = loadOnDemand(() => import('./copy-text'));

export function enableCopyButtons(root: HTMLElement): void {
  const status = root.querySelector<HTMLElement>('[data-copy-status]');
  // As src/client/dom.ts's announce (not imported: it would be one more file on every reading
  // page): cleared first, so that the same message is announced again on a second copy.
  const say = (message: string) => {
    if (!status) return;
    status.textContent = '';
    window.setTimeout(() => (status.textContent = message), 50);
  };
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    const target = document.getElementById(button.dataset.copyTarget ?? '');
    if (!target) continue;
    button.hidden = false;
    for (const approach of ['pointerenter', 'focus', 'touchstart'])
      button.addEventListener(approach, () => void loadCopy().catch(() => undefined), { once: true, passive: true });
    button.addEventListener('click', () => {
      const label = button.getAttribute('aria-describedby');
      const name = (label && document.getElementById(label)?.textContent) || 'Citation';
      const failed = `Could not copy: the ${name} text is selected, press Ctrl+C (⌘C on a Mac).`;
      // A formatted reference goes to the clipboard as HTML too, so that a word processor keeps
      // its italics; BibTeX and RIS (in <pre>) as plain text.
      const html = target.tagName === 'PRE' ? undefined : target.innerHTML.trim();
      loadCopy().then(
        ({ copyFromButton }) =>
          copyFromButton(button, { text: target.innerText.trim(), html, source: target }, (ok) => say(ok ? `${name} copied to the clipboard.` : failed)),
        () => say(failed),
      );
    });
  }
}
