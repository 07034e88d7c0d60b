import { describe, expect, it } from 'vitest';
import { appearances, relationGroups } from '../../../../src/lib/concepts/page';

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
