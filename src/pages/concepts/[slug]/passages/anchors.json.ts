/**
 * /concepts/<slug>/passages/anchors.json: for a concept whose page shows only the texts
 * naming it most, where each text's passages are, by the id it had on the concept page
 * (`appears-<slug>`), so that an old link to it still lands (MovedAnchors.astro).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { movedAppearances } from '../../../../corpus/concepts';

export const getStaticPaths = (async () =>
  (await movedAppearances()).map(({ slug, moved }) => ({ params: { slug }, props: { moved } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(JSON.stringify(props.moved), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
