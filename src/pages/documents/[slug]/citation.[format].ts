/** How to cite the document itself, as a .bib or .ris download (and CSL-JSON). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadCorpus } from '../../../corpus/load';
import { EXPORT_FORMATS, exportResponse, withoutAccessed, type ExportFormat } from '../../../lib/citations/exports';
import { documentToCsl } from '../../../lib/citations/document-citation';

export const getStaticPaths = (async () => {
  const { documents } = await loadCorpus();
  return documents.flatMap(({ entry }) => Object.keys(EXPORT_FORMATS).map((format) => ({ params: { slug: entry.id, format }, props: { entry } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ params, props: { entry }, site }) => {
  const item = documentToCsl(entry.id, entry.data, new URL(`/documents/${entry.id}/`, site).href);
  return exportResponse(params.format as ExportFormat, [withoutAccessed(item)]);
};
