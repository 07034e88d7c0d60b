/**
 * The CSL records the site's citations are made from, read from the content itself (not from
 * the built output): the bibliography's records, and the records of the documents and concept
 * pages as the site cites them (documentToCsl, conceptToCsl) at the address each built page
 * gives as its own (its canonical link).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { readPage } from './dist';
import type { CslItem } from '../../src/content/schemas/bibliography';
import { documentSchema } from '../../src/content/schemas/documents';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';
import { documentToCsl, conceptToCsl } from '../../src/lib/citations/document-citation';

export const CONTENT = join(process.cwd(), 'src', 'content');

export const bibliographyRecords = new Map<string, CslItem>(
  readdirSync(join(CONTENT, 'bibliography'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const r = JSON.parse(readFileSync(join(CONTENT, 'bibliography', f), 'utf8')) as CslItem;
      return [r.id, r];
    }),
);

const slugs = (dir: string) =>
  readdirSync(join(CONTENT, dir))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
export const documentSlugs = slugs('documents');
export const conceptSlugs = slugs('concepts');

/** The address a page of the site is published at, as the built page itself says (its canonical link). */
export function canonical(path: string): string {
  const link = select('link[rel="canonical"]', readPage(path));
  return String(link?.properties.href);
}

export function documentRecord(slug: string): CslItem {
  const { data } = splitFrontmatter(readFileSync(join(CONTENT, 'documents', `${slug}.mdx`), 'utf8'));
  return documentToCsl(slug, documentSchema.parse(data), canonical(`/documents/${slug}/`));
}

export function conceptRecord(slug: string): CslItem {
  const { data } = splitFrontmatter(readFileSync(join(CONTENT, 'concepts', `${slug}.mdx`), 'utf8'));
  const { name, updated } = data as { name: string; updated: string | Date };
  // YAML reads an unquoted 2026-11-23 as a date; the schema keeps the calendar day as text.
  return conceptToCsl(slug, { name, updated: typeof updated === 'string' ? updated : updated.toISOString().slice(0, 10) }, canonical(`/concepts/${slug}/`));
}
