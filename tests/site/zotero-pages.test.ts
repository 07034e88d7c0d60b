/**
 * What Zotero saves from every document and concept page, asked of Zotero's own code (the
 * translation-server's /web, which runs the same translators as "Save to Zotero"), compared
 * field by field with the content collections. Expected values are worked out here from the
 * frontmatter, by the rules in docs/zotero-metadata.md, never copied from Zotero's answer.
 * Any field not listed as expected fails the test by name: nothing may be invented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { select } from 'hast-util-select';
import { z } from 'astro/zod';
import { documentSchema, type DocumentData } from '../../src/content/schemas/documents';
import { conceptSchema } from '../../src/content/schemas/concepts';
import { CONCEPTS_DIR, DOCUMENTS_DIR, conceptSlugs, documentSlugs } from '../../src/lib/content/files';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';
import { readPage } from '../helpers/dist';
import { zoteroWeb, type ZoteroItem } from '../helpers/zotero';

const origin = inject('siteOrigin');

/** Fields Zotero adds to every saved page by itself: which database, when, its key. */
const BOOKKEEPING = ['key', 'version', 'accessDate', 'libraryCatalog', 'tags'];

/** The container field of each item type (Zotero's base field publicationTitle, by its type's name). */
const CONTAINER_FIELD: Record<string, string> = { journalArticle: 'publicationTitle', blogPost: 'blogTitle', webpage: 'websiteTitle' };

/** What each kind of text is, in Zotero's words (the issue: articles as articles, posts as posts, essays never as articles). */
const EXPECTED_TYPE: Record<DocumentData['type'], string> = {
  'journal-article': 'journalArticle',
  'author-manuscript': 'journalArticle',
  'blog-post': 'blogPost',
  'student-essay': 'webpage',
};

function readDocument(slug: string): DocumentData {
  const { data } = splitFrontmatter(readFileSync(join(DOCUMENTS_DIR, `${slug}.mdx`), 'utf8'));
  return documentSchema.parse(data);
}

const anyString = z.string();
function readConcept(slug: string) {
  const { data } = splitFrontmatter(readFileSync(join(CONCEPTS_DIR, `${slug}.mdx`), 'utf8'));
  return conceptSchema({ concept: anyString, work: anyString, document: anyString }).parse(data);
}

/** The page's canonical address as built, and its language: where the item's url and language must come from. */
function builtPage(path: string) {
  const tree = readPage(path);
  const canonical = select('link[rel="canonical"]', tree)?.properties.href;
  const lang = select('html', tree)?.properties.lang;
  return { canonical: String(canonical), lang: String(lang) };
}

/** "Darren Hill" → Zotero's two-field creator; an organisation → one field. */
function expectedCreators(d: DocumentData) {
  if (d.authors.length) {
    return d.authors.map((a) => {
      const parts = a.name.split(/\s+/);
      return { firstName: parts.slice(0, -1).join(' '), lastName: parts.at(-1), creatorType: 'author' };
    });
  }
  return d.organisationAuthor ? [{ name: d.organisationAuthor.name, creatorType: 'author' }] : [];
}

/** "969–79" → "969-979", as Zotero stores a page range. */
function zoteroPages(pages: string): string {
  const [first, last] = pages.split(/\s*[–-]\s*/) as [string, string | undefined];
  if (!last) return first;
  return `${first}-${last.length < first.length ? first.slice(0, first.length - last.length) + last : last}`;
}

/** Zotero keeps Highwire's date as written ("2020/08/14"); compare the date, not the separator. */
const isoDate = (date: unknown) => (typeof date === 'string' ? date.replaceAll('/', '-') : date);

/** Asserts the item has exactly the expected fields (beyond bookkeeping) with these values. */
function expectFields(item: ZoteroItem, expected: Record<string, unknown>, page: string) {
  const { date, ...rest } = expected;
  const actual: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (!BOOKKEEPING.includes(k)) actual[k] = k === 'date' ? isoDate(v) : v;
  const want: Record<string, unknown> = { ...rest, ...(date ? { date } : {}) };
  for (const [k, v] of Object.entries(want)) if (v === undefined) delete want[k];
  // Zotero derives a short title from a title with a colon; it is the part before it, nothing else.
  if ('shortTitle' in actual) {
    expect(actual.shortTitle, `${page}: shortTitle`).toBe(String(want.title).split(':')[0]);
    delete actual.shortTitle;
  }
  const invented = Object.keys(actual).filter((k) => !(k in want));
  expect(invented, `${page}: fields Zotero saved that the content does not hold`).toEqual([]);
  expect(actual, page).toEqual(want);
  expect(item.tags, `${page}: tags`).toEqual([]);
  expect(typeof item.accessDate, `${page}: accessDate`).toBe('string');
}

