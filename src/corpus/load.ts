/**
 * The corpus, gathered once per build from the collections: every page and component takes
 * its documents, works, reference lists, citations, concepts and theory map from here, and
 * none reads a collection or renders an entry itself.
 *
 * Each document and concept is rendered once, and what render() returned is kept: the
 * component and headings its page shows and, for a document, the facts the Markdown plugins
 * recorded (passages, citations, concept mentions), read through their contract
 * (src/plugins/document-facts.ts). Memoised because every page needs the same data.
 */
import { getCollection, render, type CollectionEntry, type RenderResult } from 'astro:content';
import { buildConceptGraph, type ConceptGraph, type ConceptInput, type DocumentInput } from '../lib/graph/concept-graph';
import { assertContent } from '../lib/checks';
import { displayYear, listLabel } from '../lib/documents/display';
import { worksByKey } from '../lib/citations/bibliography';
import { readDocumentFacts, type DocumentFacts } from '../plugins/document-facts';
import type { CslItem } from '../content/schemas/bibliography';

export interface CorpusDocument {
  entry: CollectionEntry<'documents'>;
  /** How lists name the document (listLabel). */
  label: string;
  /** What the Markdown plugins recorded while compiling it. */
  facts: DocumentFacts;
  /** The reference list as the source prints it (src/content/reference-lists/), if it has one. */
  referenceList: CollectionEntry<'referenceLists'>['data'] | undefined;
  /** The rendered text and its headings, for the document's page. */
  Content: RenderResult['Content'];
  headings: RenderResult['headings'];
}

export interface CorpusConcept {
  entry: CollectionEntry<'concepts'>;
  /** The rendered definition, for the concept's page. */
  Content: RenderResult['Content'];
}

export interface Corpus {
  /** In reading order (`order`). */
  documents: CorpusDocument[];
  /** By name. */
  concepts: CorpusConcept[];
  /** Every bibliography record by its key. */
  works: Map<string, CslItem>;
  graph: ConceptGraph;
}

let corpus: Promise<Corpus> | undefined;

async function load(): Promise<Corpus> {
  const works = worksByKey(await getCollection('bibliography'));
  const referenceListEntries = await getCollection('referenceLists');
  const referenceLists = new Map(referenceListEntries.map((list) => [list.data.document, list.data]));
  const documentEntries = (await getCollection('documents')).sort((a, b) => a.data.order - b.data.order);
  const documents = await Promise.all(
    documentEntries.map(async (entry): Promise<CorpusDocument> => {
      const { Content, headings, remarkPluginFrontmatter } = await render(entry);
      return {
        entry,
        label: listLabel(entry.data).name,
        facts: readDocumentFacts(entry.filePath ?? `document "${entry.id}"`, remarkPluginFrontmatter),
        referenceList: referenceLists.get(entry.id),
        Content,
        headings,
      };
    }),
  );
  const conceptEntries = (await getCollection('concepts')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en-GB'));
  const concepts = await Promise.all(conceptEntries.map(async (entry): Promise<CorpusConcept> => ({ entry, Content: (await render(entry)).Content })));
  const conceptInputs: ConceptInput[] = conceptEntries.map((c) => ({ slug: c.id, ...c.data }));
  const documentInputs: DocumentInput[] = documents.map((d) => ({
    id: d.entry.id,
    label: d.label,
    title: d.entry.data.subtitle ? `${d.entry.data.title}: ${d.entry.data.subtitle}` : d.entry.data.title,
    type: d.entry.data.type,
    year: displayYear(d.entry.data).text,
    passageCount: d.facts.passageCount,
    mentions: d.facts.conceptMentions,
  }));
  // The rules across collections (src/lib/checks/); one error lists every problem.
  assertContent({
    documents: documentInputs,
    concepts: conceptEntries.map((c) => ({ slug: c.id, body: c.body ?? '', ...c.data })),
    works,
    referenceLists: referenceListEntries.map((l) => ({ id: l.id, document: l.data.document })),
  });
  return { documents, concepts, works, graph: buildConceptGraph(conceptInputs, documentInputs, { records: works }) };
}

export function loadCorpus(): Promise<Corpus> {
  corpus ??= load();
  return corpus;
}

/** getStaticPaths of the pages made one per document: its slug, and the document as the loader holds it. */
export async function documentPages(): Promise<{ params: { slug: string }; props: { doc: CorpusDocument } }[]> {
  const { documents } = await loadCorpus();
  return documents.map((doc) => ({ params: { slug: doc.entry.id }, props: { doc } }));
}

/** getStaticPaths of the concept pages: each concept's slug, and the concept as the loader holds it. */
export async function conceptPages(): Promise<{ params: { slug: string }; props: { concept: CorpusConcept } }[]> {
  const { concepts } = await loadCorpus();
  return concepts.map((concept) => ({ params: { slug: concept.entry.id }, props: { concept } }));
}
