/**
 * The texts of one cluster of the theory map (/graph/texts/<group>-<concept>.json), loaded when
 * the reader opens it, and the names of every clustered text (/graph/texts/index.json), loaded
 * when the reader searches the map. None when the map draws every text (src/lib/graph/split.ts).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadCorpus } from '../../../corpus/load';
import type { TextChunk, TextIndex } from '../../../lib/graph/layers';
import { mapLayers } from '../../../lib/graph/split';

export const getStaticPaths = (async () => {
  const { chunks, textIndex } = mapLayers((await loadCorpus()).graph);
  const files: { params: { file: string }; props: { body: TextChunk | TextIndex } }[] = [...chunks].map(([file, chunk]) => ({
    params: { file },
    props: { body: chunk },
  }));
  if (textIndex) files.push({ params: { file: 'index' }, props: { body: textIndex } });
  return files;
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(JSON.stringify(props.body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
