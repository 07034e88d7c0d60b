import { describe, expect, it } from 'vitest';
import { buildConceptGraph, type ConceptInput, type DocumentInput } from '../../../../src/lib/graph/concept-graph';
import {
  canvasLabel,
  describeKind,
  documentTypeAndYear,
  fitViewport,
  indexGraph,
  layoutScale,
  mapBounds,
  nearestInDirection,
  nearestTo,
  neighbourhood,
  radialLayout,
  relationsOf,
  searchNodes,
  shortLabel,
  shortTitle,
  visibleElements,
  type EdgeKind,
  type NodeKind,
} from '../../../../src/lib/graph/model';

const concepts: ConceptInput[] = [
  {
    slug: 'double-movement',
    name: 'Double movement',
    domain: 'political economy',
    summary: 'Markets and society push back.',
    origin: [{ name: 'Karl Polanyi', role: 'coined', work: { title: 'The Great Transformation', year: 1944, cited: 'polanyi2001' }, works: [] }],
    relations: [],
  },
  {
    slug: 'triple-movement',
    name: 'Triple movement',
    domain: 'political economy',
    summary: 'Fraser adds emancipation.',
    origin: [
      { name: 'Nancy Fraser', role: 'coined', work: { title: 'Fortunes of Feminism', year: 2013, cited: 'fraser2013' }, works: [] },
      { name: 'Karl Polanyi', role: 'shaped', work: { title: 'The Great Transformation', year: 1944, cited: 'polanyi2001' }, works: [] },
    ],
    relations: [{ type: 'extends', target: 'double-movement', evidence: { document: 'doc-a', passage: 'p-3' }, note: 'Fraser extends Polanyi' }],
  },
  {
    slug: 'mutual-aid',
    name: 'Mutual aid',
    domain: 'practice',
    summary: 'People helping each other.',
    origin: [{ name: 'Peter Kropotkin', role: 'coined', work: { title: 'Mutual Aid', year: 1902, outsideCorpus: true }, works: [] }],
    relations: [{ type: 'critiques', target: 'triple-movement', evidence: { document: 'doc-b', passage: 'p-1' } }],
  },
];
const mention = (concept: string, passage: string) => ({ concept, passage, sentence: `${concept} here.`, text: concept });
const documents: DocumentInput[] = [
  {
    id: 'doc-a',
    label: 'Solidarity is not a dirty word: exploring and locating solidarity',
    title: 'Doc A',
    type: 'journal-article',
    year: '2020',
    passageCount: 10,
    mentions: [mention('triple-movement', 'p-3'), mention('double-movement', 'p-3'), mention('triple-movement', 'p-7')],
  },
  {
    id: 'doc-b',
    label: 'Charlotte Pitt',
    title: 'Essay',
    type: 'student-essay',
    year: '2023',
    passageCount: 4,
    mentions: [mention('mutual-aid', 'p-1'), mention('double-movement', 'p-2')],
  },
];
const graph = buildConceptGraph(concepts, documents);
const index = indexGraph(graph);
const ALL_KINDS = new Set<NodeKind>(['concept', 'document', 'thinker']);
const ALL_EDGES = new Set<EdgeKind>(graph.edges.map((e) => e.kind));

describe('relationsOf', () => {
  it('reads every edge from the node’s side, with inverse labels for incoming edges', () => {
    const rels = relationsOf(index, 'concept:triple-movement');
    const text = rels.map((r) => `${r.label} ${r.other.label}`);
    expect(text).toEqual(
      expect.arrayContaining([
        'extends Double movement',
        'critiqued by Mutual aid',
        'coined by Nancy Fraser',
        'shaped by Karl Polanyi',
        'appears in Solidarity is not a dirty word: exploring and locating solidarity',
      ]),
    );
    expect(rels.find((r) => r.other.id === 'concept:mutual-aid')!.outgoing).toBe(false);
    expect(relationsOf(index, 'concept:double-movement').map((r) => r.label)).toContain('extended by');
    expect(
      relationsOf(index, 'thinker:karl-polanyi')
        .map((r) => `${r.label} ${r.other.label}`)
        .sort(),
    ).toEqual(['coined Double movement', 'shaped Triple movement']);
    expect(relationsOf(index, 'document:doc-b').map((r) => r.label)).toEqual(['mentions', 'mentions']);
  });
});

