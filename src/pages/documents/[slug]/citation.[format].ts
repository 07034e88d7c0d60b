/** How to cite the document itself, as a .bib or .ris download (and CSL-JSON). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { EXPORT_FORMATS, exportResponse, withoutAccessed, type ExportFormat } from '../../../lib/citations/exports';
import { documentToCsl } from '../../../lib/citations/document-citation';

export const getStaticPaths = (async () => {
  const docs = await getCollection('documents');
  return docs.flatMap((doc) => Object.keys(EXPORT_FORMATS).map((format) => ({ params: { slug: doc.id, format }, props: { doc } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const { doc } = props as { doc: Awaited<ReturnType<typeof getCollection<'documents'>>>[number] };
  const item = documentToCsl(doc.id, doc.data, new URL(`/documents/${doc.id}/`, site).href);
  return exportResponse(params.format as ExportFormat, [withoutAccessed(item)]);
};
