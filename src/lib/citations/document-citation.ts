/**
 * How to cite a document of the corpus: its CSL-JSON record, and that record formatted in
 * each style and export format for the "Cite this" block.
 *
 * Web texts are cited with the date the reader accessed them. That date is only known in
 * the reader's browser, so records carry a sentinel date that is replaced in the formatted
 * output by a placeholder element the browser fills in (without JavaScript it reads
 * "[date accessed]").
 */
import type { DocumentData } from '../../content/schemas/documents.ts';
import type { CslItem } from '../../content/schemas/bibliography.ts';
import { formatReference, toBibtex, toRis } from './format.ts';
import { isoToCslDate } from './csl-dates.ts';
import { escapeHtml } from '../site/html.ts';

export const ACCESSED_SENTINEL = { 'date-parts': [[1900, 1, 1]] };

/** "Darren Hill" → Hill, Darren. Names in our documents are "Given Family". */
export function splitPersonalName(name: string): { family: string; given?: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length === 1) return { family: parts[0]! };
  return { family: parts.at(-1)!, given: parts.slice(0, -1).join(' ') };
}

/** "969–79" → "969–979": styles and exports need both pages in full. */
export function expandPageRange(pages: string): string {
  const m = /^(\d+)\s*[–-]\s*(\d+)$/.exec(pages);
  if (!m) return pages;
  const [, first, last] = m as unknown as [string, string, string];
  const full = last.length < first.length ? first.slice(0, first.length - last.length) + last : last;
  return `${first}–${full}`;
}

/** True for an essay that has no title of its own, whose page is headed by the question it answers. */
export function hasOwnTitle(d: Pick<DocumentData, 'title' | 'prompt'>): boolean {
  return !(d.prompt && d.title === d.prompt);
}

/**
 * The title a citation gives: title and subtitle, without a full stop that ends the printed
 * title. A work with no title of its own is described in square brackets, as both guides
 * direct for untitled works (APA 7 §9.29), so that the question it answers is never passed
 * off as its title.
 */
export function citationTitle(d: Pick<DocumentData, 'title' | 'subtitle' | 'prompt'>): string {
  if (!hasOwnTitle(d)) return `[Untitled essay answering the question ‘${d.prompt!.replace(/\.$/, '')}’]`;
  return (d.subtitle ? `${d.title}: ${d.subtitle}` : d.title).replace(/\.$/, '');
}

/**
 * Whom a citation names as author: the persons the source names, else the organisation
 * responsible for the text (the guides' rule, recorded as `organisationAuthor`), as a
 * literal name so that no style splits it into given and family names.
 */
export function citedAuthors(d: Pick<DocumentData, 'authors' | 'organisationAuthor'>): ({ family: string; given?: string } | { literal: string })[] {
  if (d.authors.length) return d.authors.map((a) => splitPersonalName(a.name));
  return d.organisationAuthor ? [{ literal: d.organisationAuthor.name }] : [];
}

/**
 * The record a reader should cite. A journal article is cited as published. An authors'
 * manuscript is cited as its published version (the version of record), since that is
 * what coursework should reference. Web texts (blog posts, essays) are cited as web pages
 * at their address here, with the reader's access date.
 */
