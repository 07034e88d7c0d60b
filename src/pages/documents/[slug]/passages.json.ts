/**
 * What "Cite this passage" needs and the reading page does not carry: the document's
 * in-text citations with a paragraph pinpoint, as templates, in both styles. Fetched by the
 * browser on first use (src/scripts/passage-cite.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { documentToCsl } from '../../../lib/document-citation';
import { passageTemplates } from '../../../lib/passage-citation';
import { formatAuthorNames, shortName } from '../../../lib/documents';

type Doc = Awaited<ReturnType<typeof getCollection<'documents'>>>[number];

export const getStaticPaths = (async () => {
  const docs = await getCollection('documents');
  return docs.map((doc) => ({ params: { slug: doc.id }, props: { doc, all: docs } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { doc, all } = props as { doc: Doc; all: Doc[] };
  const csl = (d: Doc) => documentToCsl(d.id, d.data, new URL(`/documents/${d.id}/`, site).href);
  // The other texts, so that a namesake (another Clarke) gets the forms that tell them apart.
  const name = (d: Doc) => (d.data.type === 'student-essay' && d.data.authors.length ? `${formatAuthorNames(d.data.authors)}’s essay` : shortName(d.data));
  const others = all.filter((d) => d.id !== doc.id).map((d) => ({ item: csl(d), name: name(d) }));
  return new Response(JSON.stringify(passageTemplates(csl(doc), others)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
