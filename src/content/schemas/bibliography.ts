/**
 * Zod schema for the bibliography: one CSL-JSON record per cited work
 * (`src/content/bibliography/<key>.json`; each document's reference list is in
 * reference-lists.ts). The record schema follows the CSL-JSON schema
 * (`src/csl/csl-data.json`) for the fields we use and rejects unknown ones, so a typo in a
 * field name fails the build instead of vanishing from citations.
 */
import { z } from 'astro/zod';
import { withKnownFields } from './shared.ts';

export const CSL_TYPES = [
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter',
  'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event',
  'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture',
  'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication',
  'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard',
  'thesis', 'treaty', 'webpage',
] as const;

export const cslName = z
  .object({
    family: z.string().min(1).optional(),
    given: z.string().min(1).optional(),
    literal: z.string().min(1).optional(),
    suffix: z.string().optional(),
    'dropping-particle': z.string().optional(),
    'non-dropping-particle': z.string().optional(),
  })
  .strict()
  .refine((n) => n.family || n.literal, 'a name needs "family" or "literal"');

export const cslDate = z
  .object({
    'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).min(1).max(2).optional(),
    literal: z.string().optional(),
    raw: z.string().optional(),
    season: z.union([z.string(), z.number()]).optional(),
    circa: z.union([z.string(), z.number(), z.boolean()]).optional(),
  })
  .strict();

export const correction = z
  .object({
    field: z.string().min(1),
    printed: z.string(),
    corrected: z.string(),
    note: z.string().min(1),
    document: z.string().min(1).optional(),
  })
  .strict();

const text = z.string().min(1);

/** The CSL-JSON fields a record may hold (besides `custom`, our notes). */
const cslFields = {
    // A key is also an address (/bibliography/<key>/): one of digits alone would be a page of the index (/bibliography/2/).
    id: z.string().regex(/^(?=[a-z0-9-]*[a-z])[a-z0-9-]+$/, 'keys are lowercase letters, digits and hyphens, with at least one letter'),
    type: z.enum(CSL_TYPES),
    title: text.optional(),
    author: z.array(cslName).optional(),
    editor: z.array(cslName).optional(),
    'collection-editor': z.array(cslName).optional(),
    'container-author': z.array(cslName).optional(),
    translator: z.array(cslName).optional(),
    issued: cslDate.optional(),
    accessed: cslDate.optional(),
    'original-date': cslDate.optional(),
    'container-title': text.optional(),
    'collection-title': text.optional(),
    'collection-number': z.union([text, z.number()]).optional(),
    volume: z.union([text, z.number()]).optional(),
    issue: z.union([text, z.number()]).optional(),
    page: text.optional(),
    number: z.union([text, z.number()]).optional(),
    edition: z.union([text, z.number()]).optional(),
    publisher: text.optional(),
    'publisher-place': text.optional(),
    genre: text.optional(),
    medium: text.optional(),
    DOI: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'expected a bare DOI like 10.1080/…').optional(),
    URL: z.url().optional(),
    ISBN: text.optional(),
    ISSN: text.optional(),
    note: text.optional(),
    language: text.optional(),
    event: text.optional(),
    'event-place': text.optional(),
    'event-title': text.optional(),
    authority: text.optional(),
    section: text.optional(),
    abstract: text.optional(),
};

/**
 * The field a note is about: a CSL field of the record, or "entry" for the printed entry as
 * a whole. A misspelt name fails with the names allowed, so a note never loses its field.
 */
export const NOTE_FIELDS = [...Object.keys(cslFields).filter((f) => f !== 'id'), 'entry'] as const;
const noteField = z.string().refine((f) => (NOTE_FIELDS as readonly string[]).includes(f), {
  error: (i) => `"${String(i.input)}" is not a CSL field name: use one of ${NOTE_FIELDS.join(', ')}`,
});

/**
 * A detail the sources leave uncertain, shown to readers as unverified under the entry.
 * `note` is written for a reader (texts named by their titles, not by file or slug).
 * `incomplete` marks a DOI or URL known to be incomplete: it is shown, never as a live link.
 */
export const doubt = z
  .object({
    field: noteField.optional(),
    note: text,
    incomplete: z.literal(true).optional(),
  })
  .strict()
  .refine((d) => !d.incomplete || d.field === 'DOI' || d.field === 'URL', {
    error: '"incomplete" applies only to a doubt about the DOI or the URL (field "DOI" or "URL")',
    path: ['incomplete'],
  });

/**
 * A value the source does not print but that is added from the source's context or certain
 * general knowledge (e.g. the first edition's year as `original-date`); shown to readers.
 */
export const inference = z.object({ field: noteField, note: text }).strict();

export const cslItemSchema = withKnownFields(
  {
    ...cslFields,
    /** Our editorial notes, all shown on the site: corrections of source errors, inferences and doubts. */
    custom: z
      .object({
        corrections: z.array(correction).optional(),
        inferences: z.array(inference).optional(),
        doubts: z.array(doubt).optional(),
        /**
         * The title in APA 7 sentence case (§6.17), proper nouns and acronyms kept, for a title
         * recorded in title case: only a person can tell "England" from "Social". Used for APA
         * only; `title` keeps what the source prints (Cite Them Right prints it as recorded).
         */
        sentenceCaseTitle: text.optional(),
        /** The same for the book a chapter appears in (`container-title`), used by APA only. */
        sentenceCaseContainerTitle: text.optional(),
      })
      .strict()
      .optional(),
  },
  'a CSL-JSON record',
  'src/content/schemas/bibliography.ts',
).superRefine(
  (item, ctx) => {
    const pairs = [
      { field: 'sentenceCaseTitle', value: item.custom?.sentenceCaseTitle, of: item.title, what: 'title' },
      { field: 'sentenceCaseContainerTitle', value: item.custom?.sentenceCaseContainerTitle, of: item['container-title'], what: 'container title' },
    ] as const;
    for (const { field, value, of, what } of pairs) {
      if (typeof value !== 'string') continue;
      if (value === of) {
        ctx.addIssue({ code: 'custom', path: ['custom', field], message: `repeats the ${what} as recorded: remove it (it is needed only where sentence case changes a capital)` });
        continue;
      }
      if (sameExceptLetterCase(value, of)) continue;
      ctx.addIssue({
        code: 'custom',
        path: ['custom', field],
        message: `the sentence-case ${what} must be the ${what} with only capitals changed (same letters, spaces and punctuation): "${value}" is not a recasing of the ${what} "${of ?? `(no ${what})`}"`,
      });
    }
  },
  // Run even when other fields have problems, so that one build reports them all.
  { when: () => true } as never,
);

/** True when the two strings hold the same characters, told apart only by letter case. */
export function sameExceptLetterCase(a: string, b: string | undefined): boolean {
  return typeof b === 'string' && a.length === b.length && a.toLowerCase() === b.toLowerCase();
}

export type CslItem = z.infer<typeof cslItemSchema>;
