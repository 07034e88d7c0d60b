/**
 * The content read from disk, without a build, for the quick checks (scripts/content/check-*.ts)
 * and the content tests: every file through its schema, and each document through the build's
 * own remark plugins, for what the cross-collection checks need of it (its passage count and
 * concept mentions). Gives the content as src/lib/checks/ takes it, with the problems found on
 * the way (schema errors, MDX that does not parse, unknown citation keys), each naming its file.
 *
 * The documents are read as the build reads them (remark-parse, MDX, GFM, then the plugins of
 * astro.config.mjs), so the passages counted here are the ones the pages number
 * (tests/site/concepts.test.ts compares them with the built pages).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { documentSchema } from '../../content/schemas/documents.ts';
import { cslItemSchema, type CslItem } from '../../content/schemas/bibliography.ts';
import { conceptSchema, type ConceptData } from '../../content/schemas/concepts.ts';
import { referenceListSchema } from '../../content/schemas/reference-lists.ts';
import { readingListSchema, type ReadingListData } from '../../content/schemas/reading-lists.ts';
import { load as loadYaml } from 'js-yaml';
import { contentRefs } from '../../content/schemas/shared.ts';
import { remarkParagraphIds } from '../../plugins/remark-paragraph-ids.ts';
import { remarkCitations } from '../../plugins/remark-citations.ts';
import { remarkConceptLinks } from '../../plugins/remark-concept-links.ts';
import { readDocumentFacts, type ConceptMention } from '../../plugins/document-facts.ts';
import type { ContentFacts, ContentProblem, DocumentFacts, ReferenceListFacts } from '../checks/index.ts';
import { conceptFile, documentFile, readingListFile, referenceListFile, schemaProblems, workFile } from '../checks/problems.ts';
import { BIBLIOGRAPHY_DIR, bibliographyKeys, CONCEPTS_DIR, conceptSlugs, conceptTerms, DOCUMENTS_DIR, documentSlugs } from './files.ts';
import { splitFrontmatter } from './frontmatter.ts';

export const REFERENCE_LISTS_DIR = join(process.cwd(), 'src', 'content', 'reference-lists');
export const READING_LISTS_DIR = join(process.cwd(), 'src', 'content', 'reading-lists');

/** A concept as its schema reads it, with its slug and its definition (the MDX body). */
export type ConceptOnDisk = ConceptData & { slug: string; body: string };

/** A curated reading list as its schema reads it, with its slug (the file name). */
export type ReadingListOnDisk = ReadingListData & { slug: string };

/** The files that passed their schema, as the checks take them (concepts and reading lists with all their fields). */
export interface ContentFactsOnDisk extends ContentFacts {
  concepts: ConceptOnDisk[];
  readingLists: ReadingListOnDisk[];
}

export interface ContentOnDisk {
  content: ContentFactsOnDisk;
  /** What stopped a file on the way: schema errors, MDX that does not parse, unknown citation keys. */
  problems: ContentProblem[];
}

/** What the remark plugins recorded for one document, read through their contract (src/plugins/document-facts.ts). */
function recorded(file: VFile): { passageCount: number; mentions: ConceptMention[] } {
  const facts = readDocumentFacts(file.path, file.data.astro?.frontmatter, ['passageCount', 'conceptMentions']);
  return { passageCount: facts.passageCount, mentions: facts.conceptMentions };
}

