/**
 * What "Cite this passage" needs and the reading page does not carry: the document's
 * in-text citations with a paragraph pinpoint, as templates, in both styles. Fetched by the
 * browser on first use (src/scripts/passage-cite.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { documentToCsl } from '../../../lib/document-citation';
import { passageTemplates } from '../../../lib/passage-citation';

export const getStaticPaths = (async () => {
  const docs = await getCollection('documents');
  return docs.map((doc) => ({ params: { slug: doc.id }, props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { doc } = props as { doc: Awaited<ReturnType<typeof getCollection<'documents'>>>[number] };
  const item = documentToCsl(doc.id, doc.data, new URL(`/documents/${doc.id}/`, site).href);
  return new Response(JSON.stringify(passageTemplates(item)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
