/**
 * One work of the bibliography as /bibliography/<key>.bib, .ris and .json: what "My list"
 * fetches to export the works a reader saved, so no page needs the whole bibliography.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { cacheKeyOf, loadCorpus } from '../../corpus/load';
import { EXPORT_FORMAT_NAMES, exportResponse } from '../../lib/citations/exports';

export const getStaticPaths = (async () => {
  const { works, digests } = await loadCorpus();
  const cacheKey = cacheKeyOf(digests.works);
  return [...works.values()].flatMap((item) => EXPORT_FORMAT_NAMES.map((format) => ({ params: { key: item.id, format }, props: { format, item }, cacheKey })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => exportResponse(props.format, [props.item]);
