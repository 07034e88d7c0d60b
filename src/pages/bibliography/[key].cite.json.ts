/**
 * One work's reference and in-text forms in each style, /bibliography/<key>.cite.json:
 * what a "Cite" panel fetches on first use (src/client/cite/work/), so that no page
 * carries these strings in its HTML. All works are formatted together once per build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { worksByKey } from '../../lib/citations/bibliography';
import { citeFormsOfAll, type WorkCiteForms } from '../../lib/citations/cite-forms';

export const getStaticPaths = (async () => {
  const works = worksByKey(await getCollection('bibliography'));
  const forms = citeFormsOfAll([...works.values()]);
  return [...forms.values()].map((f) => ({ params: { key: f.key }, props: { forms: f } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { forms: WorkCiteForms }).forms), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
