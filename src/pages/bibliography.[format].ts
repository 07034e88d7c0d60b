/** The whole bibliography as /bibliography.bib, /bibliography.ris and /bibliography.json. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadCorpus } from '../corpus/load';
import { EXPORT_FORMAT_NAMES, exportResponse } from '../lib/citations/exports';

export const getStaticPaths = (() => EXPORT_FORMAT_NAMES.map((format) => ({ params: { format }, props: { format } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { format } }) => {
  const { works } = await loadCorpus();
  return exportResponse(
    format,
    [...works.values()].sort((a, b) => a.id.localeCompare(b.id)),
  );
};
