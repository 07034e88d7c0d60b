/**
 * Zod schema for a document's printed reference list (`src/content/reference-lists/<slug>.json`):
 * each entry as the source prints it, in the source's order, keyed to its bibliography record,
 * and the works the running text names but the list leaves out. That the list is named after
 * its document is checked with the other collections in src/lib/checks/.
 */
import { z } from 'astro/zod';
import type { ContentRefs } from './shared.ts';

export const referenceListSchema = (refs: Pick<ContentRefs, 'work' | 'document'>) =>
  z
    .object({
      document: refs.document,
      source: z.string().regex(/^sources\/\d{3}_[0-9a-f]+\.txt$/),
      /** The list's heading as printed ("References", "Reference List."); null when there is none. */
      heading: z.string().min(1).nullable(),
      entries: z.array(
        z
          .object({
            key: refs.work,
            /** Line of the source on which the entry is printed. */
            line: z.number().int().positive(),
            /** The entry exactly as the source prints it (Markdown markup of the extraction included). */
            printed: z.string().min(1),
            /** Set when the source prints the same entry twice: the line of the first print. */
            duplicateOf: z.number().int().positive().optional(),
            note: z.string().min(1).optional(),
          })
          .strict(),
      ),
      /** Works named in the running text but missing from the printed list. */
      unlisted: z
        .array(
          z
            .object({
              key: refs.work,
              line: z.number().int().positive(),
              mention: z.string().min(1),
              /** Shown to readers: why the mention is not matched to a listed work, or what is uncertain about it. */
              note: z.string().min(1).optional(),
            })
            .strict(),
        )
        .default([]),
    })
    .strict()
    .superRefine((list, ctx) => {
      list.entries.forEach((e, i) => {
        const before = list.entries[i - 1];
        if (before && e.line < before.line)
          ctx.addIssue({ code: 'custom', path: ['entries', i, 'line'], message: `line ${e.line} comes before the previous entry's line ${before.line}: keep the entries in the source's order` });
        if (e.duplicateOf !== undefined && !list.entries.some((first) => first.line === e.duplicateOf && first.line < e.line && first.key === e.key))
          ctx.addIssue({ code: 'custom', path: ['entries', i, 'duplicateOf'], message: `no earlier entry of ${e.key} is printed on line ${e.duplicateOf}: give the line of the first print of the same work` });
      });
    });
