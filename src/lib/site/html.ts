/**
 * Text made safe to put into HTML that the build writes as strings, as element content or a
 * quoted attribute value (the Cite blocks' BibTeX and RIS, the map's preview).
 *
 * The browser keeps two copies of its own, in src/lib/reading-list/list.ts and
 * src/client/search/passages.ts: imported from here, the module would become a chunk of its
 * own that pages with both search and the reading list fetch separately.
 */
export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
