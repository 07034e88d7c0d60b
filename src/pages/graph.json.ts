/** The theory map as data: { nodes, edges }, laid out at build time (see src/lib/graph/concept-graph.ts). */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../corpus/load';

export const GET: APIRoute = async () => {
  const { graph } = await loadCorpus();
  return new Response(JSON.stringify(graph), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
