/** What a reference list must keep with the documents: it is named after the document it belongs to. */
import { referenceListFile, type ContentProblem } from './problems.ts';

export interface ReferenceListFacts {
  /** The file name without `.json`: the document page looks its list up by this. */
  id: string;
  /** The document the list says it belongs to: the bibliography page groups by this. */
  document: string;
}

export function referenceListProblems(lists: readonly ReferenceListFacts[]): ContentProblem[] {
  return lists
    .filter((l) => l.id !== l.document)
    .map((l) => ({
      file: referenceListFile(l.id),
      field: 'document',
      message: `"${l.document}", but the file is named ${l.id}.json`,
      hint: `name the file after its document (${l.document}.json), or correct "document"`,
    }));
}
