/** Reading built pages from dist/ as text, the way a reader sees them. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { select, selectAll } from 'hast-util-select';
import type { Root, Element } from 'hast';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export function distFileFor(pagePath: string): string {
  return join(DIST, pagePath.replace(/^\//, ''), pagePath.endsWith('/') ? 'index.html' : '');
}

export function readPage(pagePath: string): Root {
  const file = distFileFor(pagePath);
  if (!existsSync(file)) throw new Error(`built page ${pagePath} not found at ${file}`);
  return fromHtml(readFileSync(file, 'utf8'));
}

/** The text of <main>, with block boundaries as line breaks (like innerText). */
export function mainText(tree: Root): string {
  const main = select('main', tree);
  if (!main) throw new Error('page has no <main>');
  return toText(main);
}

/** id → first words of every numbered paragraph, for the id-stability snapshot. */
export function paragraphIds(tree: Root): string[] {
  return selectAll('main [id^="p-"]', tree).map((el: Element) => `${el.properties.id}: ${toText(el).replace(/\s+/g, ' ').trim().slice(0, 50)}`);
}
