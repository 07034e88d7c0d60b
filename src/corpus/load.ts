/**
 * The corpus, gathered once per build from the collections: every page and component takes
 * its documents, works, reference lists, citations, concepts and theory map from here, and
 * none reads a collection or renders an entry itself.
 *
 * Each document and concept is rendered once, and what render() returned is kept: the
 * component and headings its page shows and, for a document, the facts the Markdown plugins
 * recorded (passages, citations, concept mentions), read through their contract
 * (src/plugins/document-facts.ts). Memoised because every page needs the same data.
 *
 * The pages made one per document carry a cache key for Astro's incremental build
 * (experimental.incrementalBuild): a digest of everything such a page shows that is not code,
 * so that a build after an edit renders again only the pages the edit reaches.
 */
import { createHash } from 'node:crypto';
import { getCollection, render, type CollectionEntry, type RenderResult } from 'astro:content';
import { buildConceptGraph, type ConceptGraph, type ConceptInput, type DocumentInput } from '../lib/graph/concept-graph';
import { assertContent } from '../lib/checks';
import { displayYear, listLabel } from '../lib/documents/display';
import { worksByKey } from '../lib/citations/bibliography';
import { readDocumentFacts, type DocumentFacts } from '../plugins/document-facts';
import type { CslItem } from '../content/schemas/bibliography';
import { styleFilesDigest } from '../lib/citations/format';

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
  /** A digest of the document's file and its reference list's. */
  digest: string;
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
  /** The curated reading lists (src/content/reading-lists/), "Start here" first, then by title. */
  readingLists: CollectionEntry<'readingLists'>[];
  /**
   * Digests of what a document's pages show besides the document: every bibliography record,
   * every concept (their names become links in every text) and the citation styles.
   */
  digests: { works: string; concepts: string; styles: string };
}

/** One digest of the parts, in order. */
const digestOf = (...parts: readonly (string | number | undefined)[]): string => {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(`${String(part ?? '')}\0`);
  return hash.digest('base64url');
};

/** An entry's digest as the content layer keeps it (its file's content), or its data. */
const entryDigest = (entry: { id: string; digest?: string | number; data: unknown; body?: string }) =>
  entry.digest !== undefined ? `${entry.id}:${entry.digest}` : digestOf(entry.id, JSON.stringify(entry.data), entry.body);

/** The curated list the home page points first-year students to. */
export const START_HERE = 'start-here';

let corpus: Promise<Corpus> | undefined;

async function load(): Promise<Corpus> {
  const workEntries = await getCollection('bibliography');
  const works = worksByKey(workEntries);
  const referenceListEntries = await getCollection('referenceLists');
  const referenceLists = new Map(referenceListEntries.map((list) => [list.data.document, list]));
  const documentEntries = (await getCollection('documents')).sort((a, b) => a.data.order - b.data.order);
  const documents = await Promise.all(
    documentEntries.map(async (entry): Promise<CorpusDocument> => {
      const { Content, headings, remarkPluginFrontmatter } = await render(entry);
      return {
        entry,
        label: listLabel(entry.data).name,
        facts: readDocumentFacts(entry.filePath ?? `document "${entry.id}"`, remarkPluginFrontmatter),
        referenceList: referenceLists.get(entry.id)?.data,
        Content,
        headings,
        digest: digestOf(entryDigest(entry), referenceLists.has(entry.id) ? entryDigest(referenceLists.get(entry.id)!) : undefined),
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
  const readingLists = (await getCollection('readingLists')).sort(
    (a, b) => Number(b.id === START_HERE) - Number(a.id === START_HERE) || a.data.title.localeCompare(b.data.title, 'en-GB'),
  );
  // The rules across collections (src/lib/checks/); one error lists every problem.
  assertContent({
    documents: documentInputs,
    concepts: conceptEntries.map((c) => ({ slug: c.id, body: c.body ?? '', ...c.data })),
    works,
    referenceLists: referenceListEntries.map((l) => ({ id: l.id, document: l.data.document })),
    readingLists: readingLists.map((l) => ({ slug: l.id, sections: l.data.sections })),
  });
  const digests = {
    works: digestOf(...workEntries.map(entryDigest)),
    concepts: digestOf(...conceptEntries.map(entryDigest)),
    styles: styleFilesDigest(),
  };
  return { documents, concepts, works, readingLists, graph: buildConceptGraph(conceptInputs, documentInputs, { records: works }), digests };
}

export function loadCorpus(): Promise<Corpus> {
  corpus ??= load();
  return corpus;
}

/**
 * getStaticPaths of the pages made one per document (its page and its reference list's): its
 * slug, the document as the loader holds it, and the cache key of what they show: the
 * document and its reference list, its neighbours in reading order (named by the pager), the
 * works it cites, the concepts its text links, and the citation styles.
 */
export async function documentPages(): Promise<{ params: { slug: string }; props: { doc: CorpusDocument }; cacheKey: string }[]> {
  const { documents, digests } = await loadCorpus();
  return documents.map((doc, i) => ({
    params: { slug: doc.entry.id },
    props: { doc },
    cacheKey: digestOf(doc.digest, documents[i - 1]?.digest, documents[i + 1]?.digest, digests.works, digests.concepts, digests.styles),
  }));
}

/** A page's cache key for Astro's incremental build: one digest of the digests of what it shows. */
export const cacheKeyOf = (...digests: readonly (string | undefined)[]): string => digestOf(...digests);

/** getStaticPaths of the concept pages: each concept's slug, and the concept as the loader holds it. */
export async function conceptPages(): Promise<{ params: { slug: string }; props: { concept: CorpusConcept } }[]> {
  const { concepts } = await loadCorpus();
  return concepts.map((concept) => ({ params: { slug: concept.entry.id }, props: { concept } }));
}
