/**
 * Everything the corpus-wide pages need, gathered once per build from the collections:
 * each document's render results (citations, concept mentions, passage count), the
 * bibliography, the concepts and the theory map. Memoised because several pages (graph,
 * concept pages, bibliography) need the same data and documents render only once.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildConceptGraph, type ConceptGraph, type ConceptInput, type DocumentInput } from '../lib/graph/concept-graph';
import { assertContent } from '../lib/checks';
import { displayYear, listLabel } from '../lib/documents/display';
import { worksByKey } from '../lib/citations/bibliography';
import type { CslItem } from '../content/schemas/bibliography';
import type { CitationOccurrence } from '../plugins/rehype-collect-citations';
import type { ConceptMention } from '../plugins/remark-concept-links';

export interface RenderedDocument {
  entry: CollectionEntry<'documents'>;
  label: string;
  citations: CitationOccurrence[];
  mentions: ConceptMention[];
  passageCount: number;
}

export interface Corpus {
  documents: RenderedDocument[];
  concepts: CollectionEntry<'concepts'>[];
  works: Map<string, CslItem>;
  graph: ConceptGraph;
}

let corpus: Promise<Corpus> | undefined;

async function load(): Promise<Corpus> {
  const entries = (await getCollection('documents')).sort((a, b) => a.data.order - b.data.order);
  const documents = await Promise.all(
    entries.map(async (entry): Promise<RenderedDocument> => {
      const { remarkPluginFrontmatter: fm } = await render(entry);
      return {
        entry,
        label: listLabel(entry.data).name,
        citations: (fm.citations ?? []) as CitationOccurrence[],
        mentions: (fm.conceptMentions ?? []) as ConceptMention[],
        passageCount: (fm.passageCount ?? 0) as number,
      };
    }),
  );
  const concepts = (await getCollection('concepts')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en-GB'));
  const works = worksByKey(await getCollection('bibliography'));
  const conceptInputs: ConceptInput[] = concepts.map((c) => ({ slug: c.id, ...c.data }));
  const documentInputs: DocumentInput[] = documents.map((d) => ({
    id: d.entry.id,
    label: d.label,
    title: d.entry.data.subtitle ? `${d.entry.data.title}: ${d.entry.data.subtitle}` : d.entry.data.title,
    type: d.entry.data.type,
    year: displayYear(d.entry.data).text,
    passageCount: d.passageCount,
    mentions: d.mentions,
  }));
  // The rules across collections (src/lib/checks/); one error lists every problem.
  const referenceLists = (await getCollection('referenceLists')).map((l) => ({ id: l.id, document: l.data.document }));
  assertContent({ documents: documentInputs, concepts: concepts.map((c) => ({ slug: c.id, body: c.body ?? '', ...c.data })), works, referenceLists });
  return { documents, concepts, works, graph: buildConceptGraph(conceptInputs, documentInputs, { records: works }) };
}

export function loadCorpus(): Promise<Corpus> {
  corpus ??= load();
  return corpus;
}
