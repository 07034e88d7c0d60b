/**
 * The theory map's first layer: concepts, thinkers and their relations, with the texts either
 * in it or gathered into clusters whose texts load on demand (src/lib/graph/split.ts). What
 * /graph/ loads; the whole graph in one file stays at /graph.json.
 */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../corpus/load';
import { mapLayers } from '../../lib/graph/split';

export const GET: APIRoute = async () => {
  const { overview } = mapLayers((await loadCorpus()).graph);
  return new Response(JSON.stringify(overview), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
