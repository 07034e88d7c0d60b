import { describe, expect, it } from 'vitest';
import { readingListProblems } from '../../../../src/lib/checks/reading-lists';
import { formatProblem } from '../../../../src/lib/checks/problems';

const documents = [{ id: 'doc-a', passageCount: 12 }];

describe('readingListProblems', () => {
  it('accepts passages the text numbers, first and last', () => {
    const list = {
      slug: 'l',
      sections: [{ items: [{ passage: { document: 'doc-a', paragraph: 'p-1' } }, { passage: { document: 'doc-a', paragraph: 'p-12' } }] }],
    };
    expect(readingListProblems([list], documents)).toEqual([]);
  });

  it('names the file, the field path and the passages the text has, for a paragraph past its end or p-0', () => {
    const list = {
      slug: 'start-here',
      sections: [
        { items: [{ document: 'doc-a' }] },
        { items: [{ work: 'w' }, { passage: { document: 'doc-a', paragraph: 'p-13' } }, { passage: { document: 'doc-a', paragraph: 'p-0' } }] },
      ],
    };
    expect(readingListProblems([list], documents).map(formatProblem)).toEqual([
      'src/content/reading-lists/start-here.yaml: sections[1].items[1].passage.paragraph: "p-13" is not a passage of doc-a, which numbers its passages p-1 to p-12; give a paragraph id its page shows (/documents/doc-a/, the ¶ numbers)',
      'src/content/reading-lists/start-here.yaml: sections[1].items[2].passage.paragraph: "p-0" is not a passage of doc-a, which numbers its passages p-1 to p-12; give a paragraph id its page shows (/documents/doc-a/, the ¶ numbers)',
    ]);
  });

  it('leaves a passage of an unknown text to the schema, which names it', () => {
    expect(readingListProblems([{ slug: 'l', sections: [{ items: [{ passage: { document: 'gone', paragraph: 'p-1' } }] }] }], documents)).toEqual([]);
  });

  it('refuses an item listed twice in one list, naming both places, but not in two lists', () => {
    const twice = { slug: 'l', sections: [{ items: [{ concept: 'solidarity' }] }, { items: [{ work: 'lipsky2010' }, { concept: 'solidarity' }] }] };
    expect(readingListProblems([twice], documents).map(formatProblem)).toEqual([
      'src/content/reading-lists/l.yaml: sections[1].items[1]: lists the concept solidarity again (already at sections[0].items[0]); keep one, and say in its note what to read it for',
    ]);
    const other = { slug: 'm', sections: [{ items: [{ concept: 'solidarity' }] }] };
    expect(readingListProblems([{ ...twice, sections: twice.sections.slice(0, 1) }, other], documents)).toEqual([]);
  });

  it('tells a text from a passage of it, and two passages apart', () => {
    const list = {
      slug: 'l',
      sections: [
        { items: [{ document: 'doc-a' }, { passage: { document: 'doc-a', paragraph: 'p-2' } }, { passage: { document: 'doc-a', paragraph: 'p-3' } }] },
      ],
    };
    expect(readingListProblems([list], documents)).toEqual([]);
  });
});
