/**
 * The search page's state in its URL, so a search can be shared, bookmarked and walked
 * through with Back and Forward: /search/?q=solidarity&kind=Document&concept=Mutual+aid.
 * Several values of a filter repeat the parameter (&author=A&author=B).
 *
 * Pure functions: unit-tested in tests/unit/client/search/url-state.test.ts.
 */

export interface SearchState {
  q: string;
  /** Pagefind filter name → chosen values. */
  filters: Record<string, string[]>;
}

/** Pagefind filter name → URL parameter (in the order they are written). */
export const FILTER_PARAMS: ReadonlyArray<readonly [filter: string, param: string]> = [
  ['kind', 'kind'],
  ['source type', 'source'],
  ['concept', 'concept'],
  ['author', 'author'],
  ['year', 'year'],
];

const paramFor = (filter: string): string => FILTER_PARAMS.find(([f]) => f === filter)?.[1] ?? filter.replace(/\s+/g, '-');
const filterFor = (param: string): string => FILTER_PARAMS.find(([, p]) => p === param)?.[0] ?? param.replace(/-/g, ' ');

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
  const known = FILTER_PARAMS.map(([f]) => f);
  const names = [...known.filter((f) => f in state.filters), ...Object.keys(state.filters).filter((f) => !known.includes(f)).sort()];
  for (const name of names) {
    for (const value of [...new Set(state.filters[name] ?? [])].sort()) params.append(paramFor(name), value);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return stateToSearch(a) === stateToSearch(b);
}

/** The count announced and shown: "12 results for solidarity", "1 result for …", with the filters named. */
export function resultsMessage(count: number, q: string, filters: Record<string, string[]>, labels: Record<string, string> = {}): string {
  const what = `${count} ${count === 1 ? 'result' : 'results'}`;
  const chosen = Object.entries(filters)
    .filter(([, v]) => v.length)
    .map(([name, values]) => `${labels[name] ?? name}: ${values.join(' or ')}`);
  const filtered = chosen.length ? `${q ? ', ' : ' '}filtered by ${chosen.join('; ')}` : '';
  return q ? `${what} for ${q}${filtered}` : `${what}${filtered}`;
}
