/**
 * Machine-readable metadata for document and concept pages, so that reference managers
 * (Zotero's "Save to Zotero", which reads these tags with its Embedded Metadata translator)
 * and Google Scholar take each page as what it is: Highwire Press `citation_*` tags, Dublin
 * Core, Zotero's own `z.itemType`, and a schema.org JSON-LD object.
 *
 * What Zotero does with each tag was found by running Zotero's own translators on the
 * built pages (tests/site/zotero-pages.test.ts); docs/zotero-metadata.md has the table.
 * In short:
 * - `citation_journal_title` makes any page a journal article, whatever else it says, so
 *   only journal articles (and the manuscript, saved as its published article) carry it;
 * - `z.itemType` (Zotero's RDF vocabulary) chooses the item type of everything else, and
 *   makes Zotero read `DC.description` as the item's Extra field (not its abstract);
 * - `DC.source` is the container: a blog's title, a website's title;
 * - `citation_abstract` is the abstract. Without one, Zotero takes the page's meta
 *   description (which is why that description says it is the site's summary).
 */
import type { DocumentData } from '../../content/schemas/documents.ts';
import { citationTitle, expandPageRange, splitPersonalName } from '../citations/document-citation.ts';
import { formatVenue } from './display.ts';

interface MetaTag {
  name: string;
  content: string;
}

/** The page's language, as `<html lang>` says. */
const PAGE_LANGUAGE = 'en-GB';

const slashDate = (issued: string) => issued.replaceAll('-', '/');

/** The facts of publication: the text's own, or its published version's for a manuscript. */
function publicationFacts(d: DocumentData) {
  const pv = d.publishedVersion;
  return {
    issued: d.issued ?? pv?.issued ?? null,
    container: d.container ?? pv?.container,
    volume: d.volume ?? pv?.volume,
    issue: d.issue ?? pv?.issue,
    pages: d.pages ?? pv?.pages,
    doi: d.doi ?? pv?.doi,
  };
}

/** The Zotero item type each kind of document is saved as. */
const ZOTERO_ITEM_TYPES: Record<DocumentData['type'], string> = {
  'journal-article': 'journalArticle',
  // Saved as the article it was published as (the version a student cites), marked in Extra.
  'author-manuscript': 'journalArticle',
  'blog-post': 'blogPost',
  // Essays the Social Workers Union published on the web for its competition: web pages,
  // never journal articles. (Zotero's "manuscript" would say unpublished; they were published.)
  'student-essay': 'webpage',
};

/** Zotero item types that have a publisher field; for the others the publisher goes in Extra. */
const TYPES_WITH_PUBLISHER = new Set(['book', 'bookSection', 'report', 'document', 'thesis']);

/**
 * Zotero's Extra field for a document: what Zotero has no field for. A manuscript is marked
 * as the authors' manuscript of the published article; a publisher the item type has no
 * field for is written as "Publisher: …", which Zotero passes to citation styles as the
 * CSL publisher.
 */
export function zoteroExtra(d: DocumentData): string | undefined {
  const lines: string[] = [];
  const pv = d.publishedVersion;
  if (d.type === 'author-manuscript' && pv) {
    lines.push(
      `Accepted manuscript: the authors’ undated manuscript of the article published in ${formatVenue(pv)} (${pv.issued.slice(0, 4)}), saved as the published article, which is how it is cited. ${pv.basis}`,
    );
  }
  if (d.publisher && !TYPES_WITH_PUBLISHER.has(ZOTERO_ITEM_TYPES[d.type])) lines.push(`Publisher: ${d.publisher}`);
  return lines.length ? lines.join('\n') : undefined;
}

/**
 * An author as Highwire's `citation_author` gives it: "Family, Given" for a person; an
 * organisation's name with a trailing comma, which Zotero (ZU.cleanAuthor) reads as a
 * single-field name instead of splitting "…Residential Child" from "Care".
 */
function highwireAuthors(d: DocumentData): string[] {
  if (d.authors.length) {
    return d.authors.map((a) => {
      const { family, given } = splitPersonalName(a.name);
      return given ? `${family}, ${given}` : family;
    });
  }
  return d.organisationAuthor ? [`${d.organisationAuthor.name},`] : [];
}

