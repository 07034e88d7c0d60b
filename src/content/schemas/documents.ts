/**
 * Zod schema for a document's frontmatter (`src/content/documents/<slug>.mdx`). The schemas
 * are kept apart from `content.config.ts` so that plain Node scripts and Vitest can validate
 * content without Astro's runtime.
 */
import { z } from 'astro/zod';
import { withKnownFields } from './shared.ts';

/** A calendar date as precise as the source gives it: "2024", "2020-08" or "2020-08-14". */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const person = z.object({
  name: z.string().min(1),
  /** Only when the source names one. */
  affiliation: z.string().min(1).optional(),
  /** Role or title printed in the source, e.g. "Reader", "Dr … PhD". */
  role: z.string().min(1).optional(),
  email: z.email().optional(),
  /** Postal address, when the source prints one: kept as data, not shown on the page (a correspondence address is not for readers). */
  address: z.string().min(1).optional(),
});

export const documentTypes = [
  'journal-article',
  'author-manuscript',
  'blog-post',
  'student-essay',
] as const;

export const link = z.object({ label: z.string().min(1), url: z.url() });

/** The frontmatter of a document; an unknown field is an error that names it. */
export const documentSchema = withKnownFields({
    /** The question or assignment the text answers, printed above its title (student essays). */
    prompt: z.string().min(1).optional(),
    title: z.string().min(1),
    subtitle: z.string().min(1).optional(),
    /** Empty when the source names no author: the page then says "No author given". */
    authors: z.array(person),
    /**
     * Whom citations name as author when the source names no person: the organisation
     * responsible for the text (Cite Them Right's "organisation as author", APA 7's group
     * author). An application of the guides' rule, not a fact of the source: the page says so.
     * Only with `authors: []`.
     */
    organisationAuthor: z
      .object({
        name: z.string().min(1),
        /** Why this organisation is the one responsible, from what the source shows. */
        basis: z.string().min(1),
      })
      .optional(),
    /** `null` means the source gives no date: shown and cited as "n.d." (a manuscript with a `publishedVersion` is shown and cited by that version's date, saying the manuscript is undated). Required on purpose. */
    issued: partialDate.nullable(),
    type: z.enum(documentTypes),
    /** Journal, website or collection the text appears in. */
    container: z.string().min(1).optional(),
    volume: z.string().min(1).optional(),
    issue: z.string().min(1).optional(),
    pages: z.string().regex(/^\d+([–-]\d+)?$/, 'expected a page or a range like 1–14').optional(),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'expected a bare DOI like 10.1332/…').optional(),
    url: z.url().optional(),
    publisher: z.string().min(1).optional(),
    licence: link.optional(),
    /** Author's own abstract, only when the source has one. */
    abstract: z.string().min(1).optional(),
    /** The keywords the source prints (a journal's keyword line), as printed. */
    keywords: z.array(z.string().min(1)).default([]),
    /**
     * Subjects the site's editors gave a text whose source prints no keywords: shown as the
     * Atlas's, never as the author's, and not exported as the work's keywords.
     */
    subjects: z.array(z.string().min(1)).default([]),
    /** Our two-sentence summary for the reading list (written by the site, not the authors). */
    summary: z.string().min(1),
    /** The version of record, when this text is a manuscript of a published article. */
    publishedVersion: z
      .object({
        container: z.string().min(1),
        issued: partialDate,
        volume: z.string().optional(),
        issue: z.string().optional(),
        pages: z.string().optional(),
        doi: z.string().regex(/^10\.\d{4,9}\/\S+$/).optional(),
        /** Where these facts come from, when not from the text itself. */
        basis: z.string().min(1),
      })
      .optional(),
    /** Where the text came from: the file in `sources/` and the record it was taken from. */
    source: z.object({
      file: z.string().regex(/^sources\/\d{3}_[0-9a-f]+\.txt$/, 'expected sources/NNN_hash.txt'),
      record: link.optional(),
      version: z.string().min(1).optional(),
      /** Facts about the text that are known from outside it (the seeds README). */
      note: z.string().min(1).optional(),
    }),
    /** Position in the reading list; also defines previous/next. */
    order: z.number().int().positive(),
  }, 'a document', 'src/content/schemas/documents.ts')
  .superRefine(
    (d, ctx) => {
      if (d.organisationAuthor && d.authors?.length) {
        ctx.addIssue({ code: 'custom', path: ['organisationAuthor'], message: 'only for a text whose source names no person as author: this one has authors' });
      }
    },
    { when: () => true } as never,
  );

export type DocumentData = z.infer<typeof documentSchema>;
