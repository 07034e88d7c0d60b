/**
 * The search page's state in its URL and its history, so a search can be shared,
 * bookmarked and walked through with Back and Forward:
 * /search/?q=solidarity&kind=Document&concept=Mutual+aid. Several values of a filter repeat
 * the parameter (&author=A&author=B). The parameters are the filters' own
 * (src/lib/search/filters.ts).
 *
 *   typing            the current history entry follows the field (replaceState)
 *   Enter, a filter   a new history entry (pushState), so Back returns to the search before
 *   Back / Forward    the search of that entry comes back (popstate)
 *
 * The state functions are pure: unit-tested in tests/unit/client/search/url-state.test.ts.
 */
import { SEARCH_FILTERS, filterOrder } from '../../lib/search/filters';

export interface SearchState {
  q: string;
  /** Pagefind filter name → chosen values. */
  filters: Record<string, string[]>;
}

const paramFor = (filter: string): string => SEARCH_FILTERS.find((f) => f.name === filter)?.param ?? filter.replace(/\s+/g, '-');
const filterFor = (param: string): string => SEARCH_FILTERS.find((f) => f.param === param)?.name ?? param.replace(/-/g, ' ');

export function stateFromSearch(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: Record<string, string[]> = {};
  for (const [key, value] of params) {
    if (key === 'q' || !value) continue;
    const name = filterFor(key);
    const list = (filters[name] ??= []);
    if (!list.includes(value)) list.push(value);
  }
  return { q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim(), filters };
}

/** "?q=…&kind=…" (known filters first in a fixed order, values sorted), or "" for an empty search. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  const q = state.q.replace(/\s+/g, ' ').trim();
  if (q) params.set('q', q);
  for (const name of filterOrder(Object.keys(state.filters))) {
    for (const value of [...new Set(state.filters[name] ?? [])].sort()) params.append(paramFor(name), value);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return stateToSearch(a) === stateToSearch(b);
}

/**
 * The page's history entries for its searches. `committed` is the search of the current
 * entry as last pushed or loaded (not as typed since), so that a new entry leaves the
 * previous one as it was committed.
 */
export function searchHistory(onBack: (state: SearchState) => void) {
  const current = () => stateFromSearch(location.search);
  let committed = stateToSearch(current());
  const url = (search: string) => `${location.pathname}${search}`;
  /** Typing: the current entry follows the field. */
  const follow = (s: SearchState) => history.replaceState(history.state, '', url(stateToSearch(s)));
  addEventListener('popstate', () => {
    committed = stateToSearch(current());
    onBack(current());
  });
  return {
    /** The search in the URL the page was opened with (a shared link or a bookmark). */
    current,
    follow,
    /** Enter or a filter: a new entry, unless the search is the committed one. */
    commit(s: SearchState) {
      const next = stateToSearch(s);
      if (next === committed) return follow(s);
      history.replaceState(history.state, '', url(committed));
      history.pushState(null, '', url(next));
      committed = next;
    },
  };
}
