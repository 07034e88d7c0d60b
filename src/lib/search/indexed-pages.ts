/**
 * The built pages Pagefind reads. Only a text's page, a concept's page and a work's own page
 * carry `data-pagefind-body`, and Pagefind leaves out every page without it; but it still reads
 * and parses every page it is given, and the rest (reference lists, passages, the hubs' further
 * pages) are most of the site's HTML as the corpus grows: at 200 texts, giving it only these
 * halves its time, with the same index. tests/site/search.test.ts checks that no page outside
 * them carries `data-pagefind-body`.
 */

/** The folders whose pages `/<folder>/<name>/index.html` may be indexed. */
export const INDEXED_PAGE_FOLDERS = ['documents', 'concepts', 'bibliography'] as const;

/** The same pages as a glob relative to dist/, for Pagefind's addDirectory. */
export const INDEXED_PAGES_GLOB = `{${INDEXED_PAGE_FOLDERS.join(',')}}/*/index.html`;

const INDEXED_PAGE = new RegExp(`^(?:${INDEXED_PAGE_FOLDERS.join('|')})/[^/]+/index\\.html$`);

/** Whether Pagefind reads the built file at `path` (relative to dist/, with forward slashes). */
export const isIndexedPage = (path: string): boolean => INDEXED_PAGE.test(path);