describe('Zotero saves every document page as the text it is', () => {
  for (const slug of [...documentSlugs()].sort()) {
    it(slug, async () => {
      const d = readDocument(slug);
      const path = `/documents/${slug}/`;
      const { canonical, lang } = builtPage(path);
      expect(canonical).toBe(new URL(path, canonical).href);

      const result = await zoteroWeb(origin + path);
      if (result.kind !== 'items')
        throw new Error(`${path}: Zotero offered a pick-list (${Object.keys(result.choices).length} choices) instead of the document`);
      expect(result.items).toHaveLength(1);
      const item = result.items[0]!;

      const itemType = EXPECTED_TYPE[d.type];
      const pv = d.publishedVersion;
      // The manuscript is saved as the article it was published as: its facts are the published version's.
      const facts = {
        issued: d.issued ?? pv?.issued,
        container: d.container ?? pv?.container,
        volume: d.volume ?? pv?.volume,
        issue: d.issue ?? pv?.issue,
        pages: d.pages ?? pv?.pages,
        doi: d.doi ?? pv?.doi,
      };
      // An essay with no title of its own (headed by the question it answers) is saved with a
      // bracketed description, never with the question as its title.
      const title =
        d.prompt && d.title === d.prompt
          ? `[Untitled essay answering the question ‘${d.prompt}’]`
          : (d.subtitle ? `${d.title}: ${d.subtitle}` : d.title).replace(/\.$/, '');
      const extra = [
        ...(d.type === 'author-manuscript' && pv ? [item.extra && String(item.extra).split('\n')[0]] : []),
        // None of these item types has a publisher field: Zotero keeps it in Extra, and passes it to styles.
        ...(d.publisher ? [`Publisher: ${d.publisher}`] : []),
      ];
      if (d.type === 'author-manuscript' && pv) {
        // Marked as the accepted manuscript of the published article, with where those facts come from.
        const line = String(item.extra ?? '').split('\n')[0]!;
        expect(line).toMatch(/^Accepted manuscript: the authors’ undated manuscript of the article published in /);
        for (const fact of [pv.container, pv.volume, pv.issue, pv.issued.slice(0, 4), pv.basis]) expect(line).toContain(fact);
      }
      expectFields(
        item,
        {
          itemType,
          creators: expectedCreators(d),
          title,
          date: facts.issued ?? undefined,
          [CONTAINER_FIELD[itemType]!]: facts.container,
          volume: facts.volume,
          issue: facts.issue,
          pages: facts.pages ? zoteroPages(facts.pages) : undefined,
          DOI: facts.doi,
          url: canonical,
          // The authors' abstract where there is one. Without one Zotero takes the meta
          // description, which is the site's summary and says so (docs/zotero-metadata.md).
          abstractNote: d.abstract ?? `Solidarity Atlas summary: ${d.summary}`,
          language: lang,
          rights: d.licence ? `${d.licence.label} (${d.licence.url})` : undefined,
          extra: extra.length ? extra.join('\n') : undefined,
        },
        path,
      );
      // Never the summary passed off as the abstract, never a date that contradicts the citation.
      expect(String(item.abstractNote)).not.toMatch(/\(n\.d\.\)|No author given/);
    });
  }
});

describe('Zotero saves every concept page as a web page of the site', () => {
  for (const slug of [...conceptSlugs()].sort()) {
    it(slug, async () => {
      const c = readConcept(slug);
      const path = `/concepts/${slug}/`;
      const { canonical, lang } = builtPage(path);
      const result = await zoteroWeb(origin + path);
      if (result.kind !== 'items') throw new Error(`${path}: Zotero offered a pick-list instead of the concept page`);
      expect(result.items).toHaveLength(1);
      expectFields(
        result.items[0]!,
        {
          itemType: 'webpage',
          creators: [{ name: 'Solidarity Atlas', creatorType: 'author' }],
          title: c.name,
          date: c.updated,
          websiteTitle: 'Solidarity Atlas',
          url: canonical,
          // The concept page's own summary, written by the site that is its author.
          abstractNote: c.summary,
          language: lang,
        },
        path,
      );
    });
  }
});
