/**
 * One work's reference and in-text forms in each style, /bibliography/<key>.cite.json:
 * what a "Cite" panel fetches on first use (src/client/cite/work/), so that no page
 * carries these strings in its HTML. All works are formatted together once per build.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadCorpus } from '../../corpus/load';
import { citeFormsOfAll } from '../../lib/citations/cite-forms';

export const getStaticPaths = (async () => {
  const { works } = await loadCorpus();
  const forms = citeFormsOfAll([...works.values()]);
  return [...forms.values()].map((f) => ({ params: { key: f.key }, props: { forms: f } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(JSON.stringify(props.forms), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
