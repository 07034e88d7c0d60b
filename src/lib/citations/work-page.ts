/**
 * What the bibliography's pages show, from the bibliography index (bibliography.ts): each
 * work's own page (/bibliography/<key>/) lists the passages citing it, cut into pages of
 * rows; the index (/bibliography/) lists works with their counts, by author, with a
 * letter-by-letter way in when it runs to several pages.
 */
import type { BibliographyIndexEntry, CitingDocument, CitingPassage } from './bibliography.ts';
import { pageOfIndex } from '../site/pagination.ts';

/**
 * One row of a work's page: a citation in a text (the `n`th of the `of` citations of the work
 * in that text), or a text that lists the work without citing it.
 */
export type WorkPageRow =
  { document: string; title: string; kind: 'citation'; citation: CitingPassage; n: number; of: number } | { document: string; title: string; kind: 'listed' };

/** Every citing passage of a work, text by text in reading order, and then each text that lists it without citing it. */
export function workPageRows(citedBy: readonly CitingDocument[]): WorkPageRow[] {
  const citing = citedBy.flatMap((d) =>
    d.citations.map((citation, i): WorkPageRow => ({ document: d.id, title: d.title, kind: 'citation', citation, n: i + 1, of: d.citations.length })),
  );
  const listed = citedBy.filter((d) => d.citations.length === 0).map((d): WorkPageRow => ({ document: d.id, title: d.title, kind: 'listed' }));
  return [...citing, ...listed];
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n.toLocaleString('en-GB')} times`);
const texts = (n: number) => (n === 1 ? 'one text' : `${n.toLocaleString('en-GB')} texts`);

/** "Cited 3 times in 2 texts", "Cited once", "Listed, not cited in the text": what a work's entry says of its use. */
export function citationCountText(entry: Pick<BibliographyIndexEntry, 'citationCount' | 'citedBy'>): string {
  const citing = entry.citedBy.filter((d) => d.citations.length > 0).length;
  const listedOnly = entry.citedBy.length - citing;
  if (entry.citationCount === 0)
    return listedOnly === 0 ? 'Not cited in the texts' : listedOnly === 1 ? 'Listed, not cited in the text' : `Listed in ${texts(listedOnly)}, not cited`;
  const cited = citing === 1 ? `Cited ${times(entry.citationCount)}` : `Cited ${times(entry.citationCount)} in ${texts(citing)}`;
  return listedOnly === 0 ? cited : `${cited}; listed in ${listedOnly === 1 ? 'one more' : `${listedOnly.toLocaleString('en-GB')} more`}`;
}

/** The initial a work is filed under: the first letter of its sort name, or "#" for anything else. */
export function initialOf(sortAuthor: string): string {
  const first = sortAuthor.charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Each initial the index holds, with the page and the work it starts at: the A–Z way into a long index. */
export function initialsIndex(
  entries: readonly Pick<BibliographyIndexEntry, 'key' | 'sortAuthor'>[],
  pageSize: number,
): { initial: string; page: number; key: string }[] {
  const found: { initial: string; page: number; key: string }[] = [];
  entries.forEach((e, i) => {
    const initial = initialOf(e.sortAuthor);
    if (found.at(-1)?.initial !== initial) found.push({ initial, page: pageOfIndex(i, pageSize), key: e.key });
  });
  return found;
}

/**
 * The "Cited by" filter's choices: each text with how many of the listed works it cites or
 * lists (`citingTexts`: each work's texts), in reading order.
 */
export function citedByOptions(
  citingTexts: readonly (readonly string[])[],
  documents: readonly { id: string; title: string }[],
): { value: string; label: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const texts of citingTexts) for (const id of texts) counts.set(id, (counts.get(id) ?? 0) + 1);
  return documents.map((d) => ({ value: d.id, label: d.title, count: counts.get(d.id) ?? 0 }));
}
