/** How to cite the document itself, as a .bib or .ris download (and CSL-JSON). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { cacheKeyOf, loadCorpus } from '../../../corpus/load';
import { EXPORT_FORMAT_NAMES, exportResponse, withoutAccessed } from '../../../lib/citations/exports';
import { documentToCsl } from '../../../lib/citations/document-citation';

export const getStaticPaths = (async () => {
  const { documents, digests } = await loadCorpus();
  return documents.flatMap(({ entry, digest }) =>
    EXPORT_FORMAT_NAMES.map((format) => ({ params: { slug: entry.id, format }, props: { format, entry }, cacheKey: cacheKeyOf(digest, digests.styles) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { format, entry }, site }) => {
  const item = documentToCsl(entry.id, entry.data, new URL(`/documents/${entry.id}/`, site).href);
  return exportResponse(format, [withoutAccessed(item)]);
};
