/**
 * Browser side of "Cite this": today's date in access-date placeholders, and copy buttons
 * that work with or without the asynchronous Clipboard API and announce the result.
 * (The page's own address, where it differs from the built one: cite-origin.ts.)
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');

export type AccessedFormat = 'day-month-year' | 'month-day-year' | 'iso' | 'ris';

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

/** Copies text; falls back to a selection and execCommand where the Clipboard API is missing. */
export async function copyText(text: string, source: HTMLElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or insecure context: try the selection route below.
  }
  const selection = window.getSelection();
  const range = document.createRange();
  range.selectNodeContents(source);
  selection?.removeAllRanges();
  selection?.addRange(range);
  try {
    // execCommand is deprecated but is the only copy path without the Clipboard API.
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * Copies a formatted citation as HTML and as plain text, so that a word processor keeps its
 * italics and a plain field gets the text; where the browser cannot write HTML to the
 * clipboard, copies the text alone (copyText).
 */
export async function copyRichText(text: string, html: string, source: HTMLElement): Promise<boolean> {
  try {
    if (typeof ClipboardItem === 'function' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ]);
      return true;
    }
  } catch {
    // Refused (or HTML not allowed here): plain text may still be.
  }
  return copyText(text, source);
}

export function enableCopyButtons(root: HTMLElement): void {
  const status = root.querySelector<HTMLElement>('[data-copy-status]');
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    const target = document.getElementById(button.dataset.copyTarget ?? '');
    if (!target) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const label = button.getAttribute('aria-describedby');
      const name = (label && document.getElementById(label)?.textContent) || 'Citation';
      const ok = await copyText(target.innerText.trim(), target);
      const message = ok ? `${name} copied to the clipboard.` : `Could not copy: the ${name} text is selected, press Ctrl+C (⌘C on a Mac).`;
      if (status) {
        // Clear first so that the same message is announced again on a second copy.
        status.textContent = '';
        window.setTimeout(() => (status.textContent = message), 50);
      }
      button.textContent = ok ? 'Copied' : 'Select and copy';
      window.setTimeout(() => (button.textContent = 'Copy'), 2500);
    });
  }
}

