/**
 * A concept page's small map: the concept and one step around it, texts gathered by group when
 * there are many (src/lib/graph/split.ts, localGraph). Loaded by src/client/graph/local.ts.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadCorpus } from '../../../corpus/load';
import { conceptNodeId } from '../../../lib/graph/concept-graph';
import { localGraph } from '../../../lib/graph/split';

export const getStaticPaths = (async () => {
  const { concepts, graph } = await loadCorpus();
  return concepts.map(({ entry }) => ({ params: { concept: entry.id }, props: { local: localGraph(graph, conceptNodeId(entry.id)) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(JSON.stringify(props.local), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
