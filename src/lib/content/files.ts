/**
 * The citation keys and document slugs that exist, read from file names. Used where
 * the content layer is not available yet (remark plugins run while content is loaded).
 * The collection itself checks that each file's `id` matches its name.
 *
 * The Markdown plugins ask for the keys and the concepts' names once per document they
 * compile: what was read is kept, and read again only when the folder (a file added, removed
 * or renamed) or, for the concepts, a file has changed since, as in `astro dev`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from './frontmatter.ts';

export const BIBLIOGRAPHY_DIR = join(process.cwd(), 'src', 'content', 'bibliography');

/** The names of a folder's files that end in `ext`, without it; read again when the folder changes. */
const stemsRead = new Map<string, { changed: number; stems: ReadonlySet<string> }>();
function fileStems(dir: string, ext: string): ReadonlySet<string> {
  const changed = statSync(dir).mtimeMs;
  const read = stemsRead.get(`${dir}\0${ext}`);
  if (read?.changed === changed) return read.stems;
  const stems = new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith(ext))
      .map((f) => f.slice(0, -ext.length)),
  );
  stemsRead.set(`${dir}\0${ext}`, { changed, stems });
  return stems;
}

export function bibliographyKeys(dir = BIBLIOGRAPHY_DIR): ReadonlySet<string> {
  return fileStems(dir, '.json');
}

export const DOCUMENTS_DIR = join(process.cwd(), 'src', 'content', 'documents');

export function documentSlugs(dir = DOCUMENTS_DIR): ReadonlySet<string> {
  return fileStems(dir, '.mdx');
}

export const CONCEPTS_DIR = join(process.cwd(), 'src', 'content', 'concepts');

export function conceptSlugs(dir = CONCEPTS_DIR): ReadonlySet<string> {
  return fileStems(dir, '.mdx');
}

/**
 * Each concept's name and aliases, read from its frontmatter, for the remark plugin that
 * links mentions (it runs while content is loaded, before the collection exists).
 */
export function conceptTerms(dir = CONCEPTS_DIR): ConceptTermsOnDisk[] {
  return [...conceptSlugs(dir)].sort().map((slug) => conceptNames(join(dir, `${slug}.mdx`), slug));
}

/** A concept's names and aliases, and the phrases holding one that do not mention it (its `notMentions`). */
export interface ConceptTermsOnDisk {
  slug: string;
  names: string[];
  notMentions: string[];
}

const namesRead = new Map<string, { changed: number; terms: ConceptTermsOnDisk }>();

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((n): n is string => typeof n === 'string') : []);

function conceptNames(file: string, slug: string): ConceptTermsOnDisk {
  const changed = statSync(file).mtimeMs;
  const read = namesRead.get(file);
  if (read?.changed === changed) return read.terms;
  const { data } = splitFrontmatter(readFileSync(file, 'utf8'));
  const fm = (data ?? {}) as { name?: unknown; aliases?: unknown; notMentions?: unknown };
  const terms = { slug, names: strings([fm.name, ...strings(fm.aliases)]), notMentions: strings(fm.notMentions) };
  namesRead.set(file, { changed, terms });
  return terms;
}
