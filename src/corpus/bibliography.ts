/**
 * The bibliography as its pages need it, derived once per build from the corpus
 * (load.ts): every work with the texts and passages citing it (lib/citations/
 * bibliography.ts), and every work's reference formatted in each style, once. The index
 * pages (/bibliography/, /bibliography/apa/) and each work's pages (/bibliography/<key>/)
 * take it from here, so none of them formats or counts anything again.
 */
import type { PaginateFunction } from 'astro';
import { loadCorpus } from './load';
import { buildBibliographyIndex, type BibliographyIndexEntry, type DocumentCitations } from '../lib/citations/bibliography';
import { formatEntries } from '../lib/citations/format';
import { STYLE_NAMES, type StyleName } from '../lib/citations/styles';
import { citationCountText, initialsIndex, workPageRows } from '../lib/citations/work-page';
import { HUB_LIMITS } from '../lib/site/hub-limits';

export interface CorpusBibliography {
  /** Every work, by author then year, with the documents citing or listing it. */
  index: BibliographyIndexEntry[];
  /** Each work's reference as HTML, by style and key. */
  formatted: Record<StyleName, ReadonlyMap<string, string>>;
  /** The documents in reading order, as the bibliography names them. */
  documents: { id: string; title: string }[];
}

let bibliography: Promise<CorpusBibliography> | undefined;

async function load(): Promise<CorpusBibliography> {
  const { documents, works } = await loadCorpus();
  const cited: DocumentCitations[] = documents.map(({ entry, label, facts, referenceList: list }) => ({
    id: entry.id,
    title: label,
    citations: facts.citations,
    listedKeys: new Set([...(list?.entries.map((e) => e.key) ?? []), ...(list?.unlisted.map((u) => u.key) ?? [])]),
  }));
  const items = [...works.values()];
  const formatted = Object.fromEntries(STYLE_NAMES.map((style) => [style, formatEntries(items, style)])) as Record<StyleName, Map<string, string>>;
  return { index: buildBibliographyIndex(works, cited), formatted, documents: cited.map(({ id, title }) => ({ id, title })) };
}

export function loadBibliography(): Promise<CorpusBibliography> {
  bibliography ??= load();
  return bibliography;
}

/** One work as the index lists it: its reference in the page's style and its counts, not its passages. */
export interface IndexRow {
  key: string;
  item: BibliographyIndexEntry['item'];
  sortAuthor: string;
  year: number | null;
  citationCount: number;
  /** "Cited 3 times in 2 texts" (lib/citations/work-page.ts). */
  uses: string;
  /** The texts citing or listing it, for the "Cited by" filter; undefined where the index has too many texts to offer it. */
  docs: string[] | undefined;
  /** The reference as HTML, in the page's style. */
  reference: string;
}

/** getStaticPaths of the index in one style: the works in pages (Astro's paginate()), each page with the A–Z way in and the filter's texts. */
export async function bibliographyIndexPages(paginate: PaginateFunction, style: StyleName) {
  const { index, formatted, documents } = await loadBibliography();
  const filterTexts = documents.length <= HUB_LIMITS.citedByFilterTexts;
  const rows = index.map((e): IndexRow => ({
    key: e.key,
    item: e.item,
    sortAuthor: e.sortAuthor,
    year: e.year,
    citationCount: e.citationCount,
    uses: citationCountText(e),
    docs: filterTexts ? e.citedBy.map((d) => d.id) : undefined,
    reference: formatted[style].get(e.key) ?? '',
  }));
  const pageSize = HUB_LIMITS.worksPerIndexPage;
  return paginate(rows, {
    pageSize,
    props: {
      style,
      initials: initialsIndex(index, pageSize),
      documents: filterTexts ? documents : undefined,
      documentCount: documents.length,
    },
  });
}

/** getStaticPaths of each work's pages: its citing passages in pages (Astro's paginate()), each page with the work and its references in every style. */
export async function workPages(paginate: PaginateFunction) {
  const { index, formatted } = await loadBibliography();
  return index.flatMap((entry) =>
    paginate(workPageRows(entry.citedBy), {
      pageSize: HUB_LIMITS.citationsPerWorkPage,
      params: { key: entry.key },
      props: {
        entry,
        uses: citationCountText(entry),
        references: Object.fromEntries(STYLE_NAMES.map((style) => [style, formatted[style].get(entry.key) ?? ''])) as Record<StyleName, string>,
      },
    }),
  );
}
