/**
 * A problem in the content, as every check reports it: the file to edit, the field in it,
 * what is wrong and what to do. Checks return every problem at once, so that one build (or
 * one quick check) lists them all instead of stopping at the first.
 */

export interface ContentProblem {
  /** The file to edit, from the project root: `src/content/concepts/solidarity.mdx`. */
  file: string;
  /** The field in that file, as a path: `relations[2].evidence.passage`, `origin[0].work.year`. */
  field: string;
  /** What is wrong, in a few words. */
  message: string;
  /** What to do about it, when the message does not say. */
  hint?: string;
  /** The other file the problem involves, when there is one (the document a passage is missing from). */
  concerns?: string;
}

export const conceptFile = (slug: string) => `src/content/concepts/${slug}.mdx`;
export const documentFile = (slug: string) => `src/content/documents/${slug}.mdx`;
export const workFile = (key: string) => `src/content/bibliography/${key}.json`;
export const referenceListFile = (slug: string) => `src/content/reference-lists/${slug}.json`;
export const readingListFile = (slug: string) => `src/content/reading-lists/${slug}.yaml`;

/** One line: `file: field: message; hint`. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}: ${p.field}: ${p.message}${p.hint ? `; ${p.hint}` : ''}`;
}

/** The error that stops the build on bad content, listing every problem, one a line. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** A schema's issue path as the checks write fields: `origin[0].work.year`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '') || '(the whole file)'
  );
}

/** A schema's issues (zod's `error.issues`) as problems of the file. */
export function schemaProblems(file: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): ContentProblem[] {
  return issues.map((i) => ({ file, field: fieldPath(i.path), message: i.message }));
}
