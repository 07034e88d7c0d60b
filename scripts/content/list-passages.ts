/**
 * Every numbered passage of the built documents, one per line: "<slug>#p-N<TAB>text".
 * For writing concept relations and checking their evidence:  npx node scripts/content/list-passages.ts [slug]
 * (run `npm run build` first).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { DIST, readPage } from '../../tests/helpers/dist.ts';

const only = process.argv[2];
for (const slug of readdirSync(join(DIST, 'documents')).sort()) {
  if (only && slug !== only) continue;
  for (const el of selectAll('.prose [id^="p-"]', readPage(`/documents/${slug}/`))) {
    console.log(`${slug}#${String(el.properties.id)}\t${toText(el).replace(/\s+/g, ' ').trim()}`);
  }
}
