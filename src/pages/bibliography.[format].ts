/** The whole bibliography as /bibliography.bib, /bibliography.ris and /bibliography.json. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { EXPORT_FORMATS, exportResponse, type ExportFormat } from '../lib/citations/exports';
import { worksByKey } from '../lib/citations/bibliography';

export const getStaticPaths = () => Object.keys(EXPORT_FORMATS).map((format) => ({ params: { format } }));

export const GET: APIRoute = async ({ params }) => {
  const works = [...worksByKey(await getCollection('bibliography')).values()].sort((a, b) => a.id.localeCompare(b.id));
  return exportResponse(params.format as ExportFormat, works);
};
