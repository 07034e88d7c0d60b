/**
 * The theory map's lists, from the corpus's graph (load.ts): the graph indexed once per
 * build for every page of the lists, and the texts' own pages (/graph/texts/) once they are
 * too many for /graph/ (lib/graph/lists.ts, lib/site/hub-limits.ts).
 */
import type { PaginateFunction } from 'astro';
import { loadCorpus } from './load';
import { indexGraph, type GraphIndex, type GraphNode } from '../lib/graph/model';
import { listAnchor, textsInline } from '../lib/graph/lists';
import { pageHref, pageOfIndex } from '../lib/site/pagination';
import { HUB_LIMITS } from '../lib/site/hub-limits';

let indexed: Promise<{ index: GraphIndex; texts: GraphNode[] }> | undefined;

/** The graph, indexed, and its text nodes in reading order. */
export function loadGraphLists(): Promise<{ index: GraphIndex; texts: GraphNode[] }> {
  indexed ??= loadCorpus().then(({ graph }) => ({ index: indexGraph(graph), texts: graph.nodes.filter((n) => n.kind === 'document') }));
  return indexed;
}

/** getStaticPaths of /graph/texts/: none while /graph/ lists the texts itself; beyond, the texts in pages. */
export async function graphTextPages(paginate: PaginateFunction) {
  const { texts } = await loadGraphLists();
  if (textsInline(texts.length, HUB_LIMITS.graphTextsInline)) return [];
  return paginate(texts, { pageSize: HUB_LIMITS.graphTextsPerPage });
}

/** Where each text's entry is on the /graph/texts/ pages, by its old id on /graph/ (MovedAnchors.astro); undefined while /graph/ lists them. */
export async function movedTextEntries(): Promise<Record<string, string> | undefined> {
  const { texts } = await loadGraphLists();
  if (textsInline(texts.length, HUB_LIMITS.graphTextsInline)) return undefined;
  return Object.fromEntries(
    texts.map((t, i) => [listAnchor(t), `${pageHref('/graph/texts/', pageOfIndex(i, HUB_LIMITS.graphTextsPerPage))}#${listAnchor(t)}`]),
  );
}
