/**
 * Machine-readable metadata for a document page, so that reference managers (Zotero's
 * connector) and Google Scholar take each document as itself: Highwire Press `citation_*`
 * tags, Dublin Core, and a schema.org JSON-LD object.
 */
import type { DocumentData } from '../content/schemas.ts';
import { expandPageRange, splitPersonalName } from './document-citation.ts';

export interface MetaTag {
  name: string;
  content: string;
}

const slashDate = (issued: string) => issued.replaceAll('-', '/');

/** The facts of publication: the text's own, or its published version's for a manuscript. */
function publication(d: DocumentData) {
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

export function highwireTags(d: DocumentData, pageUrl: string): MetaTag[] {
  const p = publication(d);
  const tags: MetaTag[] = [{ name: 'citation_title', content: d.subtitle ? `${d.title}: ${d.subtitle}` : d.title }];
  for (const a of d.authors) {
    const { family, given } = splitPersonalName(a.name);
    tags.push({ name: 'citation_author', content: given ? `${family}, ${given}` : family });
    if (a.affiliation) tags.push({ name: 'citation_author_institution', content: a.affiliation });
  }
  if (p.issued) tags.push({ name: 'citation_publication_date', content: slashDate(p.issued) });
  const isArticle = d.type === 'journal-article' || d.type === 'author-manuscript';
  if (isArticle && p.container) tags.push({ name: 'citation_journal_title', content: p.container });
  if (p.volume) tags.push({ name: 'citation_volume', content: p.volume });
  if (p.issue) tags.push({ name: 'citation_issue', content: p.issue });
  if (p.pages) {
    const [first, last] = expandPageRange(p.pages).split(/\s*[–-]\s*/);
    if (first) tags.push({ name: 'citation_firstpage', content: first });
    if (last) tags.push({ name: 'citation_lastpage', content: last });
  }
  if (p.doi) tags.push({ name: 'citation_doi', content: p.doi });
  if (d.publisher) tags.push({ name: 'citation_publisher', content: d.publisher });
  if (!isArticle && d.container) tags.push({ name: 'citation_series_title', content: d.container });
  tags.push({ name: 'citation_language', content: 'en' });
  tags.push({ name: 'citation_abstract_html_url', content: pageUrl });
  tags.push({ name: 'citation_fulltext_html_url', content: pageUrl });
  for (const k of d.keywords) tags.push({ name: 'citation_keywords', content: k });
  return tags;
}

export function dublinCoreTags(d: DocumentData, pageUrl: string): MetaTag[] {
  const p = publication(d);
  const tags: MetaTag[] = [
    { name: 'DC.title', content: d.subtitle ? `${d.title}: ${d.subtitle}` : d.title },
    ...d.authors.map((a) => ({ name: 'DC.creator', content: a.name })),
    { name: 'DC.type', content: 'Text' },
    { name: 'DC.format', content: 'text/html' },
    { name: 'DC.language', content: 'en' },
    { name: 'DC.identifier', content: p.doi ? `https://doi.org/${p.doi}` : pageUrl },
  ];
  if (p.issued) tags.push({ name: 'DC.date', content: p.issued });
  if (d.publisher) tags.push({ name: 'DC.publisher', content: d.publisher });
  if (p.container) tags.push({ name: 'DC.source', content: p.container });
  if (d.licence) tags.push({ name: 'DC.rights', content: d.licence.url });
  for (const k of d.keywords) tags.push({ name: 'DC.subject', content: k });
  return tags;
}

const SCHEMA_TYPES: Record<DocumentData['type'], string> = {
  'journal-article': 'ScholarlyArticle',
  'author-manuscript': 'ScholarlyArticle',
  'blog-post': 'BlogPosting',
  'student-essay': 'Article',
};

export function jsonLd(d: DocumentData, pageUrl: string): Record<string, unknown> {
  const p = publication(d);
  return {
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPES[d.type],
    headline: d.subtitle ? `${d.title}: ${d.subtitle}` : d.title,
    url: pageUrl,
    ...(d.authors.length ? { author: d.authors.map((a) => ({ '@type': 'Person', name: a.name, ...(a.affiliation ? { affiliation: { '@type': 'Organization', name: a.affiliation } } : {}) })) } : {}),
    ...(p.issued ? { datePublished: p.issued } : {}),
    ...(d.publisher ? { publisher: { '@type': 'Organization', name: d.publisher } } : {}),
    ...(p.container ? { isPartOf: { '@type': d.type === 'blog-post' ? 'Blog' : 'Periodical', name: p.container } } : {}),
    ...(p.doi ? { identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: p.doi }, sameAs: `https://doi.org/${p.doi}` } : {}),
    ...(d.licence ? { license: d.licence.url } : {}),
    ...(d.abstract ? { abstract: d.abstract } : {}),
    ...(d.keywords.length ? { keywords: d.keywords.join(', ') } : {}),
    ...(d.type === 'student-essay' ? { genre: 'student essay' } : {}),
    inLanguage: 'en-GB',
  };
}