export function documentToCsl(id: string, d: DocumentData, pageUrl: string): CslItem {
  const title = citationTitle(d);
  const author = citedAuthors(d);
  const base = { id, title, ...(author.length ? { author } : {}) };
  switch (d.type) {
    case 'journal-article':
      return {
        ...base,
        type: 'article-journal',
        ...(d.issued ? { issued: isoToCslDate(d.issued) } : {}),
        ...(d.container ? { 'container-title': d.container } : {}),
        ...(d.volume ? { volume: d.volume } : {}),
        ...(d.issue ? { issue: d.issue } : {}),
        ...(d.pages ? { page: expandPageRange(d.pages) } : {}),
        ...(d.doi ? { DOI: d.doi } : { URL: pageUrl }),
        ...(d.publisher ? { publisher: d.publisher } : {}),
      };
    case 'author-manuscript': {
      const pv = d.publishedVersion;
      if (!pv) return { ...base, type: 'manuscript', URL: pageUrl, accessed: ACCESSED_SENTINEL };
      return {
        ...base,
        type: 'article-journal',
        issued: isoToCslDate(pv.issued),
        'container-title': pv.container,
        ...(pv.volume ? { volume: pv.volume } : {}),
        ...(pv.issue ? { issue: pv.issue } : {}),
        ...(pv.pages ? { page: expandPageRange(pv.pages) } : {}),
        ...(pv.doi ? { DOI: pv.doi } : { URL: pageUrl }),
      };
    }
    case 'blog-post':
    case 'student-essay':
      return {
        ...base,
        type: d.type === 'blog-post' ? 'post-weblog' : 'webpage',
        ...(d.issued ? { issued: isoToCslDate(d.issued) } : {}),
        ...(d.container ? { 'container-title': d.container } : {}),
        ...(d.publisher ? { publisher: d.publisher } : {}),
        URL: d.url ?? pageUrl,
        accessed: ACCESSED_SENTINEL,
      };
  }
}

/** How the browser should write today's date in each place a placeholder stands. */
export type AccessedFormat = 'day-month-year' | 'month-day-year' | 'iso' | 'ris';

const SENTINELS: { pattern: RegExp; format: AccessedFormat }[] = [
  { pattern: /1 January 1900/g, format: 'day-month-year' },
  { pattern: /January 1, 1900/g, format: 'month-day-year' },
  { pattern: /1900-01-01/g, format: 'iso' },
  { pattern: /1900\/0?1\/0?1\/?/g, format: 'ris' },
];

/** Replaces the sentinel access date in plain-text output with the words a reader fills in: "[date accessed]". */
export function withAccessedWords(text: string): string {
  return SENTINELS.reduce((out, { pattern }) => out.replace(pattern, '[date accessed]'), text);
}

/** Replaces the sentinel access date in (HTML) output with a fillable placeholder. */
export function withAccessedPlaceholder(html: string): string {
  let out = html;
  for (const { pattern, format } of SENTINELS) {
    out = out.replace(pattern, `<span class="accessed" data-accessed="${format}">[date accessed]</span>`);
  }
  return out;
}

export interface CiteThisFormats {
  harvard: string;
  apa: string;
  bibtex: string;
  ris: string;
  /** Plain-text exports with the sentinel left in, for the download files' templates. */
  bibtexText: string;
  risText: string;
}

/** The Harvard (Cite Them Right) reference as HTML, with "[date accessed]" for the browser to fill. */
export function harvardReference(item: CslItem): string {
  return withAccessedPlaceholder(formatReference(item, 'harvard', 'html'));
}

/** Every format of the "Cite this" block, as HTML ready to render. */
export function citeThisFormats(item: CslItem): CiteThisFormats {
  const bibtexText = toBibtex([item]);
  const risText = toRis([item]);
  return {
    harvard: harvardReference(item),
    apa: withAccessedPlaceholder(formatReference(item, 'apa', 'html')),
    bibtex: withAccessedPlaceholder(escapeHtml(bibtexText)),
    ris: withAccessedPlaceholder(escapeHtml(risText)),
    bibtexText,
    risText,
  };
}

/** A concept page cited as a web page of the site, dated by its last revision. */
export function conceptToCsl(slug: string, concept: { name: string; updated: string }, pageUrl: string): CslItem {
  return {
    id: `concept-${slug}`,
    type: 'webpage',
    title: concept.name,
    author: [{ literal: 'Solidarity Atlas' }],
    'container-title': 'Solidarity Atlas',
    issued: isoToCslDate(concept.updated),
    URL: pageUrl,
    accessed: ACCESSED_SENTINEL,
  };
}
