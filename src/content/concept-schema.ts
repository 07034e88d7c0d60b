/**
 * Zod schema for concepts (`src/content/concepts/<slug>.mdx`). The MDX body is the
 * definition, written for students in the site's own words (80–200 words).
 */
import { z } from 'astro/zod';
import { withKnownFields } from './known-fields';

export const RELATION_TYPES = {
  extends: { label: 'extends', inverse: 'extended by' },
  critiques: { label: 'critiques', inverse: 'critiqued by' },
  'contrasts-with': { label: 'contrasts with', inverse: 'contrasts with' },
  'example-of': { label: 'is an example of', inverse: 'has as an example' },
  operationalises: { label: 'operationalises', inverse: 'operationalised by' },
  'part-of': { label: 'is part of', inverse: 'includes' },
  'responds-to': { label: 'responds to', inverse: 'prompts' },
  'draws-on': { label: 'draws on', inverse: 'drawn on by' },
} as const;
export type RelationType = keyof typeof RELATION_TYPES;
const relationTypeNames = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];

export const CONCEPT_DOMAINS = ['political economy', 'social theory', 'practice', 'method', 'identity and society'] as const;

export const conceptSchema = (refs: { concept: z.ZodType<string>; work: z.ZodType<string>; document: z.ZodType<string> }) =>
  withKnownFields(
    {
      name: z.string().min(1),
      /** Other names and spellings that count as a mention (case and -ise/-ize are matched anyway). */
      aliases: z.array(z.string().min(1)).default([]),
      domain: z.enum(CONCEPT_DOMAINS),
      /** One sentence for the map's side panel and lists. */
      summary: z.string().min(20).max(300),
      /** Who coined or shaped the concept, with the key works from the bibliography. */
      origin: z
        .array(
          z
            .object({
              name: z.string().min(1),
              role: z.enum(['coined', 'shaped']),
              works: z.array(refs.work).default([]),
            })
            .strict(),
        )
        .default([]),
      /** Typed relations to other concepts, each backed by a passage that makes it. */
      relations: z
        .array(
          z
            .object({
              type: z.enum(relationTypeNames),
              target: refs.concept,
              evidence: z
                .object({
                  document: refs.document,
                  /** Paragraph id in that document, e.g. "p-12". */
                  passage: z.string().regex(/^p-\d+$/, 'expected a paragraph id like "p-12"'),
                })
                .strict(),
              /** Why the passage supports the relation, in a few words. */
              note: z.string().min(1).optional(),
            })
            .strict(),
        )
        .default([]),
      /** When a concept does not appear in any document, why it is on the map anyway. */
      absentBecause: z.string().min(1).optional(),
      /** Last revision of the entry, for citing the concept page. */
      updated: z
        .union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'), z.date()])
        // YAML reads an unquoted 2026-11-23 as a date; keep the calendar day as text.
        .transform((v) => (typeof v === 'string' ? v : v.toISOString().slice(0, 10))),
    },
    'a concept',
    'src/content/concept-schema.ts',
  );
