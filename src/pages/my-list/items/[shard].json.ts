/**
 * The lookup from a share-link code to the item it stands for (src/lib/reading-list/item-code.ts):
 * one small file per code prefix, holding each item's id, short name and Harvard reference,
 * so that whoever opens a shared list sees and can add its items, and My list can tell an
 * item the site no longer has. Two ids with one code fail the build.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadCorpus } from '../../../corpus/load';
import { loadBibliography } from '../../../corpus/bibliography';
import { conceptToCsl, documentToCsl, harvardReference } from '../../../lib/citations/document-citation';
import { shortName } from '../../../lib/documents/display';
import { itemCodeTable, type CodedItem } from '../../../lib/reading-list/item-code';
import { referenceLabel } from '../../../lib/reading-list/label';
import { referenceSegments } from '../../../lib/reading-list/reference-html';

export const getStaticPaths = (async () => {
  const { documents, concepts } = await loadCorpus();
  const { formatted } = await loadBibliography();
  const site = import.meta.env.SITE;
  const items: CodedItem[] = [
    ...documents.map(({ entry }) => ({
      id: `document:${entry.id}`,
      label: shortName(entry.data),
      reference: referenceSegments(harvardReference(documentToCsl(entry.id, entry.data, new URL(`/documents/${entry.id}/`, site).href))),
    })),
    ...concepts.map(({ entry }) => ({
      id: `concept:${entry.id}`,
      label: `the concept ${entry.data.name}`,
      reference: referenceSegments(harvardReference(conceptToCsl(entry.id, entry.data, new URL(`/concepts/${entry.id}/`, site).href))),
    })),
    ...[...formatted.harvard].map(([key, html]) => {
      const reference = referenceSegments(html);
      return { id: `work:${key}`, label: referenceLabel(reference.map((s) => s.text).join('')), reference };
    }),
  ];
  return [...itemCodeTable(items)].map(([shard, table]) => ({ params: { shard }, props: { table } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { table } }) =>
  new Response(JSON.stringify(table), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
