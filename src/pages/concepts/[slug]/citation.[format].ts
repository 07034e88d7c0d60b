/** How to cite a concept page, as a .bib or .ris download (and CSL-JSON), without an access date. */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../../corpus/load';
import { EXPORT_FORMATS, exportResponse, withoutAccessed, type ExportFormat } from '../../../lib/citations/exports';
import { conceptToCsl } from '../../../lib/citations/document-citation';

export async function getStaticPaths() {
  const { concepts } = await loadCorpus();
  return concepts.flatMap((c) => Object.keys(EXPORT_FORMATS).map((format) => ({ params: { slug: c.id, format }, props: { name: c.data.name, updated: c.data.updated } })));
}

export const GET: APIRoute = ({ params, props, site }) => {
  const { name, updated } = props as { name: string; updated: string };
  return exportResponse(params.format as ExportFormat, [withoutAccessed(conceptToCsl(params.slug!, { name, updated }, new URL(`/concepts/${params.slug}/`, site).href))]);
};
