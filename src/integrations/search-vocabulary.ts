/**
 * Writes the search's vocabulary (src/lib/search/vocabulary.ts) as the last step of
 * `astro build`: one small JSON file per first letter, dist/search-vocabulary/<letter>.json,
 * fetched by src/client/search/forgive.ts only when a query has a word the index does not
 * know. It reads the same built pages as Pagefind (src/lib/search/indexed-pages.ts): the text
 * of each page's `data-pagefind-body`, and as names its title, authors and concepts.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { INDEXED_PAGES_GLOB } from '../lib/search/indexed-pages.ts';
import { buildVocabulary, type VocabularyPage } from '../lib/search/vocabulary.ts';

export const VOCABULARY_DIR = 'search-vocabulary';

const decode = (s: string) =>
  s.replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(Number(e[1] === 'x' || e[1] === 'X' ? `0${e.slice(1)}` : e.slice(1)))
      : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[e.toLowerCase()] ?? ' '),
  );
const textOf = (html: string) => decode(html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' '));

/** The page's words and names, or undefined for a page Pagefind leaves out (no data-pagefind-body). */
export function vocabularyPage(html: string): VocabularyPage | undefined {
  const at = html.search(/<[a-z]+[^>]*\sdata-pagefind-body[\s>=]/i);
  if (at < 0) return undefined;
  const end = html.indexOf('</main>', at);
  const body = html.slice(at, end < 0 ? undefined : end);
  const names = [
    ...[...body.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/gi)].map((m) => textOf(m[1]!)),
    ...[...body.matchAll(/data-pagefind-(?:meta|filter)="(?:title|authors|author|concept)"[^>]*>([^<]*)</g)].map((m) => decode(m[1]!)),
  ];
  return { names, text: textOf(body) };
}

export function searchVocabulary(): AstroIntegration {
  return {
    name: 'solidarity-atlas:search-vocabulary',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages: VocabularyPage[] = [];
        for await (const file of glob(INDEXED_PAGES_GLOB, { cwd: site })) {
          const page = vocabularyPage(readFileSync(join(site, file), 'utf8'));
          if (page) pages.push(page);
        }
        const out = join(site, VOCABULARY_DIR);
        rmSync(out, { recursive: true, force: true });
        mkdirSync(out, { recursive: true });
        let words = 0;
        for (const [key, shard] of buildVocabulary(pages)) {
          writeFileSync(join(out, `${key}.json`), JSON.stringify(shard));
          words += shard.words.length;
        }
        logger.info(`search vocabulary: ${words} words from ${pages.length} pages`);
      },
    },
  };
}
