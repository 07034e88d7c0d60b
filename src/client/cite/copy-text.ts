/**
 * What every Copy button does (Cite this, a passage, a work): copies the citation to the
 * clipboard, as plain text, or as HTML and text together so that a word processor keeps the
 * italics; works without the asynchronous Clipboard API through a selection and
 * execCommand; and shows on the button whether it worked.
 */

/** What a Copy button copies: its text, with `html` when a word processor should keep the italics. */
export interface CopyRequest {
  text: string;
  html?: string | undefined;
  /** The element that shows the text, selected for the reader to copy where nothing else works. */
  source: HTMLElement;
}

/**
 * Copies the request: as HTML and plain text when it has HTML and the browser can write
 * both, else as text; where the Clipboard API is missing or refused, by selecting the
 * source and execCommand. False when the text could only be selected.
 */
async function copy({ text, html, source }: CopyRequest): Promise<boolean> {
  try {
    if (html !== undefined && typeof ClipboardItem === 'function' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ]);
      return true;
    }
  } catch {
    // Refused (or HTML not allowed here): plain text may still be.
  }
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
 * A Copy button pressed: copies, lets the caller say whether it worked (`report`, which
 * announces it in a live region), and shows "Copied", or "Select and copy" when the text
 * could only be selected, in place of the button's word "Copy" for a moment.
 */
export async function copyFromButton(word: HTMLElement, request: CopyRequest, report: (copied: boolean) => void): Promise<void> {
  const ok = await copy(request);
  report(ok);
  word.textContent = ok ? 'Copied' : 'Select and copy';
  window.setTimeout(() => (word.textContent = 'Copy'), 2500);
}
