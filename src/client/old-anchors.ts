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

/**
 * Whether the hash names an anchor that moved off this page: an id starting with `prefix`
 * that no element on the page has. Its new address is then looked up in the page's map of
 * moved anchors (MovedAnchors.astro), fetched only for such a link.
 */
export function movedAnchor(hash: string, prefix: string, onPage: (id: string) => boolean): string | undefined {
  const id = idOf(hash);
  return id && id.startsWith(prefix) && id.length > prefix.length && !onPage(id) ? id : undefined;
}
