/** How to cite a concept page, as a .bib or .ris download (and CSL-JSON), without an access date. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadCorpus } from '../../../corpus/load';
import { EXPORT_FORMAT_NAMES, exportResponse, withoutAccessed } from '../../../lib/citations/exports';
import { conceptToCsl } from '../../../lib/citations/document-citation';

export const getStaticPaths = (async () => {
  const { concepts } = await loadCorpus();
  return concepts.flatMap(({ entry }) =>
    EXPORT_FORMAT_NAMES.map((format) => ({ params: { slug: entry.id, format }, props: { format, name: entry.data.name, updated: entry.data.updated } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ params, props: { format, name, updated }, site }) =>
  exportResponse(format, [withoutAccessed(conceptToCsl(params.slug!, { name, updated }, new URL(`/concepts/${params.slug}/`, site).href))]);
