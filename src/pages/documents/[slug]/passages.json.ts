/**
 * What "Cite this passage" needs and the reading page does not carry: the document's
 * in-text citations with a paragraph pinpoint, as templates, in both styles. Fetched by the
 * browser on first use (src/client/cite/passage-cite.ts).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadCorpus } from '../../../corpus/load';
import { documentToCsl } from '../../../lib/citations/document-citation';
import { firstFamily, passageTemplates } from '../../../lib/citations/passage-citation';
import { formatAuthorNames, shortName } from '../../../lib/documents/display';

export const getStaticPaths = (async () => {
  const { documents } = await loadCorpus();
  const texts = documents.map(({ entry: doc }) => ({
    doc,
    item: documentToCsl(doc.id, doc.data, new URL(`/documents/${doc.id}/`, import.meta.env.SITE).href),
    name: doc.data.type === 'student-essay' && doc.data.authors.length ? `${formatAuthorNames(doc.data.authors)}’s essay` : shortName(doc.data),
  }));
  // The texts by their first author's surname, once, so that each text is given only its
  // namesakes (another Clarke), whose presence changes how a style cites it.
  const bySurname = Map.groupBy(texts, (t) => firstFamily(t.item) ?? `#${t.doc.id}`);
  return texts.map(({ doc, item }) => ({
    params: { slug: doc.id },
    props: {
      item,
      others: (bySurname.get(firstFamily(item) ?? `#${doc.id}`) ?? []).filter((t) => t.doc.id !== doc.id).map(({ item, name }) => ({ item, name })),
    },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { item, others } }) =>
  new Response(JSON.stringify(passageTemplates(item, others)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
