import { describe, expect, it } from 'vitest';
import { buildConceptGraph, LARGE_CORPUS, type ConceptInput, type DocumentInput } from '../../../../src/lib/graph/concept-graph';
import type { CslItem } from '../../../../src/content/schemas/bibliography';

const greatTransformation = { title: 'The Great Transformation', year: 1944, cited: 'polanyi2001' };

const concepts: ConceptInput[] = [
  {
    slug: 'double-movement',
    name: 'Double movement',
    domain: 'political economy',
    summary: 'Markets and society push back.',
    origin: [{ name: 'Karl Polanyi', role: 'coined', work: greatTransformation, works: [] }],
    relations: [],
  },
  {
    slug: 'triple-movement',
    name: 'Triple movement',
    domain: 'political economy',
    summary: 'Fraser adds emancipation.',
    origin: [
      {
        name: 'Nancy Fraser',
        role: 'coined',
        work: { title: 'Fortunes of Feminism', year: 2013, cited: 'fraser2013' },
        works: [],
        creditedIn: { document: 'doc-a', passage: 'p-3' },
      },
      { name: 'Karl Polanyi', role: 'shaped', work: greatTransformation, works: [] },
    ],
    relations: [{ type: 'extends', target: 'double-movement', evidence: { document: 'doc-a', passage: 'p-3' }, note: 'Fraser extends Polanyi' }],
  },
  { slug: 'absent', name: 'Absent', domain: 'method', summary: 'Not in the texts.', origin: [], relations: [], absentBecause: 'background to triple movement' },
];
const mention = (concept: string, passage: string) => ({ concept, passage, sentence: `${concept} here.`, text: concept });
const documents: DocumentInput[] = [
  {
    id: 'doc-a',
    label: 'Doc A',
    title: 'Doc A: full',
    type: 'journal-article',
    year: '2020',
    passageCount: 10,
    mentions: [mention('triple-movement', 'p-3'), mention('triple-movement', 'p-3'), mention('double-movement', 'p-3'), mention('triple-movement', 'p-7')],
  },
  { id: 'doc-b', label: 'Doc B', title: 'Doc B', type: 'blog-post', year: 'n.d.', passageCount: 4, mentions: [mention('double-movement', 'p-1')] },
];

describe('buildConceptGraph', () => {
  const graph = buildConceptGraph(concepts, documents);
  const node = (id: string) => graph.nodes.find((n) => n.id === id)!;

  it('has concept, document and thinker nodes, thinkers merged across concepts', () => {
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(
      [
        'concept:absent',
        'concept:double-movement',
        'concept:triple-movement',
        'document:doc-a',
        'document:doc-b',
        'thinker:karl-polanyi',
        'thinker:nancy-fraser',
      ].sort(),
    );
    expect(node('thinker:karl-polanyi').works).toEqual(['polanyi2001']);
    expect(node('concept:triple-movement')).toMatchObject({ kind: 'concept', url: '/concepts/triple-movement/', mentions: 3 });
  });

  it('weights appears-in edges by mentions and lists the passages', () => {
    const e = graph.edges.find((x) => x.id === 'appears-in:triple-movement:doc-a')!;
    expect(e.weight).toBe(3);
    expect(e.passages!.map((p) => p.url)).toEqual(['/documents/doc-a/#p-3', '/documents/doc-a/#p-7']);
  });

  it('keeps typed relations with their evidence, and coined-by / shaped-by edges', () => {
    const rel = graph.edges.find((x) => x.kind === 'extends')!;
    expect(rel).toMatchObject({ source: 'concept:triple-movement', target: 'concept:double-movement', label: 'extends', note: 'Fraser extends Polanyi' });
    expect(rel.passages).toEqual([{ document: 'doc-a', passage: 'p-3', url: '/documents/doc-a/#p-3' }]);
    expect(
      graph.edges
        .filter((x) => x.kind === 'coined-by')
        .map((x) => x.target)
        .sort(),
    ).toEqual(['thinker:karl-polanyi', 'thinker:nancy-fraser']);
    expect(graph.edges.filter((x) => x.kind === 'shaped-by')).toHaveLength(1);
  });

  it('sizes nodes by importance and lays them out the same way every time', () => {
    expect(node('concept:triple-movement').size).toBeGreaterThan(node('concept:double-movement').size);
    expect(buildConceptGraph(concepts, documents)).toEqual(graph);
    const xs = new Set(graph.nodes.map((n) => `${n.x},${n.y}`));
    expect(xs.size).toBe(graph.nodes.length);
  });
});

