/**
 * The citation keys and document slugs that exist, read from file names. Used where
 * the content layer is not available yet (remark plugins run while content is loaded).
 * The collection itself checks that each file's `id` matches its name.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const BIBLIOGRAPHY_DIR = join(process.cwd(), 'src', 'content', 'bibliography');

export function bibliographyKeys(dir = BIBLIOGRAPHY_DIR): Set<string> {
  return new Set(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)));
}

export const DOCUMENTS_DIR = join(process.cwd(), 'src', 'content', 'documents');

export function documentSlugs(dir = DOCUMENTS_DIR): Set<string> {
  return new Set(readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -'.mdx'.length)));
}
