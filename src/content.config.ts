import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { documentSchema } from './content/schemas/documents';
import { cslItemSchema, referenceListSchema } from './content/schemas/bibliography';
import { bibliographyKeys, conceptSlugs, documentSlugs } from './lib/content/files';
import { conceptSchema } from './content/schemas/concepts';

const documents = defineCollection({
  loader: glob({ base: './src/content/documents', pattern: '**/*.mdx' }),
  schema: documentSchema,
});

/** One CSL-JSON record per work; the file name is the key and must equal the record's `id`. */
const bibliography = defineCollection({
  loader: glob({ base: './src/content/bibliography', pattern: '*.json', generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  schema: cslItemSchema,
});

const knownIn = (set: () => Set<string>, what: string, folder: string, ext: string) => {
  const known = set();
  return z.string().refine((v) => known.has(v), { error: (i) => `unknown ${what} "${String(i.input)}": no ${folder}/${String(i.input)}${ext}` });
};

// Keys are checked against the files on disk: Astro's reference() is not checked while
// content syncs, and a dangling key must stop the build with the file and the key.
const referenceLists = defineCollection({
  loader: glob({ base: './src/content/reference-lists', pattern: '*.json', generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  schema: () =>
    referenceListSchema({
      work: knownIn(bibliographyKeys, 'work', 'src/content/bibliography', '.json'),
      document: knownIn(documentSlugs, 'document', 'src/content/documents', '.mdx'),
    }),
});

// Astro keeps parsed entries between builds and drops them only when the text of this file
// changes, not when a schema it imports does: after changing a schema in src/content/*.ts,
// bump its revision here (or delete node_modules/.astro/data-store.json).
// Schema revisions: concepts 2 (origin names the original work and year; unattributedWorks).
const concepts = defineCollection({
  loader: glob({ base: './src/content/concepts', pattern: '*.mdx' }),
  schema: () =>
    conceptSchema({
      concept: knownIn(conceptSlugs, 'concept', 'src/content/concepts', '.mdx'),
      work: knownIn(bibliographyKeys, 'work', 'src/content/bibliography', '.json'),
      document: knownIn(documentSlugs, 'document', 'src/content/documents', '.mdx'),
    }),
});

export const collections = { documents, bibliography, referenceLists, concepts };
