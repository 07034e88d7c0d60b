/**
 * Filters on the search page: which pages each filter value holds (read once from
 * Pagefind with filter-only searches), which results the chosen values leave, and how
 * many results each value would leave.
 *
 * Several values of one filter widen the search (Document or Concept; this author or
 * that one), different filters narrow it (a Document and by this author): OR within a
 * filter, AND across filters. Counting from the merged results of all spellings keeps the
 * numbers right when a query was searched in both British and American spelling (adding
 * up Pagefind's per-search counts would count a page twice).
 *
 * Pure functions: unit-tested in tests/unit/client/search/facets.test.ts.
 */

/** Filter name → chosen values. */
export type Selection = Readonly<Record<string, readonly string[]>>;

/** Filter name → value → ids of the pages with that value. */
export type Membership = ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>;

/** Whether a page passes every chosen filter, optionally ignoring one (for that filter's own counts). */
export function passes(id: string, selection: Selection, membership: Membership, ignore?: string): boolean {
  for (const [name, values] of Object.entries(selection)) {
    if (name === ignore || values.length === 0) continue;
    const byValue = membership.get(name);
    if (!values.some((v) => byValue?.get(v)?.has(id))) return false;
  }
  return true;
}

export function applySelection<T extends { id: string }>(results: readonly T[], selection: Selection, membership: Membership): T[] {
  return results.filter((r) => passes(r.id, selection, membership));
}

/**
 * For every filter value, how many results there would be with that value ticked as
 * well (the other filters' choices applied, this filter's own choices not: ticking a
 * second value of the same filter adds to the results).
 */
export function facetCounts(ids: readonly string[], selection: Selection, membership: Membership): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [name, byValue] of membership) {
    const eligible = ids.filter((id) => passes(id, selection, membership, name));
    const counts = new Map<string, number>();
    for (const [value, pages] of byValue) counts.set(value, eligible.filter((id) => pages.has(id)).length);
    out.set(name, counts);
  }
  return out;
}

/** Every page id known to the filters (for browsing by filter without a query). */
export function allPages(membership: Membership): string[] {
  const ids = new Set<string>();
  for (const byValue of membership.values()) for (const pages of byValue.values()) for (const id of pages) ids.add(id);
  return [...ids];
}

/** Drops chosen values that no page has (a stale or mistyped URL) and empty filters. */
export function cleanSelection(selection: Selection, membership: Membership): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(selection)) {
    const known = membership.get(name);
    const kept = values.filter((v) => known?.has(v));
    if (kept.length) out[name] = kept;
  }
  return out;
}
