/**
 * How a link to a passage of a document is named. Paragraphs carry the ids "p-1", "p-2"…
 * (src/plugins/remark-paragraph-ids.ts) and are named by their number, "¶12"; other anchors
 * (headings, notes) have no number. Used at build time by the pages and in the browser by the
 * theory map, so a passage is named the same everywhere.
 */

/** "12" for the paragraph id "p-12"; undefined for any other anchor, or none. */
export const paragraphNumber = (passage: string | undefined): string | undefined => (passage?.startsWith('p-') ? passage.slice(2) : undefined);

/** "¶12" for the paragraph id "p-12"; for any other anchor, `otherwise` (by default the anchor itself). */
export function passageLabel(passage: string | undefined, otherwise: string = passage ?? ''): string {
  const n = paragraphNumber(passage);
  return n === undefined ? otherwise : `¶${n}`;
}
