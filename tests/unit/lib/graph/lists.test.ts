import { describe, expect, it } from 'vitest';
import { firstOf, listAnchor, listParts, textsInline } from '../../../../src/lib/graph/lists';
import { indexGraph, type ConceptGraph } from '../../../../src/lib/graph/model';

const node = (id: string, label: string) => ({ id, kind: id.split(':')[0], label, url: '/', x: 0, y: 0, size: 1 });
const edge = (source: string, target: string, kind: string, weight = 1) => ({ id: `${source}>${target}`, source, target, kind, label: kind, weight });
const graph = {
  nodes: [
    node('concept:mutual-aid', 'Mutual aid'),
    node('concept:solidarity', 'Solidarity'),
    node('document:a', 'A'),
    node('document:b', 'B'),
    node('thinker:x', 'X'),
  ],
  edges: [
    edge('concept:mutual-aid', 'concept:solidarity', 'extends'),
    edge('concept:mutual-aid', 'document:a', 'appears-in', 2),
    edge('concept:mutual-aid', 'document:b', 'appears-in', 5),
    edge('concept:mutual-aid', 'thinker:x', 'coined-by'),
  ],
} as unknown as ConceptGraph;

describe('the map as lists', () => {
  it('names each entry by its node', () => {
    expect(listAnchor({ id: 'document:essay-holly-clarke' })).toBe('list-document-essay-holly-clarke');
  });
  it('splits a node’s relations into concept relations, appearances (most mentions first) and origins', () => {
    const parts = listParts(indexGraph(graph), 'concept:mutual-aid');
    expect(parts.relations.map((r) => r.other.id)).toEqual(['concept:solidarity']);
    expect(parts.appearances.map((r) => [r.other.id, r.edge.weight])).toEqual([
      ['document:b', 5],
      ['document:a', 2],
    ]);
    expect(parts.origins.map((r) => r.other.id)).toEqual(['thinker:x']);
  });
  it('shows the first items and counts the rest', () => {
    expect(firstOf([1, 2, 3], 2)).toEqual({ shown: [1, 2], more: 1 });
    expect(firstOf([1], 2)).toEqual({ shown: [1], more: 0 });
  });
  it('lists the texts on /graph/ up to the threshold', () => {
    expect([textsInline(60, 60), textsInline(61, 60)]).toEqual([true, false]);
  });
});
