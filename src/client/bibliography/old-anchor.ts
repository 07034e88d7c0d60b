/**
 * Where an old link to a work of the bibliography, /bibliography/#<key>, should go when the
 * page has no element with that id (the work is on a later page of the index): the work's
 * own page. Undefined when the id is on the page, or is not a work key.
 */
export function oldWorkAnchorTarget(hash: string, onPage: (id: string) => boolean): string | undefined {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined; // A malformed escape is no key.
  }
  if (!/^[a-z0-9-]+$/.test(id) || onPage(id)) return undefined;
  return `/bibliography/${id}/`;
}
