/** Looking up bibliography records by key, and a document's references as records. */
import type { CslItem } from '../../content/schemas/bibliography.ts';
import type { ReferenceListData } from './reference-list.ts';
import { yearOfDate } from './csl-dates.ts';

export function worksByKey(entries: readonly { id: string; data: CslItem }[]): Map<string, CslItem> {
  return new Map(entries.map((e) => [e.id, { ...e.data, id: e.id }]));
}

/** Distinct works a document cites or lists (printed list first, in order; then unlisted and in-text only). */
export function documentWorkKeys(list: ReferenceListData | undefined, citedKeys: readonly string[]): string[] {
  const keys = [...(list?.entries.map((e) => e.key) ?? []), ...(list?.unlisted.map((u) => u.key) ?? []), ...citedKeys];
  return [...new Set(keys)];
}

export function pick(works: ReadonlyMap<string, CslItem>, keys: readonly string[]): CslItem[] {
  return keys.map((k) => {
    const w = works.get(k);
    if (!w) throw new Error(`no bibliography record for "${k}"`);
    return w;
  });
}

/** A citation of a work in a document's text: its link id, its passage and the sentence it stands in. */
export interface CitingPassage {
  id: string;
  passage: string | undefined;
  sentence: string;
}

export interface CitingDocument {
  id: string;
  title: string;
  /** Citations of the work in this document's text, in order. */
  citations: CitingPassage[];
  /** True when the work is in the document's printed reference list. */
  listed: boolean;
}

export interface BibliographyIndexEntry {
  key: string;
  item: CslItem;
  /** Sort key: first author's family name (or corporate name, or title), lower-cased. */
  sortAuthor: string;
  /** Year of issue, or null for "no date". */
  year: number | null;
  /** The documents that cite or list the work, in reading order. */
  citedBy: CitingDocument[];
  /** Total in-text citations across the corpus. */
  citationCount: number;
}

export interface DocumentCitations {
  id: string;
  title: string;
  citations: readonly { key: string; id: string; passage: string | undefined; sentence: string }[];
  listedKeys: ReadonlySet<string>;
}

export function sortAuthorOf(item: CslItem): string {
  const first = item.author?.[0] ?? item.editor?.[0];
  const name = first?.family ?? first?.literal ?? item.title ?? item.id;
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^(the|a|an)\s+/i, '')
    .toLowerCase();
}

function yearOf(item: CslItem): number | null {
  return yearOfDate(item.issued) ?? null;
}

/** The order of the bibliography: by author, then year (works without a date last within an author), then key. */
export const byAuthorThenYear = (
  a: Pick<BibliographyIndexEntry, 'sortAuthor' | 'year' | 'key'>,
  b: Pick<BibliographyIndexEntry, 'sortAuthor' | 'year' | 'key'>,
): number => a.sortAuthor.localeCompare(b.sortAuthor, 'en-GB') || (a.year ?? 9999) - (b.year ?? 9999) || a.key.localeCompare(b.key);

/**
 * Every work with the documents that cite or list it, sorted by author then year. One pass
 * over the documents' citations, so the cost grows with the corpus, not with works × documents.
 */
export function buildBibliographyIndex(works: ReadonlyMap<string, CslItem>, documents: readonly DocumentCitations[]): BibliographyIndexEntry[] {
  const citedBy = new Map<string, CitingDocument[]>();
  for (const d of documents) {
    const here = new Map<string, CitingDocument>();
    const entry = (key: string) => {
      let found = here.get(key);
      if (!found) {
        found = { id: d.id, title: d.title, citations: [], listed: d.listedKeys.has(key) };
        here.set(key, found);
      }
      return found;
    };
    for (const c of d.citations) entry(c.key).citations.push({ id: c.id, passage: c.passage, sentence: c.sentence });
    for (const key of d.listedKeys) entry(key);
    for (const [key, found] of here) {
      if (!citedBy.has(key)) citedBy.set(key, []);
      citedBy.get(key)!.push(found);
    }
  }
  const entries = [...works.values()].map((item): BibliographyIndexEntry => {
    const by = citedBy.get(item.id) ?? [];
    return {
      key: item.id,
      item,
      sortAuthor: sortAuthorOf(item),
      year: yearOf(item),
      citedBy: by,
      citationCount: by.reduce((n, d) => n + d.citations.length, 0),
    };
  });
  return entries.sort(byAuthorThenYear);
}

/** "Lipsky (2010)", "Hill and Laredo (2019)", "Hill et al. (2018)", "IFSW (n.d.)": a work's short name. */
export function shortReference(item: CslItem): string {
  const names = (item.author ?? item.editor ?? []).map((n) => n.family ?? n.literal ?? '');
  const who =
    names.length === 0 ? (item.title ?? item.id) : names.length === 1 ? names[0]! : names.length === 2 ? `${names[0]} and ${names[1]}` : `${names[0]} et al.`;
  return `${who} (${yearOf(item) ?? 'n.d.'})`;
}

/** Names of the CSL types the bibliography holds, for its type filter and each entry's line. */
const CSL_TYPE_NAMES: Partial<Record<CslItem['type'], string>> = {
  'article-journal': 'Journal article',
  book: 'Book',
  chapter: 'Book chapter',
  report: 'Report',
  webpage: 'Web page',
  'post-weblog': 'Blog post',
  'article-newspaper': 'Newspaper article',
  'article-magazine': 'Magazine article',
  thesis: 'Thesis',
  legislation: 'Legislation',
  speech: 'Speech',
  'paper-conference': 'Conference paper',
  document: 'Document',
  article: 'Article',
};

/** "Journal article" for article-journal; a type without a name here as CSL spells it. */
export const cslTypeName = (type: CslItem['type']): string => CSL_TYPE_NAMES[type] ?? type;
