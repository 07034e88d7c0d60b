/**
 * Indexes the built site with Pagefind as the last step of `astro build` (one indexing
 * step, so every build ships a matching index). Pagefind's own rules decide what is
 * indexed: only elements marked `data-pagefind-body` (document texts, concept pages,
 * bibliography entries), minus anything marked `data-pagefind-ignore`. It reads only the
 * pages that can carry `data-pagefind-body` (src/lib/search/indexed-pages.ts).
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readdirSync, rmSync } from 'node:fs';
import * as pagefind from 'pagefind';
import type { AstroIntegration } from 'astro';
import { INDEXED_PAGES_GLOB } from '../lib/search/indexed-pages.ts';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'solidarity-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES_GLOB });
          if (added.errors.length) throw new Error(`Pagefind could not index dist/: ${added.errors.join('; ')}`);
          if (added.page_count === 0) throw new Error('Pagefind found no pages with data-pagefind-body to index');
          const outputPath = join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          // Pagefind also writes its ready-made UIs; the site has its own, so they are not shipped.
          for (const f of readdirSync(outputPath))
            if (/^pagefind-(component-|modular-)?ui\.(js|css)$|^pagefind-highlight\.js$/.test(f)) rmSync(join(outputPath, f));
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
