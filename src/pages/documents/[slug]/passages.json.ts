/**
 * What "Cite this passage" needs and the reading page does not carry: the document's
 * in-text citations with a paragraph pinpoint, as templates, in both styles. Fetched by the
 * browser on first use (src/client/cite/passage-cite.ts).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { cacheKeyOf, loadCorpus } from '../../../corpus/load';
import { documentToCsl } from '../../../lib/citations/document-citation';
import { firstFamily, passageTemplates } from '../../../lib/citations/passage-citation';
import { formatAuthorNames, shortName } from '../../../lib/documents/display';

export const getStaticPaths = (async () => {
  const { documents, digests } = await loadCorpus();
  const texts = documents.map(({ entry: doc }) => ({
    doc,
    item: documentToCsl(doc.id, doc.data, new URL(`/documents/${doc.id}/`, import.meta.env.SITE).href),
    name: doc.data.type === 'student-essay' && doc.data.authors.length ? `${formatAuthorNames(doc.data.authors)}’s essay` : shortName(doc.data),
  }));
  // The texts by their first author's surname, once: each text is given its surname's group
  // (one array shared by the group, so the props stay linear in the corpus), in which
  // passageTemplates finds the namesakes (another Clarke) whose presence changes a citation.
  const bySurname = Map.groupBy(texts, (t) => firstFamily(t.item) ?? `#${t.doc.id}`);
  // A text's templates are made from its record and the records and names of the other texts
  // of its surname, and the styles: the cache key is those, not the texts' files, so that an
  // edit to a text's body renders none of its surname's files again (a surname may have
  // hundreds of texts, and formatting them together is the costliest file of a text).
  const groups = new Map(
    [...bySurname].map(([surname, group]) => {
      const others = group.map(({ item, name }) => ({ item, name }));
      return [surname, { others, cacheKey: cacheKeyOf(digests.styles, JSON.stringify(others)) }];
    }),
  );
  return texts.map(({ doc, item }) => {
    const group = groups.get(firstFamily(item) ?? `#${doc.id}`)!;
    return { params: { slug: doc.id }, props: { item, others: group.others }, cacheKey: group.cacheKey };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { item, others } }) =>
  new Response(JSON.stringify(passageTemplates(item, others)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
