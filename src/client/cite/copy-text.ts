/**
 * Copying citations to the clipboard, for every Copy button (Cite this, a passage, a work):
 * plain text, or HTML and text together so that a word processor keeps the italics. Works
 * without the asynchronous Clipboard API through a selection and execCommand.
 */
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
