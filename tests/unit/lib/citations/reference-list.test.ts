import { describe, expect, it } from 'vitest';
import { buildReferenceList, documentReferenceList } from '../../../../src/lib/citations/reference-list';
import type { CslItem } from '../../../../src/content/schemas/bibliography';

const works = new Map<string, CslItem>([
  ['harvey2005', { id: 'harvey2005', type: 'book', title: 'A brief history' }],
  [
    'crenshaw2013',
    {
      id: 'crenshaw2013',
      type: 'article-journal',
      custom: {
        corrections: [
          { field: 'issued', printed: '2103', corrected: '2013', note: 'typo', document: 'doc-a' },
          { field: 'title', printed: 'x', corrected: 'y', note: 'other document', document: 'doc-b' },
        ],
      },
    },
  ],
  ['frontiersnd', { id: 'frontiersnd', type: 'article-journal' }],
  ['alexander2009', { id: 'alexander2009', type: 'book' }],
]);
const formatted = new Map([['harvey2005', 'Harvey, D. (2005) <i>A brief history</i>.']]);

describe('buildReferenceList', () => {
  const list = {
    heading: 'Reference List.',
    entries: [
      { key: 'harvey2005', line: 10, printed: 'Harvey, D. (2005) *A brief history*.' },
      { key: 'crenshaw2013', line: 11, printed: 'Crenshaw, K. (2103) Toward <https://x.org/a>' },
      { key: 'harvey2005', line: 12, printed: 'Harvey, D. (2005) *A brief history*.', duplicateOf: 10, note: 'printed twice' },
    ],
    unlisted: [{ key: 'frontiersnd', line: 3, mention: 'Frontiers | Facilitating' }],
  };
  const citations = [
    { key: 'harvey2005', id: 'cite-harvey2005-1', passage: 'p-2', sentence: '' },
    { key: 'alexander2009', id: 'cite-alexander2009-1', passage: 'p-3', sentence: '' },
    { key: 'harvey2005', id: 'cite-harvey2005-2', passage: 'p-9', sentence: '' },
  ];
  const view = buildReferenceList('doc-a', list, works, formatted, citations);

  it('keeps every printed entry in source order, duplicates included', () => {
    expect(view.entries.map((e) => e.key)).toEqual(['harvey2005', 'crenshaw2013', 'harvey2005']);
    expect(view.heading).toBe('Reference List.');
  });
  it('anchors only the first print of a work and links it back to each citing passage', () => {
    expect(view.entries[0]!.anchor).toBe('ref-harvey2005');
    expect(view.entries[0]!.citedAt).toEqual([
      { id: 'cite-harvey2005-1', passage: 'p-2' },
      { id: 'cite-harvey2005-2', passage: 'p-9' },
    ]);
    expect(view.entries[2]!.anchor).toBeUndefined();
    expect(view.entries[2]!.duplicateOfLine).toBe(10);
  });
  it('shows the entry as printed, as text, and only this document’s corrections', () => {
    expect(view.entries[0]!.printed).toBe('Harvey, D. (2005) A brief history.');
    expect(view.entries[1]!.printed).toBe('Crenshaw, K. (2103) Toward https://x.org/a');
    expect(view.entries[1]!.corrections.map((c) => c.corrected)).toEqual(['2013']);
  });
  it('lists works cited but not in the printed list, so no citation dangles', () => {
    expect(view.unlisted.map((e) => e.key)).toEqual(['frontiersnd', 'alexander2009']);
    expect(view.unlisted[1]!.citedAt).toEqual([{ id: 'cite-alexander2009-1', passage: 'p-3' }]);
    // Every citation in the text has an entry to link to.
    const anchors = new Set([...view.entries, ...view.unlisted].map((e) => e.anchor));
    for (const c of citations) expect(anchors, c.key).toContain(`ref-${c.key}`);
  });
  it('fails loudly on a key with no record', () => {
    expect(() => buildReferenceList('doc-a', { heading: null, entries: [{ key: 'nope', line: 1, printed: 'x' }], unlisted: [] }, works, formatted, [])).toThrow(
      /unknown work "nope"/,
    );
  });
});

describe('documentReferenceList', () => {
  const records = new Map<string, CslItem>([
    [
      'harvey2005',
      {
        id: 'harvey2005',
        type: 'book',
        title: 'A brief history of neoliberalism',
        author: [{ family: 'Harvey', given: 'David' }],
        issued: { 'date-parts': [[2005]] },
        publisher: 'Oxford University Press',
        'publisher-place': 'Oxford',
      },
    ],
    [
      'lipsky2010',
      {
        id: 'lipsky2010',
        type: 'book',
        title: 'Street-level bureaucracy',
        author: [{ family: 'Lipsky', given: 'Michael' }],
        issued: { 'date-parts': [[2010]] },
        publisher: 'Russell Sage Foundation',
        'publisher-place': 'New York',
      },
    ],
    [
      'unused2001',
      { id: 'unused2001', type: 'book', title: 'Not in this text', author: [{ family: 'Nobody', given: 'A.' }], issued: { 'date-parts': [[2001]] } },
    ],
  ]);

  it('holds the listed works and those cited without a listing, formatted in Harvard', () => {
    const list = {
      heading: 'References',
      entries: [{ key: 'harvey2005', line: 4, printed: 'Harvey, D. (2005) A brief history of neoliberalism.' }],
      unlisted: [],
    };
    const { view, works } = documentReferenceList('doc-a', list, [{ key: 'lipsky2010', id: 'cite-lipsky2010-1', passage: 'p-2', sentence: '' }], records);
    expect(works.map((w) => w.id)).toEqual(['harvey2005', 'lipsky2010']);
    expect(view.entries.map((e) => e.key)).toEqual(['harvey2005']);
    expect(view.entries[0]?.html).toContain('Harvey, D. (2005) <i>A brief history of neoliberalism</i>');
    expect(view.unlisted.map((e) => [e.key, e.citedAt.map((c) => c.passage)])).toEqual([['lipsky2010', ['p-2']]]);
  });

  it('shows only the citations of a document that prints no list', () => {
    const { view, works } = documentReferenceList('doc-b', undefined, [{ key: 'lipsky2010', id: 'cite-lipsky2010-1', passage: 'p-5', sentence: '' }], records);
    expect(works.map((w) => w.id)).toEqual(['lipsky2010']);
    expect(view.entries).toEqual([]);
    expect(view.unlisted[0]?.html).toContain('Lipsky, M. (2010) <i>Street-level bureaucracy</i>');
  });
});
