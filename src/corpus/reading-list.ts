/**
 * The reading list, by group, from the corpus (load.ts): what the home page shows, and the
 * groups' own pages (/texts/<group>/) once the corpus outgrows one page
 * (lib/documents/reading-list-pages.ts, lib/site/hub-limits.ts).
 */
import type { PaginateFunction } from 'astro';
import { loadCorpus } from './load';
import { groupDocuments } from '../lib/documents/display';
import { homeReadingList } from '../lib/documents/reading-list-pages';
import { HUB_LIMITS } from '../lib/site/hub-limits';

/** The home page's reading list: each group with the texts it shows there. */
export async function homeGroups() {
  const { documents } = await loadCorpus();
  const docs = documents.map((d) => d.entry);
  return { count: docs.length, ...homeReadingList(groupDocuments(docs), { inline: HUB_LIMITS.homeTextsInline, perGroup: HUB_LIMITS.homeTextsPerGroup }) };
}

/** getStaticPaths of the groups' pages: none while the home page lists every text; beyond, each group's texts in pages. */
export async function groupTextPages(paginate: PaginateFunction) {
  const { documents } = await loadCorpus();
  const docs = documents.map((d) => d.entry);
  if (docs.length <= HUB_LIMITS.homeTextsInline) return [];
  return groupDocuments(docs).flatMap(({ group, docs: inGroup }) =>
    paginate(inGroup, { pageSize: HUB_LIMITS.textsPerGroupPage, params: { group: group.id }, props: { group, documentCount: docs.length } }),
  );
}
