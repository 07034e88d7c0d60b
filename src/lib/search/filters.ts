/**
 * The search filters, defined once: the name Pagefind knows each by (written into every
 * indexed page by fields.ts), its URL parameter on /search/ (src/client/search/url-state.ts),
 * its label on the search page, and the order of the filters and of their values there
 * (src/client/search/search-view.ts). Shared by the build and the browser, so it holds
 * data and pure functions only.
 *
 * Unit-tested in tests/unit/lib/search/filters.test.ts.
 */
import type { DocumentData } from '../../content/schemas/documents.ts';

/** The kinds of page the search covers, in the order the Kind filter lists them and browsing by filter shows them. */
export const PAGE_KINDS = ['Document', 'Concept', 'Reference'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Each document type as the Source type filter names it, in the order the filter lists them. */
export const SOURCE_TYPES: Record<DocumentData['type'], string> = {
  'journal-article': 'Peer-reviewed research',
  'author-manuscript': 'Author manuscript',
  'blog-post': 'Practice writing',
  'student-essay': 'Student essay',
};

export interface SearchFilter {
  /** The name Pagefind knows the filter by (`data-pagefind-filter`). */
  name: string;
  /** Its parameter in the search page's URL (/search/?source=Student+essay). */
  param: string;
  /** Its legend on the search page, and its name in the count of results. */
  label: string;
  /**
   * How its values are listed: in a fixed order (values not in it after, alphabetically),
   * newest year first, or alphabetically with "No …" values last.
   */
  values: readonly string[] | 'newest first' | 'alphabetical';
}

/** Every filter, in the order the search page shows them and its URL lists them. */
export const SEARCH_FILTERS = [
  { name: 'kind', param: 'kind', label: 'Kind of page', values: PAGE_KINDS },
  { name: 'source type', param: 'source', label: 'Source type', values: Object.values(SOURCE_TYPES) },
  { name: 'concept', param: 'concept', label: 'Concept', values: 'alphabetical' },
  { name: 'author', param: 'author', label: 'Author', values: 'alphabetical' },
  { name: 'year', param: 'year', label: 'Year', values: 'newest first' },
  { name: 'keyword', param: 'keyword', label: 'Keyword or subject', values: 'alphabetical' },
] as const satisfies readonly SearchFilter[];

export type SearchFilterName = (typeof SEARCH_FILTERS)[number]['name'];

/** The filter of that Pagefind name, if it is one of ours. */
export const searchFilter = (name: string): SearchFilter | undefined => SEARCH_FILTERS.find((f) => f.name === name);

/** Filter names in the order of SEARCH_FILTERS, then any others (none today) alphabetically. */
export function filterOrder(names: Iterable<string>): string[] {
  const all = [...names];
  const known = SEARCH_FILTERS.map((f) => f.name as string).filter((n) => all.includes(n));
  return [...known, ...all.filter((n) => !known.includes(n)).sort()];
}

/** A filter's values in the order the search page lists them (see SearchFilter.values). */
/**
 * The search for the texts with a keyword (the author's) or subject (the Atlas's): /search/?keyword=austerity.
 * A keyword on a page leads there, so that it is a way into the corpus, not a label.
 */
export function keywordSearchHref(keyword: string): string {
  // The filter's URL parameter comes from its one definition above, as the search page reads it (client/search/url-state.ts).
  return `/search/?${new URLSearchParams([[searchFilter('keyword')!.param, keyword]]).toString()}`;
}

export function sortFilterValues(name: string, values: readonly string[]): string[] {
  const order = searchFilter(name)?.values ?? 'alphabetical';
  if (order === 'newest first') return [...values].sort((a, b) => (/^\d/.test(b) ? 1 : 0) - (/^\d/.test(a) ? 1 : 0) || b.localeCompare(a));
  if (order === 'alphabetical') {
    const last = (v: string) => (/^no /i.test(v) ? 1 : 0);
    return [...values].sort((a, b) => last(a) - last(b) || a.localeCompare(b, 'en'));
  }
  const place = (v: string) => order.indexOf(v) + 1 || 99;
  return [...values].sort((a, b) => place(a) - place(b) || a.localeCompare(b));
}