describe('visibleElements', () => {
  it('hides nodes of unticked kinds with their edges, and edges of unticked kinds only', () => {
    const noThinkers = visibleElements(index, { kinds: new Set(['concept', 'document']), edgeKinds: ALL_EDGES, document: '' });
    expect([...noThinkers.nodes].some((id) => id.startsWith('thinker:'))).toBe(false);
    expect(graph.edges.filter((e) => noThinkers.edges.has(e.id)).some((e) => e.kind === 'coined-by')).toBe(false);
    const noAppears = visibleElements(index, { kinds: ALL_KINDS, edgeKinds: new Set([...ALL_EDGES].filter((k) => k !== 'appears-in')), document: '' });
    expect(noAppears.nodes.size).toBe(graph.nodes.length);
    expect(graph.edges.filter((e) => noAppears.edges.has(e.id)).some((e) => e.kind === 'appears-in')).toBe(false);
  });
  it('with a text chosen keeps that text, its concepts and their thinkers', () => {
    const v = visibleElements(index, { kinds: ALL_KINDS, edgeKinds: ALL_EDGES, document: 'document:doc-b' });
    expect([...v.nodes].sort()).toEqual(['concept:double-movement', 'concept:mutual-aid', 'document:doc-b', 'thinker:karl-polanyi', 'thinker:peter-kropotkin']);
    expect(
      [...v.edges].every((id) => {
        const e = graph.edges.find((x) => x.id === id)!;
        return v.nodes.has(e.source) && v.nodes.has(e.target);
      }),
    ).toBe(true);
  });
});

describe('searchNodes', () => {
  it('ranks whole, start, word-start and inner matches, ignoring case and accents', () => {
    expect(
      searchNodes(graph.nodes, 'movement')
        .map((n) => n.label)
        .sort(),
    ).toEqual(['Double movement', 'Triple movement']);
    expect(searchNodes(graph.nodes, 'tri')[0]!.label).toBe('Triple movement');
    expect(searchNodes(graph.nodes, 'POLANYI').map((n) => n.label)).toEqual(['Karl Polanyi']);
    expect(searchNodes(graph.nodes, 'mútual')[0]!.label).toBe('Mutual aid');
    expect(searchNodes(graph.nodes, 'ovem').length).toBe(2);
    expect(searchNodes(graph.nodes, '   ')).toEqual([]);
    expect(searchNodes(graph.nodes, 'o', 2)).toHaveLength(2);
  });
});

describe('keyboard moves', () => {
  const points = [
    { id: 'centre', x: 0, y: 0 },
    { id: 'right-near', x: 10, y: 3 },
    { id: 'right-far', x: 40, y: 0 },
    { id: 'up', x: 1, y: -20 },
    { id: 'down-left', x: -20, y: 25 },
  ];
  const from = { x: 0, y: 0 };
  const others = points.filter((p) => p.id !== 'centre');
  it('moves to the nearest node within 45° of the arrow, screen y pointing down', () => {
    expect(nearestInDirection(from, others, 'right')).toBe('right-near');
    expect(nearestInDirection(from, others, 'up')).toBe('up');
    expect(nearestInDirection(from, others, 'left')).toBe('down-left');
    expect(nearestInDirection(from, others, 'down')).toBe('down-left');
  });
  it('falls back to the half-plane, and gives nothing when nothing lies that way', () => {
    expect(nearestInDirection(from, [{ id: 'steep', x: 5, y: 30 }], 'right')).toBe('steep');
    expect(nearestInDirection(from, [{ id: 'behind', x: -5, y: 0 }], 'right')).toBeUndefined();
    expect(nearestTo({ x: 38, y: 1 }, points)).toBe('right-far');
  });
});