export function highwireTags(d: DocumentData, pageUrl: string): MetaTag[] {
  const p = publicationFacts(d);
  const tags: MetaTag[] = [{ name: 'citation_title', content: citationTitle(d) }];
  highwireAuthors(d).forEach((author, i) => {
    tags.push({ name: 'citation_author', content: author });
    const affiliation = d.authors[i]?.affiliation;
    if (affiliation) tags.push({ name: 'citation_author_institution', content: affiliation });
  });
  if (p.issued) tags.push({ name: 'citation_publication_date', content: slashDate(p.issued) });
  if (ZOTERO_ITEM_TYPES[d.type] === 'journalArticle' && p.container) tags.push({ name: 'citation_journal_title', content: p.container });
  if (p.volume) tags.push({ name: 'citation_volume', content: p.volume });
  if (p.issue) tags.push({ name: 'citation_issue', content: p.issue });
  if (p.pages) {
    const [first, last] = expandPageRange(p.pages).split(/\s*[–-]\s*/);
    if (first) tags.push({ name: 'citation_firstpage', content: first });
    if (last) tags.push({ name: 'citation_lastpage', content: last });
  }
  if (p.doi) tags.push({ name: 'citation_doi', content: p.doi });
  if (d.publisher) tags.push({ name: 'citation_publisher', content: d.publisher });
  if (d.abstract) tags.push({ name: 'citation_abstract', content: d.abstract });
  tags.push({ name: 'citation_language', content: PAGE_LANGUAGE });
  // The page is the full text (no separate abstract page).
  tags.push({ name: 'citation_fulltext_html_url', content: pageUrl });
  for (const k of d.keywords) tags.push({ name: 'citation_keywords', content: k });
  return tags;
}

export function dublinCoreTags(d: DocumentData, pageUrl: string): MetaTag[] {
  const p = publicationFacts(d);
  const tags: MetaTag[] = [
    { name: 'z.itemType', content: ZOTERO_ITEM_TYPES[d.type] },
    { name: 'DC.title', content: citationTitle(d) },
    // Persons as printed ("Darren Hill"); an organisation with the trailing comma that keeps it whole.
    ...(d.authors.length ? d.authors.map((a) => a.name) : highwireAuthors(d)).map((name) => ({ name: 'DC.creator', content: name })),
    { name: 'DC.language', content: PAGE_LANGUAGE },
    // The page's own address: a DOI here would be read by Zotero as an ISSN too (10.1080/13691457…).
    { name: 'DC.identifier', content: pageUrl },
  ];
  if (p.issued) tags.push({ name: 'DC.date', content: p.issued });
  if (d.publisher) tags.push({ name: 'DC.publisher', content: d.publisher });
  if (p.container) tags.push({ name: 'DC.source', content: p.container });
  if (d.licence) tags.push({ name: 'DC.rights', content: `${d.licence.label} (${d.licence.url})` });
  const extra = zoteroExtra(d);
  if (extra) tags.push({ name: 'DC.description', content: extra });
  return tags;
}

/**
 * A concept page: a web page of the site, written by the site (the organisation as author),
 * dated by its last revision. Its own summary is its abstract.
 */
export function conceptTags(concept: { name: string; updated: string }, siteName: string): MetaTag[] {
  return [
    { name: 'z.itemType', content: 'webpage' },
    { name: 'DC.title', content: concept.name },
    { name: 'DC.creator', content: `${siteName},` },
    { name: 'DC.date', content: concept.updated },
    { name: 'DC.source', content: siteName },
    { name: 'DC.language', content: PAGE_LANGUAGE },
  ];
}

const SCHEMA_TYPES: Record<DocumentData['type'], string> = {
  'journal-article': 'ScholarlyArticle',
  'author-manuscript': 'ScholarlyArticle',
  'blog-post': 'BlogPosting',
  'student-essay': 'Article',
};

export function jsonLd(d: DocumentData, pageUrl: string): Record<string, unknown> {
  const p = publicationFacts(d);
  // Kept lean (a reading page has a byte budget): affiliations, abstract, keywords and the
  // language are in the citation_* tags and <html lang>; the DOI is in sameAs.
  const author = d.authors.length
    ? d.authors.map((a) => ({ '@type': 'Person', name: a.name }))
    : d.organisationAuthor
      ? [{ '@type': 'Organization', name: d.organisationAuthor.name }]
      : [];
  return {
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPES[d.type],
    headline: citationTitle(d),
    url: pageUrl,
    ...(author.length ? { author } : {}),
    ...(p.issued ? { datePublished: p.issued } : {}),
    ...(d.publisher ? { publisher: { '@type': 'Organization', name: d.publisher } } : {}),
    ...(p.container
      ? { isPartOf: { '@type': d.type === 'blog-post' ? 'Blog' : d.type === 'student-essay' ? 'CreativeWork' : 'Periodical', name: p.container } }
      : {}),
    ...(p.doi ? { sameAs: `https://doi.org/${p.doi}` } : {}),
    ...(d.licence ? { license: d.licence.url } : {}),
    ...(d.type === 'student-essay' ? { genre: 'student essay' } : {}),
    ...(d.type === 'author-manuscript' ? { creativeWorkStatus: 'accepted manuscript' } : {}),
  };
}
