/** A curated list whole, as /lists/<slug>.ris, .bib, .json (with sections, importance and notes) and .txt (the Harvard list). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { readingListViews } from '../../corpus/reading-lists';
import { LIST_DOWNLOAD_NAMES, LIST_DOWNLOADS, listDownload } from '../../lib/reading-lists/downloads';
import { formatIssued } from '../../lib/documents/display';

export const getStaticPaths = (async () => {
  // The site's origin (astro.config.mjs): the pages' Astro.site, which getStaticPaths is not given.
  const origin = new URL(import.meta.env.SITE).origin;
  const lists = await readingListViews(origin);
  return lists.flatMap((list) => LIST_DOWNLOAD_NAMES.map((format) => ({ params: { slug: list.slug, format }, props: { format, list, origin } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { format, list, origin } }) => {
  const { data } = list;
  const header = {
    title: data.title,
    module: data.module,
    audience: data.audience,
    author: data.author,
    revised: formatIssued(data.revised),
    introduction: data.introduction,
    url: `${origin}/lists/${list.slug}/`,
  };
  return new Response(listDownload(format, list.slug, header, list.sections, origin), { headers: { 'Content-Type': LIST_DOWNLOADS[format].type } });
};
