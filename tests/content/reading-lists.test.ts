/**
 * The curated reading lists (src/content/reading-lists/): the three lists on disk keep every
 * rule, and a bad list is refused with its file, the field path and the problem, by the schema
 * (unknown text, work or concept; unknown field; two things in one item; a day that does not
 * exist) or by the rule across collections (a passage its text does not number).
 */
import { describe, expect, it } from 'vitest';
import { readingListSchema } from '../../src/content/schemas/reading-lists';
import { contentRefs } from '../../src/content/schemas/shared';
import { bibliographyKeys, conceptSlugs, documentSlugs } from '../../src/lib/content/files';
import { readContent } from '../../src/lib/content/read-content';
import { checkContent, formatProblem } from '../../src/lib/checks';
import { schemaProblems } from '../../src/lib/checks/problems';

const { content, problems } = readContent();
const schema = readingListSchema(contentRefs({ concepts: conceptSlugs, works: bibliographyKeys, documents: documentSlugs }));
const file = 'src/content/reading-lists/bad.yaml';
const good = {
  title: 'T',
  module: 'M',
  audience: 'A',
  author: 'E',
  revised: '2026-11-28',
  introduction: 'Why.',
  sections: [{ title: 'Week 1', items: [{ document: 'the-personal-is-political', importance: 'essential' }] }],
};
const problemsOf = (list: unknown) => {
  const parsed = schema.safeParse(list);
  return parsed.success ? [] : schemaProblems(file, parsed.error.issues).map(formatProblem);
};
const withItems = (...items: unknown[]) => ({ ...good, sections: [{ title: 'Week 1', items }] });

describe('the curated reading lists on disk', () => {
  it('are three, each passing its schema and the passage rule, drawing on several texts, concepts and works', () => {
    expect(content.readingLists.map((l) => l.slug).sort()).toEqual([
      'relationships-poverty-and-structural-disadvantage',
      'solidarity-and-radical-community-practice',
      'start-here',
    ]);
    expect(problems.filter((p) => p.file.includes('reading-lists')).map(formatProblem)).toEqual([]);
    expect(checkContent(content).map(formatProblem)).toEqual([]);
    for (const list of content.readingLists) {
      const items = list.sections.flatMap((s) => s.items);
      const texts = new Set(items.flatMap((i) => [i.document, i.passage?.document].filter(Boolean)));
      expect(texts.size, list.slug).toBeGreaterThanOrEqual(3);
      expect(items.filter((i) => i.concept).length, list.slug).toBeGreaterThanOrEqual(3);
      expect(items.filter((i) => i.work).length, list.slug).toBeGreaterThanOrEqual(1);
      expect(items.filter((i) => i.passage).length, list.slug).toBeGreaterThanOrEqual(1);
      expect(new Set(items.map((i) => i.importance)).size, list.slug).toBe(3);
    }
  });
});

describe('a bad list', () => {
  it('is accepted when good', () => {
    expect(problemsOf(good)).toEqual([]);
  });

  it('names an unknown text, passage text, work and concept with the field and the missing file', () => {
    expect(
      problemsOf(
        withItems(
          { document: 'no-such-text', importance: 'essential' },
          { passage: { document: 'gone', paragraph: 'p-2' }, importance: 'recommended' },
          { work: 'nobody1999', importance: 'further' },
          { concept: 'nothing', importance: 'further' },
        ),
      ),
    ).toEqual([
      `${file}: sections[0].items[0].document: unknown document "no-such-text": no src/content/documents/no-such-text.mdx`,
      `${file}: sections[0].items[1].passage.document: unknown document "gone": no src/content/documents/gone.mdx`,
      `${file}: sections[0].items[2].work: unknown work "nobody1999": no src/content/bibliography/nobody1999.json`,
      `${file}: sections[0].items[3].concept: unknown concept "nothing": no src/content/concepts/nothing.mdx`,
    ]);
  });

  it('refuses an item that names two things or none, an unknown importance, a misspelt field and a paragraph that is not an id', () => {
    expect(
      problemsOf(
        withItems(
          { document: 'the-personal-is-political', concept: 'solidarity', importance: 'essential' },
          { importance: 'essential' },
          { concept: 'solidarity', importance: 'vital' },
          { concept: 'solidarity', importance: 'further', notes: 'x' },
          { passage: { document: 'the-personal-is-political', paragraph: '12' }, importance: 'further' },
        ),
      ),
    ).toEqual([
      `${file}: sections[0].items[0]: an item is one thing to read: it gives document and concept; keep one`,
      `${file}: sections[0].items[1]: an item names what to read: give one of document, passage, work, concept`,
      expect.stringMatching(/^src\/content\/reading-lists\/bad\.yaml: sections\[0\]\.items\[2\]\.importance: /),
      `${file}: sections[0].items[3].notes: not a field of a reading-list item: check its spelling (the fields are listed in src/content/schemas/reading-lists.ts)`,
      `${file}: sections[0].items[4].passage.paragraph: expected a paragraph id like "p-12"`,
    ]);
  });

  it('refuses a day that is not in the calendar, an empty section and a list without sections', () => {
    expect(problemsOf({ ...good, revised: '2026-02-31' })).toEqual([
      `${file}: revised: "2026-02-31" is not a day of the calendar: write it YYYY-MM-DD, in quotes`,
    ]);
    expect(problemsOf({ ...good, sections: [{ title: 'Week 1', items: [] }] })).toEqual([`${file}: sections[0].items: a section lists at least one item`]);
    expect(problemsOf({ ...good, sections: [] })).toEqual([`${file}: sections: a list has at least one section`]);
  });

  it('refuses a passage past the end of its text, in the build’s rule across collections', () => {
    const list = schema.parse(withItems({ passage: { document: 'essay-omar-mohamed', paragraph: 'p-99' }, importance: 'essential' }));
    const facts = { ...content, readingLists: [{ slug: 'bad', ...list }] };
    expect(checkContent(facts).map(formatProblem)).toEqual([
      `${file}: sections[0].items[0].passage.paragraph: "p-99" is not a passage of essay-omar-mohamed, which numbers its passages p-1 to p-7; give a paragraph id its page shows (/documents/essay-omar-mohamed/, the ¶ numbers)`,
    ]);
  });
});
