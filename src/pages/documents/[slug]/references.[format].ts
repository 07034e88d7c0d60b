/** A document's references (printed list, then works named only in the text) as BibTeX, RIS or CSL-JSON. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { cacheKeyOf, loadCorpus } from '../../../corpus/load';
import { EXPORT_FORMAT_NAMES, exportResponse } from '../../../lib/citations/exports';
import { documentWorkKeys, pick } from '../../../lib/citations/bibliography';

export const getStaticPaths = (async () => {
  const { documents, works, digests } = await loadCorpus();
  return documents.flatMap(({ referenceList, digest }) =>
    referenceList
      ? EXPORT_FORMAT_NAMES.map((format) => ({
          params: { slug: referenceList.document, format },
          props: { format, works: pick(works, documentWorkKeys(referenceList, [])) },
          cacheKey: cacheKeyOf(digest, digests.works, digests.styles),
        }))
      : [],
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => exportResponse(props.format, props.works);