export function readContent(): ContentOnDisk {
  const problems: ContentProblem[] = [];
  const refs = contentRefs({ concepts: conceptSlugs, works: bibliographyKeys, documents: documentSlugs });
  // The plugins that record what the checks need, in the build's order but for remark-citations,
  // which runs on its own after them: an unknown key stops it, and the facts are still wanted
  // (it only rewrites citation links, which the concept links skip anyway).
  const facts = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(remarkParagraphIds)
    .use(remarkConceptLinks, { concepts: conceptTerms });
  const citations = unified().use(remarkCitations, { knownKeys: bibliographyKeys });

  const documents: DocumentFacts[] = [];
  for (const slug of [...documentSlugs()].sort()) {
    const file = documentFile(slug);
    const raw = readFileSync(join(DOCUMENTS_DIR, `${slug}.mdx`), 'utf8');
    const parsed = documentSchema.safeParse(splitFrontmatter(raw).data);
    if (!parsed.success) problems.push(...schemaProblems(file, parsed.error.issues));
    const vfile = new VFile({ path: file, value: raw });
    // The plugins change the tree in place: after them, it is the tree the citations run on.
    let tree: Root;
    try {
      tree = facts.parse(vfile);
      facts.runSync(tree, vfile);
    } catch (error) {
      problems.push({ file, field: 'body', message: `the MDX does not parse: ${(error as Error).message}` });
      continue;
    }
    documents.push({ id: slug, ...recorded(vfile) });
    try {
      citations.runSync(tree, vfile);
    } catch (error) {
      // "src/content/documents/x.mdx:12:3: unknown citation key …": the line and column stay.
      problems.push({ file, field: 'body', message: (error as Error).message.replace(`${file}:`, 'line ') });
    }
  }

  const concepts: ConceptOnDisk[] = [];
  const conceptSchemaWithRefs = conceptSchema(refs);
  for (const slug of [...conceptSlugs()].sort()) {
    const { data, body } = splitFrontmatter(readFileSync(join(CONCEPTS_DIR, `${slug}.mdx`), 'utf8'));
    const parsed = conceptSchemaWithRefs.safeParse(data);
    if (parsed.success) concepts.push({ slug, body, ...parsed.data });
    else problems.push(...schemaProblems(conceptFile(slug), parsed.error.issues));
  }

  const works = new Map<string, CslItem>();
  for (const key of [...bibliographyKeys()].sort()) {
    const json = readJson(join(BIBLIOGRAPHY_DIR, `${key}.json`), workFile(key), problems);
    if (json === undefined) continue;
    const parsed = cslItemSchema.safeParse(json);
    if (parsed.success) works.set(key, { ...parsed.data, id: key });
    else problems.push(...schemaProblems(workFile(key), parsed.error.issues));
  }

  const referenceLists: ReferenceListFacts[] = [];
  const listSchema = referenceListSchema(refs);
  for (const id of [...referenceListIds()].sort()) {
    const json = readJson(join(REFERENCE_LISTS_DIR, `${id}.json`), referenceListFile(id), problems);
    if (json === undefined) continue;
    const parsed = listSchema.safeParse(json);
    if (parsed.success) referenceLists.push({ id, document: parsed.data.document });
    else problems.push(...schemaProblems(referenceListFile(id), parsed.error.issues));
  }

  const readingLists: ReadingListOnDisk[] = [];
  const curatedSchema = readingListSchema(refs);
  for (const slug of [...readingListSlugs()].sort()) {
    let yaml: unknown;
    try {
      yaml = loadYaml(readFileSync(join(READING_LISTS_DIR, `${slug}.yaml`), 'utf8'));
    } catch (error) {
      problems.push({ file: readingListFile(slug), field: '(the whole file)', message: `not YAML: ${(error as Error).message}` });
      continue;
    }
    const parsed = curatedSchema.safeParse(yaml);
    if (parsed.success) readingLists.push({ slug, ...parsed.data });
    else problems.push(...schemaProblems(readingListFile(slug), parsed.error.issues));
  }

  return { content: { documents, concepts, works, referenceLists, readingLists }, problems };
}

function readingListSlugs(): ReadonlySet<string> {
  return new Set(readdirSync(READING_LISTS_DIR).flatMap((f) => (f.endsWith('.yaml') ? [f.slice(0, -'.yaml'.length)] : [])));
}

function referenceListIds(): ReadonlySet<string> {
  // Same reading as the other collections' keys: the file names.
  return bibliographyKeys(REFERENCE_LISTS_DIR);
}

function readJson(path: string, file: string, problems: ContentProblem[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push({ file, field: '(the whole file)', message: `not JSON: ${(error as Error).message}` });
    return undefined;
  }
}
