/**
 * A curated reading list, as a lecturer hands it out: a module's reading by week or theme,
 * each item marked essential, recommended or further, with a note on why to read it. One
 * YAML file per list in src/content/reading-lists/; the file name is the list's slug
 * (/lists/<slug>/). Items point at what the site already holds (a text, one passage of a
 * text, a cited work or a concept), so a list never carries a reference of its own that
 * could drift from the bibliography. That a passage exists in its text is checked by the
 * corpus loader (src/lib/checks/), which has the documents.
 */
import { z } from 'astro/zod';
import { withKnownFields, type ContentRefs } from './shared.ts';

/** How much an item matters to the list, in the words UK reading-list systems use. */
export const IMPORTANCE = ['essential', 'recommended', 'further'] as const;
export type Importance = (typeof IMPORTANCE)[number];

/** The fields that name what an item is; an item has exactly one of them. */
export const ITEM_KINDS = ['document', 'passage', 'work', 'concept'] as const;
export type ReadingListItemKind = (typeof ITEM_KINDS)[number];

const paragraphId = z.string().regex(/^p-\d+$/, 'expected a paragraph id like "p-12"');

/**
 * A calendar day written YYYY-MM-DD that exists: "2026-02-31" is refused, not rolled over to
 * 3 March. YAML reads an unquoted day as a date (and has already rolled it over), so the
 * guide asks for quotes; a date object is kept as the day it names.
 */
export const calendarDay = z
  .union([z.string(), z.date()])
  .transform((v, ctx) => {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!m || !day || day.toISOString().slice(0, 10) !== v) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not a day of the calendar: write it YYYY-MM-DD, in quotes` });
      return z.NEVER;
    }
    return v;
  });

const readingListItem = (refs: ContentRefs) =>
  withKnownFields(
    {
      /** A whole text on this site: its slug. */
      document: refs.document.optional(),
      /** One passage of a text: the text's slug and the paragraph id. */
      passage: z.object({ document: refs.document, paragraph: paragraphId }).strict().optional(),
      /** A cited work: its bibliography key. */
      work: refs.work.optional(),
      /** A concept on the theory map: its slug. */
      concept: refs.concept.optional(),
      importance: z.enum(IMPORTANCE),
      /** Why to read it, or what to look for, in the lecturer's words. */
      note: z.string().trim().min(1).optional(),
    },
    'a reading-list item',
    'src/content/schemas/reading-lists.ts',
  ).superRefine((item, ctx) => {
    const kinds = ITEM_KINDS.filter((k) => item[k] !== undefined);
    if (kinds.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: kinds.length === 0 ? `an item names what to read: give one of ${ITEM_KINDS.join(', ')}` : `an item is one thing to read: it gives ${kinds.join(' and ')}; keep one`,
      });
    }
  });

export const readingListSchema = (refs: ContentRefs) =>
  withKnownFields(
    {
      title: z.string().trim().min(1),
      /** The module or course the list is for, e.g. "SW1001 Foundations of social work". */
      module: z.string().trim().min(1),
      /** Who it is written for, e.g. "First-year BA Social Work students". */
      audience: z.string().trim().min(1),
      /** Who compiled it, as it should be credited. */
      author: z.string().trim().min(1),
      /** When it was last revised. */
      revised: calendarDay,
      /** A paragraph or two on what the list is for and how to use it (Markdown). */
      introduction: z.string().trim().min(1),
      /** Weeks or themes, in reading order. */
      sections: z
        .array(
          withKnownFields(
            {
              title: z.string().trim().min(1),
              introduction: z.string().trim().min(1).optional(),
              items: z.array(readingListItem(refs)).min(1, 'a section lists at least one item'),
            },
            'a reading-list section',
            'src/content/schemas/reading-lists.ts',
          ),
        )
        .min(1, 'a list has at least one section'),
    },
    'a reading list',
    'src/content/schemas/reading-lists.ts',
  );

export type ReadingListData = z.infer<ReturnType<typeof readingListSchema>>;
export type ReadingListItem = ReadingListData['sections'][number]['items'][number];