describe('layout helpers', () => {
  it('scales build-time positions to a fixed room per node', () => {
    const nodes = [
      { x: 0, y: 0 },
      { x: 1, y: 0 },
      { x: 0, y: 1 },
      { x: 1, y: 1 },
    ];
    expect(layoutScale(nodes, 80)).toBeCloseTo(160);
    expect(layoutScale([{ x: 5, y: 5 }])).toBe(1);
  });
  it('cuts one step around a node and lays it out radially, concepts inside', () => {
    const hood = neighbourhood(index, 'concept:triple-movement');
    expect(hood.nodes.map((n) => n.id).sort()).toEqual([
      'concept:double-movement',
      'concept:mutual-aid',
      'concept:triple-movement',
      'document:doc-a',
      'thinker:karl-polanyi',
      'thinker:nancy-fraser',
    ]);
    const pos = radialLayout('concept:triple-movement', hood.nodes);
    const r = (id: string) => Math.hypot(pos.get(id)!.x, pos.get(id)!.y);
    expect(pos.get('concept:triple-movement')).toEqual({ x: 0, y: 0 });
    expect(r('concept:mutual-aid')).toBeCloseTo(95, 0);
    expect(r('document:doc-a')).toBeCloseTo(165, 0);
    expect(r('thinker:nancy-fraser')).toBeCloseTo(165, 0);
    const wide = radialLayout('concept:triple-movement', hood.nodes, { aspect: 2 });
    expect(Math.max(...[...wide.values()].map((p) => Math.abs(p.x)))).toBeGreaterThan(Math.max(...[...wide.values()].map((p) => Math.abs(p.y))));
    expect(neighbourhood(index, 'concept:nope')).toEqual({ nodes: [], edges: [] });
  });
});

describe('first view of a big map', () => {
  const nodes = [
    { x: 0, y: 0, size: 1, kind: 'concept' as const },
    { x: 10, y: 5, size: 10, kind: 'concept' as const },
  ];
  it('bounds every node with room for its label, in scaled positions', () => {
    // Diameters 20 and 56 (nodeDiameter); labels take 65 to each side and 40 below.
    expect(mapBounds(nodes, 10)).toEqual({ x1: -65, y1: -10, x2: 165, y2: 50 + 28 + 40 });
    expect(mapBounds([], 10)).toEqual({ x1: 0, y1: 0, x2: 0, y2: 0 });
  });
  it('fits a box in the viewport, centred, with padding and within the zoom limits', () => {
    const box = { x1: 0, y1: 0, x2: 200, y2: 100 };
    const view = { width: 440, height: 440 };
    const { zoom, pan } = fitViewport(box, view, 20, { min: 0.1, max: 5 });
    expect(zoom).toBe(2);
    // The box's centre (100, 50) lands on the viewport's centre (220, 220).
    expect(pan).toEqual({ x: 220 - 200, y: 220 - 100 });
    expect(fitViewport(box, view, 20, { min: 0.1, max: 1.5 }).zoom).toBe(1.5);
    expect(fitViewport({ x1: 0, y1: 0, x2: 1e6, y2: 1 }, view, 20, { min: 0.1, max: 5 }).zoom).toBe(0.1);
  });
});

describe('labels', () => {
  it('shortens labels at a word and titles at the colon', () => {
    expect(shortLabel('Short')).toBe('Short');
    expect(shortLabel('Keeping the social in social work and care – it’s about we', 30)).toBe('Keeping the social in social…');
    expect(shortTitle('Solidarity is not a dirty word: exploring and locating solidarity')).toBe('Solidarity is not a dirty word');
    expect(shortTitle('The personal is political: reframing individual acts.')).toBe('The personal is political');
    expect(shortTitle('Charlotte Pitt')).toBe('Charlotte Pitt');
    expect(canvasLabel(index.node.get('document:doc-a')!)).toBe('Solidarity is not a dirty word');
    expect(describeKind(index.node.get('concept:mutual-aid')!)).toBe('concept, practice');
    expect(describeKind(index.node.get('document:doc-b')!)).toBe('text: student essay, 2023');
    expect(documentTypeAndYear({ docType: 'author-manuscript', year: '2019' })).toBe('author manuscript, 2019');
    expect(documentTypeAndYear({ docType: 'blog-post' })).toBe('blog post');
    expect(documentTypeAndYear({ year: '2020' })).toBe('2020');
  });
});
