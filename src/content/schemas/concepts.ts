/**
 * Zod schema for concepts (`src/content/concepts/<slug>.mdx`). The MDX body is the
 * definition, written for students in the site's own words; its length (80–200 words), the
 * origin's agreement with the bibliography and each relation's evidence passage are checked
 * with the other collections in src/lib/checks/.
 */
import { z } from 'astro/zod';
import { withKnownFields, type ContentRefs } from './shared.ts';
import { RELATION_TYPE_NAMES } from '../../lib/concepts/relation-types.ts';

export const CONCEPT_DOMAINS = ['political economy', 'social theory', 'practice', 'method', 'identity and society'] as const;

const passageId = z.string().regex(/^p-\d+$/, 'expected a paragraph id like "p-12"');

/** A paragraph of a corpus text, e.g. { document: the-personal-is-political, passage: p-28 }. */
const passageRef = (document: z.ZodType<string>) => z.object({ document, passage: passageId }).strict();

export const ORIGIN_WORK_PLACES = ['cited', 'document', 'outsideCorpus'] as const;

/** The original work behind an origin: title and first year, and where (if anywhere) the corpus has it. */
const originWorkSchema = (refs: Pick<ContentRefs, 'work' | 'document'>) =>
  z
    .object({
      title: z.string().min(1, 'give the title of the original work'),
      /** Year the work first appeared (first edition, first publication or delivery). */
      year: z
        .number({ error: 'expected the year the work first appeared, as a number (e.g. 1980)' })
        .int('expected a whole year (e.g. 1980)')
        .min(1500, 'expected a year from 1500 on')
        .max(2100, 'expected a year before 2100'),
      /** Bibliography key of the edition the corpus cites (it may be a later edition). */
      cited: refs.work.optional(),
      /** The work is itself one of the texts on this site. */
      document: refs.document.optional(),
      /** The corpus cites no edition of this work (said so on the page). */
      outsideCorpus: z.literal(true, { error: 'write outsideCorpus: true, or leave it out' }).optional(),
      /** One line for the page: a qualification the reader needs (first published in French, given as a talk first…). */
      note: z.string().min(1).optional(),
    })
    .strict()
    .superRefine((w, ctx) => {
      const given = ORIGIN_WORK_PLACES.filter((k) => w[k] !== undefined);
      if (given.length !== 1)
        ctx.addIssue({
          code: 'custom',
          path: given.length ? [given[1]!] : [],
          message:
            given.length === 0
              ? 'say where the corpus has this work: "cited" (the bibliography key of the edition the texts cite), "document" (a text on this site) or "outsideCorpus: true"'
              : `give only one of ${given.join(', ')}: the edition the corpus cites, the text on this site, or outsideCorpus: true`,
        });
    });

const originSchema = (refs: Pick<ContentRefs, 'work' | 'document'>) =>
  z
    .object({
      name: z.string().min(1),
      role: z.enum(['coined', 'shaped']),
      work: originWorkSchema(refs),
      /** Other works of theirs that the corpus cites and that bear on the concept. */
      works: z.array(refs.work).default([]),
      /** A passage where a text of the corpus credits the person for the idea. */
      creditedIn: passageRef(refs.document).optional(),
    })
    .strict();

export type ConceptOrigin = z.infer<ReturnType<typeof originSchema>>;

export const conceptSchema = (refs: ContentRefs) =>
  withKnownFields(
    {
      name: z.string().min(1),
      /** Other names and spellings that count as a mention (case and -ise/-ize are matched anyway). */
      aliases: z.array(z.string().min(1)).default([]),
      /**
       * Phrases that hold the name or an alias but do not mention the concept ("human
       * participation" for Participation): the texts' mentions skip them.
       */
      notMentions: z.array(z.string().min(1)).default([]),
      domain: z.enum(CONCEPT_DOMAINS),
      /** One sentence for the map's side panel and lists. */
      summary: z.string().min(20).max(300),
      /**
       * Who coined or shaped the concept. Each entry names the person's original work and the
       * year it first appeared (not the year of the edition the corpus cites), says where the
       * corpus has it (`cited`: the bibliography record of the edition the texts cite;
       * `document`: a text on this site) or that it is outside the corpus, and gives the
       * passage where a text credits the person; without one, the credit is marked on the page
       * as coming from outside the corpus.
       */
      origin: z.array(originSchema(refs)).default([]),
      /**
       * Works in the corpus on the concept that the texts name without their authors (the
       * Frontiers paper in the NCERCC post): shown apart from the origin, so that nobody is
       * credited with them beyond what the sources show.
       */
      unattributedWorks: z.array(refs.work).default([]),
      /** Typed relations to other concepts, each backed by a passage that makes it. */
      relations: z
        .array(
          z
            .object({
              type: z.enum(RELATION_TYPE_NAMES),
              target: refs.concept,
              evidence: z
                .object({
                  document: refs.document,
                  /** Paragraph id in that document, e.g. "p-12". */
                  passage: passageId,
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
    'src/content/schemas/concepts.ts',
  );

export type ConceptData = z.infer<ReturnType<typeof conceptSchema>>;
