/**
 * What each indexed page tells Pagefind besides its text: result metadata (shown with a
 * hit) and filter values (the filters of filters.ts: kind of page, source type, concept,
 * author, year).
 */
import type { DocumentData } from '../../content/schemas/documents.ts';
import type { CslItem } from '../../content/schemas/bibliography.ts';
import { yearOfDate } from '../citations/csl-dates.ts';
import { displayYear, formatAuthorNames } from '../documents/display.ts';
import { SOURCE_TYPES, type PageKind, type SearchFilterName } from './filters.ts';

export interface SearchFields {
  /** `title` overrides Pagefind's default (the page's first h1) where the h1 is not what a hit should be called. */
  meta: { kind: PageKind; authors: string; year: string; title?: string };
  filters: Partial<Record<SearchFilterName, string[]>>;
}

export function documentSearchFields(d: DocumentData, conceptNames: readonly string[]): SearchFields {
  const year = displayYear(d).text;
  return {
    meta: { kind: 'Document', authors: formatAuthorNames(d.authors), year },
    filters: {
      kind: ['Document'],
      'source type': [SOURCE_TYPES[d.type]],
      concept: [...new Set(conceptNames)].sort(),
      author: d.authors.length ? d.authors.map((a) => a.name) : ['No author given'],
      year: [year],
      keyword: [...new Set([...d.keywords, ...d.subjects])].sort(),
    },
  };
}

export function conceptSearchFields(name: string, domain: string): SearchFields {
  return {
    meta: { kind: 'Concept', authors: `Concept · ${domain}`, year: '' },
    filters: { kind: ['Concept'], concept: [name] },
  };
}

/**
 * A work of the bibliography, on its own page: its title (the page's h1 is the short
 * reference, "Lipsky (1980)", which says little in a list of hits), its authors (or
 * editors) as the reference names them, and its year.
 */
export function workSearchFields(item: Pick<CslItem, 'author' | 'editor' | 'issued' | 'title'>): SearchFields {
  const names = (item.author ?? item.editor ?? []).map((n) => n.literal ?? [n.given, n['non-dropping-particle'], n.family].filter(Boolean).join(' '));
  return {
    meta: {
      kind: 'Reference',
      authors: names.length ? formatAuthorNames(names.map((name) => ({ name }))) : 'Bibliography',
      year: String(yearOfDate(item.issued) ?? 'n.d.'),
      ...(item.title?.trim() ? { title: item.title.trim() } : {}),
    },
    filters: { kind: ['Reference'] },
  };
}
