/** A document's references (printed list, then works named only in the text) as BibTeX, RIS or CSL-JSON. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { EXPORT_FORMATS, exportResponse, type ExportFormat } from '../../../lib/citations/exports';
import { documentWorkKeys, pick, worksByKey } from '../../../lib/citations/bibliography';

export const getStaticPaths = (async () => {
  const lists = await getCollection('referenceLists');
  return lists.flatMap((list) =>
    Object.keys(EXPORT_FORMATS).map((format) => ({
      params: { slug: list.data.document, format },
      props: { keys: documentWorkKeys(list.data, []) },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const works = worksByKey(await getCollection('bibliography'));
  return exportResponse(params.format as ExportFormat, pick(works, (props as { keys: string[] }).keys));
};
