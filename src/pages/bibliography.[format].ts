/** The whole bibliography as /bibliography.bib, /bibliography.ris and /bibliography.json. */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../corpus/load';
import { EXPORT_FORMATS, exportResponse, type ExportFormat } from '../lib/citations/exports';

export const getStaticPaths = () => Object.keys(EXPORT_FORMATS).map((format) => ({ params: { format } }));

export const GET: APIRoute = async ({ params }) => {
  const { works } = await loadCorpus();
  return exportResponse(
    params.format as ExportFormat,
    [...works.values()].sort((a, b) => a.id.localeCompare(b.id)),
  );
};
