/**
 * The curated reading lists as their pages show them: each list's items resolved against the
 * corpus (lib/reading-lists/items.ts) and its references formatted once per build, for the
 * list's page, its exports and its Harvard list alike.
 */
import { loadCorpus } from './load';
import { resolveSections, type ItemSources, type ResolvedSection } from '../lib/reading-lists/items';
import { listReferences } from '../lib/reading-lists/harvard';
import type { ReadingListData } from '../content/schemas/reading-lists';
import { myListLinkFor } from '../lib/reading-lists/my-list-link';

export interface ReadingListView {
  slug: string;
  data: ReadingListData;
  sections: ResolvedSection[];
  /** Each record's Harvard reference as HTML, by record id. */
  references: Map<string, string>;
  /** /my-list/#l=…: the list as a share link, which My list opens to add as the reader's own. */
  myListLink: string;
}

const views = new Map<string, Promise<ReadingListView[]>>();

/** Every list, resolved and formatted, for pages built at `origin` (memoised per origin). */
export function readingListViews(origin: string): Promise<ReadingListView[]> {
  let found = views.get(origin);
  if (!found) views.set(origin, (found = build(origin)));
  return found;
}

async function build(origin: string): Promise<ReadingListView[]> {
  const { documents, works, concepts, readingLists } = await loadCorpus();
  const sources: ItemSources = {
    documents: new Map(documents.map((d) => [d.entry.id, d.entry.data])),
    works,
    concepts: new Map(concepts.map((c) => [c.entry.id, { name: c.entry.data.name, updated: c.entry.data.updated }])),
    origin,
  };
  return Promise.all(
    readingLists.map(async (list) => {
      const sections = resolveSections(list.data, sources);
      return { slug: list.id, data: list.data, sections, references: listReferences(sections, 'html'), myListLink: await myListLinkFor(list.data) };
    }),
  );
}
