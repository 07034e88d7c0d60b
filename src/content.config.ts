/**
 * The content collections, each wired to its schema in src/content/schemas/. The rules that
 * need several collections at once (a relation's evidence passage, an origin against the
 * bibliography, a definition's length) run in src/lib/checks/, called by the corpus loader.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './content/schemas/documents';
import { cslItemSchema } from './content/schemas/bibliography';
import { referenceListSchema } from './content/schemas/reference-lists';
import { conceptSchema } from './content/schemas/concepts';
import { readingListSchema } from './content/schemas/reading-lists';
import { contentRefs } from './content/schemas/shared';
import { bibliographyKeys, conceptSlugs, documentSlugs } from './lib/content/files';

/** Fields that point at another collection are checked against the files on disk. */
const refs = () => contentRefs({ concepts: conceptSlugs, works: bibliographyKeys, documents: documentSlugs });
const fileStem = ({ entry }: { entry: string }) => entry.replace(/\.json$/, '');

// Astro keeps parsed entries between builds and drops them only when the text of this file
// changes, not when a schema it imports does: after changing a schema in
// src/content/schemas/, bump its revision here (or delete node_modules/.astro/data-store.json).
// Schema revisions: concepts 2 (origin names the original work and year; unattributedWorks);
// reference lists 2 (entries in the source's order, duplicateOf names an earlier print);
// bibliography 2 (a sentence-case title that repeats the title is refused); reading lists 1.

const documents = defineCollection({
  loader: glob({ base: './src/content/documents', pattern: '**/*.mdx' }),
  schema: documentSchema,
});

/** One CSL-JSON record per work; the file name is the key. */
const bibliography = defineCollection({
  loader: glob({ base: './src/content/bibliography', pattern: '*.json', generateId: fileStem }),
  schema: cslItemSchema,
});

const referenceLists = defineCollection({
  loader: glob({ base: './src/content/reference-lists', pattern: '*.json', generateId: fileStem }),
  schema: () => referenceListSchema(refs()),
});

const concepts = defineCollection({
  loader: glob({ base: './src/content/concepts', pattern: '*.mdx' }),
  schema: () => conceptSchema(refs()),
});

/**
 * The curated reading lists a lecturer hands out: one YAML file each, named by its slug
 * (/lists/<slug>/). That a passage exists in its text is checked by the corpus loader.
 */
const readingLists = defineCollection({
  loader: glob({ base: './src/content/reading-lists', pattern: '*.yaml', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
  schema: () => readingListSchema(refs()),
});

export const collections = { documents, bibliography, referenceLists, concepts, readingLists };
