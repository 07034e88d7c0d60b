import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { documentSchema } from './content/schemas';
import { cslItemSchema, referenceListSchema } from './content/bibliography-schema';
import { bibliographyKeys, documentSlugs } from './lib/bibliography-files';

const documents = defineCollection({
  loader: glob({ base: './src/content/documents', pattern: '**/*.mdx' }),
  schema: documentSchema,
});

/** One CSL-JSON record per work; the file name is the key and must equal the record's `id`. */
const bibliography = defineCollection({
  loader: glob({ base: './src/content/bibliography', pattern: '*.json', generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  schema: cslItemSchema,
});

const referenceLists = defineCollection({
  loader: glob({ base: './src/content/reference-lists', pattern: '*.json', generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
  // Keys are checked against the files on disk: Astro's reference() is not checked while
  // content syncs, and a dangling key must stop the build with the file and the key.
  schema: () => {
    const works = bibliographyKeys();
    const docs = documentSlugs();
    return referenceListSchema({
      work: z.string().refine((k) => works.has(k), { error: (i) => `unknown work "${String(i.input)}": no src/content/bibliography/${String(i.input)}.json` }),
      document: z.string().refine((d) => docs.has(d), { error: (i) => `unknown document "${String(i.input)}": no src/content/documents/${String(i.input)}.mdx` }),
    });
  },
});

export const collections = { documents, bibliography, referenceLists };
