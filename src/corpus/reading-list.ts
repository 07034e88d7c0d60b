/**
 * The reading list, by group, from the corpus (load.ts): what the home page shows, and the
 * groups' own pages (/texts/<group>/) once the corpus outgrows one page
 * (lib/documents/reading-list-pages.ts, lib/site/hub-limits.ts); and the texts' sources and
 * licences on pages of their own (/about/sources/) once /about/ cannot table them all.
 */
import type { PaginateFunction } from 'astro';
import { cacheKeyOf, loadCorpus } from './load';
import { groupDocuments } from '../lib/documents/display';
import { homeReadingList } from '../lib/documents/reading-list-pages';
import { HUB_LIMITS } from '../lib/site/hub-limits';

/** The home page's reading list: each group with the texts it shows there. */
export async function homeGroups() {
  const { documents } = await loadCorpus();
  const docs = documents.map((d) => d.entry);
  return { count: docs.length, ...homeReadingList(groupDocuments(docs), { inline: HUB_LIMITS.homeTextsInline, perGroup: HUB_LIMITS.homeTextsPerGroup }) };
}

/**
 * getStaticPaths of the groups' pages: none while the home page lists every text; beyond, each
 * group's texts in pages. Each page's cache key is what it shows that is not code: its texts
 * (each item formats the text's reference), where it stands among the group's pages, the
 * number of texts and the citation styles; so an edit renders again only the page that lists
 * the edited text (and every page when a text comes or goes).
 */
export async function groupTextPages(paginate: PaginateFunction) {
  const { documents, digests } = await loadCorpus();
  const docs = documents.map((d) => d.entry);
  if (docs.length <= HUB_LIMITS.homeTextsInline) return [];
  const digestOf = new Map(documents.map((d) => [d.entry.id, d.digest]));
  return groupDocuments(docs).flatMap(({ group, docs: inGroup }) =>
    paginate(inGroup, { pageSize: HUB_LIMITS.textsPerGroupPage, params: { group: group.id }, props: { group, documentCount: docs.length } }).map((path) => {
      const { data, ...where } = path.props.page;
      return { ...path, cacheKey: cacheKeyOf(digests.styles, JSON.stringify(where), String(docs.length), ...data.map((doc) => digestOf.get(doc.id))) };
    }),
  );
}

/** getStaticPaths of /about/sources/: none while /about/ tables every text's source; beyond, the texts in pages. */
export async function sourcePages(paginate: PaginateFunction) {
  const { documents } = await loadCorpus();
  if (documents.length <= HUB_LIMITS.sourcesInline) return [];
  return paginate(
    documents.map((d) => d.entry),
    { pageSize: HUB_LIMITS.sourcesPerPage },
  );
}
