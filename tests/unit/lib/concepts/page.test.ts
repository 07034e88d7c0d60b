import { describe, expect, it } from 'vitest';
import { appearanceSummary, appearances, appearancesByConcept, firstRowOfText, passageRows, relationGroups } from '../../../../src/lib/concepts/page';

const concepts = [
  {
    slug: 'triple',
    name: 'Triple movement',
    relations: [{ type: 'extends' as const, target: 'double', evidence: { document: 'a', passage: 'p-3' }, note: 'adds emancipation' }],
  },
  { slug: 'double', name: 'Double movement', relations: [] },
  { slug: 'neolib', name: 'Neoliberalism', relations: [{ type: 'responds-to' as const, target: 'double', evidence: { document: 'b', passage: 'p-1' } }] },
];
const documents = [
  {
    id: 'a',
    label: 'Doc A',
    mentions: [
      { concept: 'double', passage: 'p-3', sentence: 'S1.', text: 'double movement' },
      { concept: 'double', passage: 'p-3', sentence: 'S1.', text: 'double movement' },
      { concept: 'double', passage: 'p-5', sentence: 'S2.', text: 'Double movement' },
    ],
  },
  { id: 'b', label: 'Doc B', mentions: [{ concept: 'triple', passage: 'p-1', sentence: 'T.', text: 'triple movement' }] },
];

describe('relationGroups', () => {
  it('shows relations in both directions with inverse labels and evidence', () => {
    const groups = relationGroups('double', concepts, documents);
    expect(groups.map((g) => [g.direction, g.label, g.concepts.map((c) => c.slug)])).toEqual([
      ['incoming', 'extended by', ['triple']],
      ['incoming', 'prompts', ['neolib']],
    ]);
    expect(groups[0]!.concepts[0]!.evidence).toEqual({ document: 'a', documentLabel: 'Doc A', passage: 'p-3', url: '/documents/a/#p-3' });
    expect(relationGroups('triple', concepts, documents)[0]).toMatchObject({ direction: 'outgoing', label: 'extends' });
  });
});

describe('appearances', () => {
  it('groups mentions by document and passage, with distinct sentences', () => {
    expect(appearances('double', documents)).toEqual([
      {
        document: 'a',
        documentLabel: 'Doc A',
        count: 3,
        passages: [
          { passage: 'p-3', url: '/documents/a/#p-3', sentences: ['S1.'] },
          { passage: 'p-5', url: '/documents/a/#p-5', sentences: ['S2.'] },
        ],
      },
    ]);
    expect(appearances('nothing', documents)).toEqual([]);
  });
  it('are made for every concept in one pass', () => {
    const all = appearancesByConcept(documents);
    expect([...all.keys()]).toEqual(['double', 'triple']);
    expect(all.get('double')).toEqual(appearances('double', documents));
    expect(all.get('triple')!.map((a) => [a.document, a.count])).toEqual([['b', 1]]);
  });
});

describe('appearanceSummary and passageRows', () => {
  const mention = (passage: string, sentence: string) => ({ concept: 'c', passage, sentence, text: 'c' });
  const docs = [
    { id: 'a', label: 'A', mentions: [mention('p-1', 'A1.')] },
    { id: 'b', label: 'B', mentions: [mention('p-1', 'B1.'), mention('p-1', 'B1b.'), mention('p-4', 'B4.')] },
    { id: 'c', label: 'C', mentions: [mention('p-2', 'C2.')] },
  ];
  const found = appearances('c', docs);
  it('shows the texts naming the concept most first (ties in reading order), each with its first passages, and counts the rest', () => {
    const summary = appearanceSummary(found, { texts: 2, sentences: 2 });
    expect(summary.shown.map((t) => [t.document, t.count, t.passageCount, t.excerpts.map((e) => e.sentence)])).toEqual([
      ['b', 3, 2, ['B1.', 'B4.']],
      ['a', 1, 1, ['A1.']],
    ]);
    expect(summary.shown[0]!.excerpts[0]).toEqual({ passage: 'p-1', url: '/documents/b/#p-1', sentence: 'B1.' });
    expect(summary).toMatchObject({ moreTexts: 1, mentions: 5, passages: 4 });
    expect(appearanceSummary([], { texts: 2, sentences: 2 })).toEqual({ shown: [], moreTexts: 0, mentions: 0, passages: 0 });
  });
  it('lists every passage text by text in reading order, and where each text starts', () => {
    const rows = passageRows(found);
    expect(rows.map((r) => `${r.document}:${r.passage}:${r.sentences.join('|')}`)).toEqual(['a:p-1:A1.', 'b:p-1:B1.|B1b.', 'b:p-4:B4.', 'c:p-2:C2.']);
    expect(rows[1]).toMatchObject({ documentLabel: 'B', count: 3, url: '/documents/b/#p-1' });
    expect([...firstRowOfText(rows)]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 3],
    ]);
  });
});

import { groupOrigin } from '../../../../src/lib/concepts/page';
describe('groupOrigin', () => {
  const hill = { title: 'First and last and always', year: 2019, cited: 'hill2019' };
  it('names people with the same role, original work, other works and credit together, in order', () => {
    expect(
      groupOrigin([
        { name: 'Darren Hill', role: 'shaped', work: hill, works: ['hill2020'], creditedIn: { document: 'd', passage: 'p-1' } },
        { name: 'Karl Kessler', role: 'coined', work: { title: 'On the Law of Mutual Aid', year: 1880, outsideCorpus: true }, works: [] },
        { name: 'Erika Laredo', role: 'shaped', work: { ...hill }, works: ['hill2020'], creditedIn: { document: 'd', passage: 'p-1' } },
      ]),
    ).toEqual([
      { names: ['Darren Hill', 'Erika Laredo'], role: 'shaped', work: hill, works: ['hill2020'], creditedIn: { document: 'd', passage: 'p-1' } },
      {
        names: ['Karl Kessler'],
        role: 'coined',
        work: { title: 'On the Law of Mutual Aid', year: 1880, outsideCorpus: true },
        works: [],
        creditedIn: undefined,
      },
    ]);
  });

  it('keeps apart people credited in different passages or for different works', () => {
    const a = { name: 'A', role: 'shaped' as const, work: hill, works: [] };
    expect(
      groupOrigin([a, { ...a, name: 'B', creditedIn: { document: 'd', passage: 'p-2' } }, { ...a, name: 'C', work: { ...hill, year: 2020 } }]),
    ).toHaveLength(3);
  });
});
