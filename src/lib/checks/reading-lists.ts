/**
 * What a curated reading list must keep with the texts, which its schema cannot see: a passage
 * it names is one the text numbers (p-1 … p-N), and no item is listed twice in one list (a
 * reader would read it twice; an export would carry two records with one key). Unknown texts,
 * works and concepts are refused by the schema itself (src/content/schemas/reading-lists.ts).
 */
import { documentFile, readingListFile, type ContentProblem } from './problems.ts';
import type { DocumentFacts } from './concepts.ts';

/** The parts of a list these rules read: each item's kind and what it names. */
export interface ReadingListFacts {
  /** The file name without `.yaml`: the list's address, /lists/<slug>/. */
  slug: string;
  sections: readonly {
    items: readonly {
      document?: string | undefined;
      passage?: { document: string; paragraph: string } | undefined;
      work?: string | undefined;
      concept?: string | undefined;
    }[];
  }[];
}

/** What an item names, as one string: two items naming the same thing give the same string. */
function itemIdentity(item: ReadingListFacts['sections'][number]['items'][number]): string | undefined {
  if (item.document) return `the text ${item.document}`;
  if (item.passage) return `passage ${item.passage.paragraph} of ${item.passage.document}`;
  if (item.work) return `the work ${item.work}`;
  if (item.concept) return `the concept ${item.concept}`;
  return undefined;
}

export function readingListProblems(lists: readonly ReadingListFacts[], documents: readonly Pick<DocumentFacts, 'id' | 'passageCount'>[]): ContentProblem[] {
  const passageCounts = new Map(documents.map((d) => [d.id, d.passageCount]));
  const problems: ContentProblem[] = [];
  for (const list of lists) {
    const file = readingListFile(list.slug);
    const seen = new Map<string, string>();
    list.sections.forEach((section, s) =>
      section.items.forEach((item, i) => {
        const at = `sections[${s}].items[${i}]`;
        if (item.passage) {
          const { document, paragraph } = item.passage;
          const count = passageCounts.get(document);
          const n = Number(/^p-(\d+)$/.exec(paragraph)?.[1]);
          // An unknown document is the schema's problem, already reported with the file.
          if (count !== undefined && !(n >= 1 && n <= count))
            problems.push({
              file,
              field: `${at}.passage.paragraph`,
              message: `"${paragraph}" is not a passage of ${document}, which numbers its passages p-1 to p-${count}`,
              hint: `give a paragraph id its page shows (/documents/${document}/, the ¶ numbers)`,
              concerns: documentFile(document),
            });
        }
        const identity = itemIdentity(item);
        if (identity === undefined) return;
        const earlier = seen.get(identity);
        if (earlier)
          problems.push({
            file,
            field: at,
            message: `lists ${identity} again (already at ${earlier})`,
            hint: 'keep one, and say in its note what to read it for',
          });
        else seen.set(identity, at);
      }),
    );
  }
  return problems;
}
