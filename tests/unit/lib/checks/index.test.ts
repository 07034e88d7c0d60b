/** The content checks as the build and the quick checks run them: every problem at once, by file. */
import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../../../src/content/schemas/bibliography';
import { assertContent, checkContent, ContentError, type ContentFacts } from '../../../../src/lib/checks';
import { fieldPath, formatProblem, schemaProblems } from '../../../../src/lib/checks/problems';
import { unknownCitationKey } from '../../../../src/lib/checks/citations';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const good: ContentFacts = {
  documents: [{ id: 'doc-a', passageCount: 3, mentions: [{ concept: 'solidarity' }, { concept: 'mutual-aid' }] }],
  concepts: [
    {
      slug: 'solidarity',
      name: 'Solidarity',
      body: words(90),
      origin: [],
      relations: [{ target: 'mutual-aid', evidence: { document: 'doc-a', passage: 'p-2' } }],
    },
    { slug: 'mutual-aid', name: 'Mutual aid', body: words(90), origin: [], relations: [] },
  ],
  works: new Map<string, CslItem>([['lipsky2010', { id: 'lipsky2010', type: 'book', title: 'S', issued: { 'date-parts': [[2010]] } }]]),
  referenceLists: [{ id: 'doc-a', document: 'doc-a' }],
  readingLists: [{ slug: 'week-1', sections: [{ items: [{ document: 'doc-a' }, { passage: { document: 'doc-a', paragraph: 'p-3' } }] }] }],
};

describe('checkContent', () => {
  it('finds nothing in content that keeps every rule', () => {
    expect(checkContent(good)).toEqual([]);
    expect(() => assertContent(good)).not.toThrow();
  });

  it('returns every problem of every kind at once, ordered by file', () => {
    const bad: ContentFacts = {
      ...good,
      concepts: [
        { ...good.concepts[0]!, body: words(10), relations: [{ target: 'mutual-aid', evidence: { document: 'doc-a', passage: 'p-7' } }] },
        { ...good.concepts[1]!, origin: [{ name: 'M. Lipsky', role: 'coined', work: { title: 'S', year: 1980, cited: 'lipsky2010' }, works: [] }] },
      ],
      referenceLists: [{ id: 'doc-a', document: 'doc-b' }],
      readingLists: [{ slug: 'week-1', sections: [{ items: [{ passage: { document: 'doc-a', paragraph: 'p-4' } }] }] }],
    };
    expect(checkContent(bad).map((p) => `${p.file} ${p.field}`)).toEqual([
      'src/content/bibliography/lipsky2010.json original-date',
      'src/content/concepts/mutual-aid.mdx origin[0].work.cited',
      'src/content/concepts/solidarity.mdx definition (the MDX body)',
      'src/content/concepts/solidarity.mdx relations[0].evidence.passage',
      'src/content/reading-lists/week-1.yaml sections[0].items[0].passage.paragraph',
      'src/content/reference-lists/doc-a.json document',
    ]);
  });

  it('stops with one ContentError that lists every problem, one a line', () => {
    const bad: ContentFacts = { ...good, concepts: good.concepts.map((c) => ({ ...c, body: 'Too short.' })) };
    let error: unknown;
    try {
      assertContent(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toHaveLength(2);
    expect((error as Error).message).toBe(
      'The content has 2 problems:\nsrc/content/concepts/mutual-aid.mdx: definition (the MDX body): has 2 words; write 80–200\nsrc/content/concepts/solidarity.mdx: definition (the MDX body): has 2 words; write 80–200',
    );
  });
});

describe('problems', () => {
  it('write a schema issue path the way the checks write fields', () => {
    expect(fieldPath(['origin', 0, 'work', 'year'])).toBe('origin[0].work.year');
    expect(fieldPath(['custom', 'doubts', 1, 'field'])).toBe('custom.doubts[1].field');
    expect(fieldPath([])).toBe('(the whole file)');
    expect(schemaProblems('f.json', [{ path: ['title'], message: 'Required' }]).map(formatProblem)).toEqual(['f.json: title: Required']);
  });

  it('word the unknown citation key rule with the file that is missing', () => {
    expect(unknownCitationKey('nobody1999')).toBe('unknown citation key "nobody1999" — no file src/content/bibliography/nobody1999.json');
  });
});
