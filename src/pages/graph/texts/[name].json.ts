/**
 * /graph/texts/anchors.json: where each text's entry is on the /graph/texts/ pages, by the id
 * it had on /graph/, so that an old link to it still lands (MovedAnchors.astro). Made only
 * when those pages exist.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { movedTextEntries } from '../../../corpus/graph-lists';

export const getStaticPaths = (async () => {
  const moved = await movedTextEntries();
  return moved ? [{ params: { name: 'anchors' }, props: { moved } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(JSON.stringify(props.moved), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
