/**
 * One work's reference and in-text forms in each style, /bibliography/<key>.cite.json:
 * what a "Cite" panel fetches on first use (src/client/cite/work/), so that no page
 * carries these strings in its HTML. All works are formatted together once per build.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { cacheKeyOf, loadCorpus } from '../../corpus/load';
import { citeFormsOfAll, type WorkCiteForms } from '../../lib/citations/cite-forms';

// Formatted on the first file written, not in getStaticPaths: a build after an edit that
// leaves the works alone copies these files from the last build and formats nothing.
let forms: Promise<Map<string, WorkCiteForms>> | undefined;
const formsOfAll = () => (forms ??= loadCorpus().then(({ works }) => citeFormsOfAll([...works.values()])));

export const getStaticPaths = (async () => {
  const { works, digests } = await loadCorpus();
  const cacheKey = cacheKeyOf(digests.works, digests.styles);
  return [...works.keys()].map((key) => ({ params: { key }, cacheKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ params }) => {
  const work = (await formsOfAll()).get(params.key ?? '');
  if (!work) throw new Error(`cite.json: no forms for the work "${params.key}"`);
  return new Response(JSON.stringify(work), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
