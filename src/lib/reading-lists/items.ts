/**
 * A curated list's items as the site holds them: each item of a list file (a text, a passage,
 * a cited work or a concept) resolved to the record it is cited as, the page where it is read
 * here, and its address elsewhere (DOI or URL). The list page, its exports and its Harvard
 * list all read items from here, so an item is named, linked and cited the same everywhere.
 * Build time only.
 */
import type { CslItem } from '../../content/schemas/bibliography.ts';
import type { DocumentData } from '../../content/schemas/documents.ts';
import type { Importance, ReadingListData, ReadingListItem, ReadingListItemKind } from '../../content/schemas/reading-lists.ts';
import { conceptToCsl, documentToCsl } from '../citations/document-citation.ts';
import { shortName } from '../documents/display.ts';
import { passageLabel } from '../documents/passage-label.ts';

/** What the resolver needs of the corpus: the texts, the works and the concepts by key. */
export interface ItemSources {
  documents: ReadonlyMap<string, DocumentData>;
  works: ReadonlyMap<string, CslItem>;
  concepts: ReadonlyMap<string, { name: string; updated: string }>;
  /** The site's origin (`https://atlas.example.ac.uk`): documents and concepts are cited at their address here. */
  origin: string;
}

export interface ResolvedItem {
  kind: ReadingListItemKind;
  /** Unique within a list (the check refuses an item listed twice): the key of its export record. */
  id: string;
  importance: Importance;
  /** The lecturer's note, as written (Markdown). */
  note?: string | undefined;
  /** What a list names it by: the text's or concept's name, the work's title. */
  name: string;
  /**
   * The record it is cited as, with its own id (a passage shares its text's record, so that a
   * style never tells them apart as 2024a and 2024b); web pages keep the access-date sentinel
   * of document-citation.ts. Exports write it under {@link id}.
   */
  record: CslItem;
  /** Where to read it on this site (a path). */
  href: string;
  /** What the link to {@link href} says. */
  hrefLabel: string;
  /** The paragraph of a passage, "¶12"; and as a Harvard pinpoint, "para. 12". */
  passage?: { label: string; pinpoint: string } | undefined;
  /** Its DOI (as a https://doi.org/ address) or its own address elsewhere, when it has one. */
  external?: { href: string; label: 'DOI' | 'URL' } | undefined;
}

export interface ResolvedSection {
  title: string;
  introduction?: string | undefined;
  items: ResolvedItem[];
}

export const IMPORTANCE_LABELS: Record<Importance, string> = { essential: 'Essential', recommended: 'Recommended', further: 'Further reading' };

/** The item's DOI, else its URL unless that is its own page here (which the "read here" link already gives). */
function externalOf(record: CslItem, origin: string): ResolvedItem['external'] {
  if (record.DOI) return { href: `https://doi.org/${record.DOI}`, label: 'DOI' };
  if (record.URL && !record.URL.startsWith(`${origin}/`)) return { href: record.URL, label: 'URL' };
  return undefined;
}

/** One item of a list file, resolved; throws on a key the schema should have refused. */
export function resolveItem(item: ReadingListItem, sources: ItemSources): ResolvedItem {
  const base = { importance: item.importance, note: item.note };
  const documentOf = (slug: string) => {
    const data = sources.documents.get(slug);
    if (!data) throw new Error(`reading list: no document "${slug}"`);
    return data;
  };
  if (item.document !== undefined || item.passage !== undefined) {
    const slug = item.document ?? item.passage!.document;
    const data = documentOf(slug);
    const page = `/documents/${slug}/`;
    const cited = documentToCsl(slug, data, `${sources.origin}${page}`);
    if (item.passage) {
      const id = `${slug}-${item.passage.paragraph}`;
      const label = passageLabel(item.passage.paragraph);
      return {
        ...base,
        kind: 'passage',
        id,
        name: `${shortName(data)}, ${label}`,
        record: cited,
        href: `${page}#${item.passage.paragraph}`,
        hrefLabel: `Read ${label} here`,
        passage: { label, pinpoint: `para. ${label.slice(1)}` },
        external: externalOf(cited, sources.origin),
      };
    }
    return {
      ...base,
      kind: 'document',
      id: slug,
      name: shortName(data),
      record: cited,
      href: page,
      hrefLabel: 'Read it here',
      external: externalOf(cited, sources.origin),
    };
  }
  if (item.work !== undefined) {
    const record = sources.works.get(item.work);
    if (!record) throw new Error(`reading list: no work "${item.work}"`);
    return {
      ...base,
      kind: 'work',
      id: item.work,
      name: record.title ?? item.work,
      record,
      href: `/bibliography/${item.work}/`,
      hrefLabel: 'Where the texts cite it',
      external: externalOf(record, sources.origin),
    };
  }
  const slug = item.concept!;
  const concept = sources.concepts.get(slug);
  if (!concept) throw new Error(`reading list: no concept "${slug}"`);
  const page = `/concepts/${slug}/`;
  const record = conceptToCsl(slug, concept, `${sources.origin}${page}`);
  return { ...base, kind: 'concept', id: record.id, name: concept.name, record, href: page, hrefLabel: 'Read the concept here', external: undefined };
}

/** A list's sections with their items resolved, in order. */
export function resolveSections(list: Pick<ReadingListData, 'sections'>, sources: ItemSources): ResolvedSection[] {
  return list.sections.map((s) => ({ title: s.title, introduction: s.introduction, items: s.items.map((item) => resolveItem(item, sources)) }));
}

/** How many items of each importance a list holds, for its summary line. */
export function importanceCounts(sections: readonly ResolvedSection[]): Record<Importance, number> {
  const counts: Record<Importance, number> = { essential: 0, recommended: 0, further: 0 };
  for (const s of sections) for (const i of s.items) counts[i.importance] += 1;
  return counts;
}
