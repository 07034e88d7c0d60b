/**
 * The "Cite this" block of a text's page: the text's own record, formatted in both styles.
 * Each record is unique (its title and address), so each page formats its own; but one
 * citeproc run costs much more than a record in it, so the first page of each block of texts
 * (in reading order) formats the whole block's records, in as few runs as their names allow
 * (formatEachAlone), and the other pages of the block find theirs formatted. A build after an
 * edit that renders one text's page formats one block, not the corpus.
 */
import { loadCorpus, type CorpusDocument } from './load';
import { citeThisFormats, documentToCsl, type CiteThisFormats } from '../lib/citations/document-citation';
import { formatEachAlone } from '../lib/citations/format';
import type { CollectionEntry } from 'astro:content';
import type { CslItem } from '../content/schemas/bibliography';

/** How many texts' records are formatted together (a page's worth of a group's reading list). */
const BLOCK = 40;

/** The record a reader cites the text by, at its address on this site. */
const recordOf = (entry: CollectionEntry<'documents'>, site: URL | string | undefined): CslItem =>
  documentToCsl(entry.id, entry.data, new URL(`/documents/${entry.id}/`, site).href);

const formattedBlocks = new Set<number>();

/** The "Cite this" formats of a text, its block's records formatted first (once per build). */
export async function documentCiteThis(doc: CorpusDocument, site: URL | string | undefined): Promise<CiteThisFormats> {
  const { documents } = await loadCorpus();
  const at = documents.findIndex((d) => d.entry.id === doc.entry.id);
  const block = Math.floor(at / BLOCK);
  if (at >= 0 && !formattedBlocks.has(block)) {
    formattedBlocks.add(block);
    const records = documents.slice(block * BLOCK, (block + 1) * BLOCK).map((d) => recordOf(d.entry, site));
    for (const style of ['harvard', 'apa'] as const) formatEachAlone(records, style, 'html');
  }
  return citeThisFormats(recordOf(doc.entry, site));
}

/**
 * Formats the Harvard references of the texts a reading list's page shows, in few runs, before
 * its items ask for them one at a time (components/documents/ReadingListItem.astro).
 */
export function formatListReferences(entries: readonly CollectionEntry<'documents'>[], site: URL | string | undefined): void {
  formatEachAlone(
    entries.map((e) => recordOf(e, site)),
    'harvard',
    'html',
  );
}
