import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './content/schemas';

const documents = defineCollection({
  loader: glob({ base: './src/content/documents', pattern: '**/*.mdx' }),
  schema: documentSchema,
});

export const collections = { documents };
