/**
 * The content rules that need more than one file: the one place they are written. Takes the
 * content as plain data (what each document holds once read, the concepts, the bibliography
 * records, the reference lists, the curated reading lists) and returns every problem at once, each naming the file, the
 * field and what to do. The corpus loader (src/corpus/load.ts) runs it in every build; the
 * quick checks (scripts/content/check-*.ts) run it on the files read from disk
 * (src/lib/content/read-content.ts). Rules within one file are in the schemas (src/content/schemas/).
 */
import type { CslItem } from '../../content/schemas/bibliography.ts';
import { originalDateProblems } from './bibliography.ts';
import { conceptLinkProblems, definitionProblems, originProblems, type ConceptFacts, type DocumentFacts } from './concepts.ts';
import { ContentError, type ContentProblem } from './problems.ts';
import { referenceListProblems, type ReferenceListFacts } from './reference-lists.ts';
import { readingListProblems, type ReadingListFacts } from './reading-lists.ts';

export type { ConceptFacts, DocumentFacts, PassageRef } from './concepts.ts';
export type { ReferenceListFacts } from './reference-lists.ts';
export type { ReadingListFacts } from './reading-lists.ts';
export { ContentError, formatProblem, type ContentProblem } from './problems.ts';

export interface ContentFacts {
  documents: readonly DocumentFacts[];
  concepts: readonly ConceptFacts[];
  /** Bibliography records by key (file name). */
  works: ReadonlyMap<string, CslItem>;
  referenceLists: readonly ReferenceListFacts[];
  /** The curated reading lists (src/content/reading-lists/). */
  readingLists: readonly ReadingListFacts[];
}

/** Every problem in the content, ordered by file (in the order found within a file). */
export function checkContent(content: ContentFacts): ContentProblem[] {
  const problems = [
    ...content.concepts.flatMap((c) => definitionProblems(c.slug, c.body)),
    ...content.concepts.flatMap((c) => originProblems(c.slug, c.origin, content.works)),
    ...conceptLinkProblems(content.concepts, content.documents),
    ...originalDateProblems(content.concepts, content.works),
    ...referenceListProblems(content.referenceLists),
    ...readingListProblems(content.readingLists, content.documents),
  ];
  // sort() is stable: within a file, the order found stays.
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Stops the build on bad content: throws one ContentError listing every problem. */
export function assertContent(content: ContentFacts): void {
  const problems = checkContent(content);
  if (problems.length) throw new ContentError(problems);
}
