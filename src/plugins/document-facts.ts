/**
 * What the Markdown plugins record about each document while it compiles, and the one way
 * to write it and the one way to read it: the contract between src/plugins/ and the pages.
 *
 * | fact              | recorded by                  | read for                                      |
 * | ----------------- | ---------------------------- | --------------------------------------------- |
 * | `passageCount`    | remark-paragraph-ids.ts      | checking the passages that concept relations cite |
 * | `conceptMentions` | remark-concept-links.ts      | concept pages, the theory map, search filters |
 * | `citations`       | rehype-collect-citations.ts  | reference lists, the bibliography, each work's page (its sentences) |
 *
 * A plugin writes with `recordDocumentFact(file, fact, value)`. Astro hands what plugins
 * store in `file.data.astro.frontmatter` back from `render()` as `remarkPluginFrontmatter`,
 * serialised as JSON; the facts sit there under one key, so that they never mix with the
 * file's own frontmatter. The corpus loader (src/corpus/load.ts) reads them with
 * `readDocumentFacts`, which checks them against the schema below and names the document
 * and the fact when one is missing or malformed; pages take them from the loader.
 *
 * A later fact: add it to `documentFactsSchema` and to `FACT_WRITERS`, and record it from
 * its plugin; the type of every reader follows.
 *
 * This module is loaded by astro.config.mjs (through the plugins) as well as by the build,
 * so it imports nothing from `astro:content`.
 */
import type { VFile } from 'vfile';
// Declares `file.data.astro` (headings, frontmatter) on VFile's data map.
import type {} from '@astrojs/markdown-remark';
import { z } from 'astro/zod';

const citationOccurrence = z
  .object({
    /** Bibliography key of the cited work. */
    key: z.string().min(1),
    /** id of the citation link itself, e.g. "cite-lipsky2010-2". */
    id: z.string().min(1),
    /** id of the enclosing paragraph ("p-12") or heading; undefined if none. */
    passage: z.string().min(1).optional(),
    /** The sentence the citation stands in, as written (empty outside a passage). */
    sentence: z.string(),
  })
  // JSON drops a passage that is undefined; the reader gives the key back, as the plugin made it.
  .transform(({ key, id, passage, sentence }) => ({ key, id, passage, sentence }));

const conceptMention = z.object({
  /** The concept's slug. */
  concept: z.string().min(1),
  /** Passage id ("p-12"). Mentions outside numbered passages (headings) are not recorded. */
  passage: z.string().min(1),
  /** The sentence around the mention, as written. */
  sentence: z.string(),
  /** The words as written. */
  text: z.string().min(1),
});

export const documentFactsSchema = z.object({
  /** Number of numbered passages, p-1 … p-N. */
  passageCount: z.number().int().nonnegative(),
  /** Every mention of a concept in a numbered passage, in document order. */
  conceptMentions: z.array(conceptMention),
  /** Every in-text citation with the passage it stands in, in document order. */
  citations: z.array(citationOccurrence),
});

export type DocumentFacts = z.output<typeof documentFactsSchema>;
export type DocumentFactName = keyof DocumentFacts;
export type CitationOccurrence = DocumentFacts['citations'][number];
export type ConceptMention = DocumentFacts['conceptMentions'][number];

export const DOCUMENT_FACT_NAMES: readonly DocumentFactName[] = documentFactsSchema.keyof().options;

/** Which plugin records each fact, for the error that says one is missing. */
const FACT_WRITERS: Record<DocumentFactName, string> = {
  passageCount: 'remark-paragraph-ids',
  conceptMentions: 'remark-concept-links',
  citations: 'rehype-collect-citations',
};

/** Where in Astro's `remarkPluginFrontmatter` the facts are kept. */
export const DOCUMENT_FACTS_KEY = 'documentFacts';

/** What a plugin calls, once per file, to record its fact. */
export function recordDocumentFact<F extends DocumentFactName>(file: VFile, fact: F, value: DocumentFacts[F]): void {
  const frontmatter = ((file.data.astro ??= {}).frontmatter ??= {});
  // Astro types the frontmatter as Record<string, any>; under this key only this function writes.
  const recorded = (frontmatter[DOCUMENT_FACTS_KEY] ??= {}) as Partial<DocumentFacts>;
  recorded[fact] = value;
}

export class DocumentFactsError extends Error {}

/** Each fact checked where it is present; which must be present is the reader's question. */
const presentFactsSchema = documentFactsSchema.partial();

/**
 * The facts recorded for one document, from what `render()` returned as
 * `remarkPluginFrontmatter` (or, in a plugin's test, `file.data.astro.frontmatter`).
 * `document` names the document in errors (its file). `only` reads some of the facts, for
 * a pipeline that runs only some of the plugins (a plugin's own test).
 */
export function readDocumentFacts(document: string, frontmatter: Readonly<Record<string, unknown>> | undefined): DocumentFacts;
export function readDocumentFacts<F extends DocumentFactName>(
  document: string,
  frontmatter: Readonly<Record<string, unknown>> | undefined,
  only: readonly F[],
): Pick<DocumentFacts, F>;
export function readDocumentFacts(
  document: string,
  frontmatter: Readonly<Record<string, unknown>> | undefined,
  only: readonly DocumentFactName[] = DOCUMENT_FACT_NAMES,
): z.output<typeof presentFactsSchema> {
  const parsed = presentFactsSchema.safeParse(frontmatter?.[DOCUMENT_FACTS_KEY] ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : DOCUMENT_FACTS_KEY}: ${issue.message}`);
    throw new DocumentFactsError(`${document}: the facts the Markdown plugins recorded are malformed:\n${problems.join('\n')}`);
  }
  // Every plugin records its fact for every file, so a missing one means that its plugin did not run.
  const missing = only.filter((fact) => parsed.data[fact] === undefined);
  if (missing.length) {
    const problems = missing.map((fact) => `${fact} (recorded by ${FACT_WRITERS[fact]}; is it in astro.config.mjs?)`);
    throw new DocumentFactsError(`${document}: no ${problems.join(', no ')}`);
  }
  return parsed.data;
}
