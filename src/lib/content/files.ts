/**
 * The citation keys and document slugs that exist, read from file names. Used where
 * the content layer is not available yet (remark plugins run while content is loaded).
 * The collection itself checks that each file's `id` matches its name.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from './frontmatter.ts';

export const BIBLIOGRAPHY_DIR = join(process.cwd(), 'src', 'content', 'bibliography');

export function bibliographyKeys(dir = BIBLIOGRAPHY_DIR): Set<string> {
  return new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length)),
  );
}

export const DOCUMENTS_DIR = join(process.cwd(), 'src', 'content', 'documents');

export function documentSlugs(dir = DOCUMENTS_DIR): Set<string> {
  return new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.slice(0, -'.mdx'.length)),
  );
}

export const CONCEPTS_DIR = join(process.cwd(), 'src', 'content', 'concepts');

export function conceptSlugs(dir = CONCEPTS_DIR): Set<string> {
  return new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.slice(0, -'.mdx'.length)),
  );
}

/**
 * Each concept's name and aliases, read from its frontmatter, for the remark plugin that
 * links mentions (it runs while content is loaded, before the collection exists).
 */
export function conceptTerms(dir = CONCEPTS_DIR): { slug: string; names: string[] }[] {
  return [...conceptSlugs(dir)].sort().map((slug) => {
    const { data } = splitFrontmatter(readFileSync(join(dir, `${slug}.mdx`), 'utf8'));
    const fm = (data ?? {}) as { name?: unknown; aliases?: unknown };
    const aliases: unknown[] = Array.isArray(fm.aliases) ? fm.aliases : [];
    const names = [fm.name, ...aliases].filter((n): n is string => typeof n === 'string');
    return { slug, names };
  });
}
