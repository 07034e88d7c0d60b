/**
 * One work of the bibliography as /bibliography/<key>.bib, .ris and .json: what "My list"
 * fetches to export the works a reader saved, so no page needs the whole bibliography.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { EXPORT_FORMATS, exportResponse, type ExportFormat } from '../../lib/citations/exports';
import { worksByKey } from '../../lib/citations/bibliography';
import type { CslItem } from '../../content/schemas/bibliography';

export const getStaticPaths = (async () => {
  const works = worksByKey(await getCollection('bibliography'));
  return [...works.values()].flatMap((item) => Object.keys(EXPORT_FORMATS).map((format) => ({ params: { key: item.id, format }, props: { item } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => exportResponse(params.format as ExportFormat, [(props as { item: CslItem }).item]);