describe('buildConceptGraph edge cases', () => {
  it('makes one edge per thinker and role when a file names a person twice', () => {
    const twice = [
      {
        ...concepts[0]!,
        origin: [
          { name: 'Karl Polanyi', role: 'coined' as const, work: greatTransformation, works: ['a'] },
          { name: 'Karl Polanyi', role: 'coined' as const, work: { title: 'Other', year: 1950, outsideCorpus: true as const }, works: ['b'] },
        ],
      },
      concepts[1]!,
      concepts[2]!,
    ];
    const g = buildConceptGraph(twice, documents);
    const ids = g.edges.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(g.edges.find((e) => e.id === 'coined-by:double-movement:thinker:karl-polanyi')!.works).toEqual(['polanyi2001', 'a', 'b']);
  });

  it('gives origin edges the original work and year, the edition the corpus cites, and whether a text credits the person', () => {
    const records = new Map<string, CslItem>([
      ['polanyi2001', { id: 'polanyi2001', type: 'book', title: 'The Great Transformation', issued: { 'date-parts': [[2001]] } }],
      ['fraser2013', { id: 'fraser2013', type: 'book', title: 'Fortunes of Feminism', issued: { 'date-parts': [[2013]] } }],
    ]);
    const g = buildConceptGraph(concepts, documents, { records });
    const polanyi = g.edges.find((e) => e.id === 'coined-by:double-movement:thinker:karl-polanyi')!;
    expect(polanyi.origin).toEqual({ title: 'The Great Transformation', year: 1944 });
    expect(polanyi.note).toBe(
      'The Great Transformation (1944). The corpus cites the 2001 edition, not the original of 1944. Credited from outside the corpus.',
    );
    const fraser = g.edges.find((e) => e.id === 'coined-by:triple-movement:thinker:nancy-fraser')!;
    expect(fraser.origin?.creditedIn).toEqual({ document: 'doc-a', passage: 'p-3', url: '/documents/doc-a/#p-3' });
    expect(fraser.note).toBe('Fortunes of Feminism (2013). The corpus cites it.');
  });
});

describe('the layout of a large corpus', () => {
  // Texts on one of two concepts each, more than LARGE_CORPUS of them.
  const many: DocumentInput[] = Array.from({ length: LARGE_CORPUS + 100 }, (_, i) => ({
    id: `t${i}`,
    label: `T${i}`,
    title: `Text ${i}`,
    type: 'journal-article',
    year: '2020',
    passageCount: 3,
    mentions: [mention(i % 2 ? 'double-movement' : 'triple-movement', 'p-1'), mention(i % 2 ? 'double-movement' : 'triple-movement', 'p-2')],
  }));
  const graph = buildConceptGraph(concepts, many);
  const at = (id: string) => graph.nodes.find((n) => n.id === id)!;
  const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

  it('places every node, the same way every time', () => {
    expect(graph.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(buildConceptGraph(concepts, many).nodes).toEqual(graph.nodes);
  });
  it('puts a text nearer the concept it mentions than the one it does not', () => {
    const [double, triple] = [at('concept:double-movement'), at('concept:triple-movement')];
    const texts = graph.nodes.filter((n) => n.kind === 'document');
    const nearer = texts.filter((n) => {
      const own = Number(n.id.slice('document:t'.length)) % 2 ? double : triple;
      const other = own === double ? triple : double;
      return distance(n, own) < distance(n, other);
    });
    expect(nearer.length / texts.length).toBeGreaterThan(0.9);
  });
});
