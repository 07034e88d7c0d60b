/**
 * Old links into a hub page that now has pages of its own: where an anchor that used to be
 * on the page should go, when the page no longer has an element with that id. Module
 * scripts use these (no inline script, so a strict Content Security Policy allows them).
 * Pure functions: tests/unit/client/old-anchors.test.ts.
 */

/** The id a hash names, or undefined for a malformed one. */
function idOf(hash: string): string | undefined {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
}

/**
 * /bibliography/#<key>, for a work on a later page of the index: the work's own page.
 * Undefined when the id is on the page, or is not a work key.
 */
export function oldWorkAnchorTarget(hash: string, onPage: (id: string) => boolean): string | undefined {
  const id = idOf(hash);
  if (!id || !/^[a-z0-9-]+$/.test(id) || onPage(id)) return undefined;
  return `/bibliography/${id}/`;
}

/** The id of a text's entry in the map's lists, and the text it names. */
const TEXT_ENTRY = /^list-document-([a-z0-9-]+)$/;

/** Whether an old link to /graph/ names a text's entry that is not on the page (so the list of texts is needed to find it). */
export const isMovedTextAnchor = (hash: string, onPage: (id: string) => boolean): boolean => {
  const id = idOf(hash);
  return Boolean(id && TEXT_ENTRY.test(id) && !onPage(id));
};

/**
 * /graph/#list-document-<slug>, for a text the map's lists now show on a /graph/texts/ page:
 * that page and entry, from the texts in page order (`texts`, /graph/texts/pages.json).
 * Undefined for a text the lists do not hold.
 */
export function oldTextAnchorTarget(hash: string, list: { pageSize: number; texts: readonly string[] }): string | undefined {
  const slug = TEXT_ENTRY.exec(idOf(hash) ?? '')?.[1];
  const at = slug ? list.texts.indexOf(slug) : -1;
  if (at < 0) return undefined;
  const page = Math.floor(at / list.pageSize) + 1;
  return `/graph/texts/${page > 1 ? `${page}/` : ''}#list-document-${slug}`;
}
