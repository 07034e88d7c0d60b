/**
 * /graph/texts/pages.json: the map's texts in the order of the /graph/texts/ pages, and the
 * page size, so that an old link to a text's entry on /graph/ can find its page
 * (OldTextAnchors.astro). Made only when those pages exist.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadGraphLists } from '../../../corpus/graph-lists';
import { textsInline } from '../../../lib/graph/lists';
import { HUB_LIMITS } from '../../../lib/site/hub-limits';

export const getStaticPaths = (async () => {
  const { texts } = await loadGraphLists();
  if (textsInline(texts.length, HUB_LIMITS.graphTextsInline)) return [];
  return [{ params: { name: 'pages' }, props: { pageSize: HUB_LIMITS.graphTextsPerPage, texts: texts.map((t) => t.id.replace(/^document:/, '')) } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(JSON.stringify(props), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
