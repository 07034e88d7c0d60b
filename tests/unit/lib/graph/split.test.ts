import { describe, expect, it } from 'vitest';
import { buildConceptGraph, type ConceptGraph, type ConceptInput, type DocumentInput } from '../../../../src/lib/graph/concept-graph';
import { appearanceEdge, compactAppearance, drawnGraph, readTextIndex, type MapNode } from '../../../../src/lib/graph/layers';
import { indexGraph, layoutScale, neighbourhood, visibleElements, type EdgeKind, type NodeKind } from '../../../../src/lib/graph/model';
import { localGraph, splitGraph } from '../../../../src/lib/graph/split';

const concept = (slug: string, domain = 'practice'): ConceptInput => ({
  slug,
  name: slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
  domain,
  summary: `${slug} in short.`,
  origin: [{ name: `Thinker ${slug}`, role: 'coined', work: { title: `On ${slug}`, year: 1990, outsideCorpus: true }, works: [] }],
  relations: [],
});
const concepts: ConceptInput[] = [
  { ...concept('solidarity'), relations: [{ type: 'draws-on', target: 'mutual-aid', evidence: { document: 'text-0', passage: 'p-1' } }] },
  concept('mutual-aid'),
  concept('austerity', 'political economy'),
  concept('relationship-based-practice'),
  concept('rare'),
];
const mention = (c: string, passage: string) => ({ concept: c, passage, sentence: `${c} here.`, text: c });
const TYPES = ['journal-article', 'blog-post', 'student-essay', 'author-manuscript'] as const;

/**
 * A synthetic corpus shaped like a grown one: texts of every type, each mentioning a main
 * concept most (by turns, so that clusters form), and a few others; one text mentions nothing.
 */
function corpus(count: number): DocumentInput[] {
  const main = ['solidarity', 'solidarity', 'austerity', 'mutual-aid', 'relationship-based-practice'];
  return Array.from({ length: count }, (_, i) => ({
    id: `text-${i}`,
    label: `Text ${i}: on ${main[i % main.length]}`,
    title: `Text ${i}`,
    type: TYPES[i % TYPES.length]!,
    year: String(2000 + (i % 20)),
    passageCount: 10,
    mentions:
      i === count - 1
        ? []
        : [
            mention(main[i % main.length]!, 'p-1'),
            mention(main[i % main.length]!, 'p-4'),
            mention(main[i % main.length]!, 'p-4'),
            mention('mutual-aid', `p-${1 + (i % 7)}`),
            ...(i % 11 === 0 ? [mention('rare', 'p-2')] : []),
          ],
  }));
}

/** Texts placed close around the concept they mention most (the layout's own places depend on its iterations). */
function placed(graph: ConceptGraph): ConceptGraph {
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  const top = new Map<string, string>();
  for (const e of graph.edges) {
    const best = graph.edges.find((x) => x.id === top.get(e.target));
    if (e.kind === 'appears-in' && (!best || e.weight > best.weight)) top.set(e.target, e.id);
  }
  return {
    nodes: graph.nodes.map((n, i) => {
      const about = node.get(graph.edges.find((e) => e.id === top.get(n.id))?.source ?? '');
      return n.kind === 'document' && about ? { ...n, x: about.x + 3 * Math.cos(i), y: about.y + 3 * Math.sin(i) } : n;
    }),
    edges: graph.edges,
  };
}
const small = buildConceptGraph(concepts, corpus(12), { iterations: 50 });
const big = placed(buildConceptGraph(concepts, corpus(200), { iterations: 50 }));
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id).sort();

describe('splitGraph, a small corpus', () => {
  it('draws every text: the first layer is the whole graph, with no cluster files', () => {
    const { overview, chunks, textIndex } = splitGraph(small);
    // The graph's nodes, each with where its label goes (src/lib/graph/labels.ts).
    expect(overview.nodes.map(({ lz: _lz, ls: _ls, ...n }) => n)).toEqual(small.nodes);
    expect(overview.nodes.some((n) => n.lz !== undefined)).toBe(true);
    expect(overview.edges).toBe(small.edges);
    expect(overview.scale).toBe(layoutScale(small.nodes));
    expect(overview.textSize).toBe(1);
    expect(overview.textIndex).toBeUndefined();
    expect(overview.total).toEqual({ nodes: small.nodes.length, edges: small.edges.length });
    expect(chunks.size).toBe(0);
    expect(textIndex).toBeUndefined();
    expect(overview.groups).toEqual([
      { id: 'research', label: 'Research', texts: 6 },
      { id: 'practice', label: 'Practice writing', texts: 3 },
      { id: 'essays', label: 'Student essays', texts: 3 },
    ]);
  });
});

describe('splitGraph, a big corpus', () => {
  const { overview, chunks, textIndex } = splitGraph(big);
  const clusters = overview.nodes.filter((n) => n.file);
  const texts = big.nodes.filter((n) => n.kind === 'document');

  it('gathers texts into clusters by group and the concept they mention most, each with its own file', () => {
    expect(clusters.length).toBeGreaterThan(3);
    expect(overview.nodes.filter((n) => n.kind === 'document' && !n.file).length).toBeLessThan(10);
    for (const c of clusters) {
      const chunk = [...chunks.values()].find((k) => k.cluster === c.id)!;
      expect(c.file).toBe(`/graph/texts/${[...chunks].find(([, k]) => k === chunk)![0]}.json`);
      expect(chunk.nodes).toHaveLength(c.texts!);
      expect(new Set(chunk.nodes.map((n) => n.group))).toEqual(new Set([c.group]));
      // Every text of the cluster mentions its concept most.
      for (const t of chunk.nodes) {
        const mine = chunk.appearances.filter((a) => a[1] === t.id.slice('document:'.length));
        const top = Math.max(...mine.map((a) => a[2]));
        expect(mine.find((a) => `concept:${a[0]}` === c.about)![2]).toBe(top);
      }
    }
    expect(clusters.find((c) => c.id === 'texts:essays:solidarity')).toMatchObject({
      kind: 'document',
      group: 'essays',
      about: 'concept:solidarity',
      short: expect.stringMatching(/^Student essays · \d+$/),
      label: expect.stringMatching(/^Student essays mainly on Solidarity \(\d+ texts\)$/),
      url: '/#group-essays',
    });
  });

  it('puts every text in exactly one place: drawn in the first layer or in one cluster file; a text that mentions nothing is drawn', () => {
    const drawn = overview.nodes.filter((n) => n.kind === 'document' && !n.file).map((n) => n.id);
    const filed = [...chunks.values()].flatMap((c) => c.nodes.map((n) => n.id));
    expect([...drawn, ...filed].sort()).toEqual(ids(texts));
    expect(drawn).toContain('document:text-199');
  });

  it('links each cluster to every concept its texts mention, with how many texts and mentions', () => {
    for (const c of clusters) {
      const chunk = [...chunks.values()].find((k) => k.cluster === c.id)!;
      const edges = overview.edges.filter((e) => e.target === c.id);
      const concepts = new Set(chunk.appearances.map((a) => `concept:${a[0]}`));
      expect(new Set(edges.map((e) => e.source))).toEqual(concepts);
      for (const e of edges) {
        const mine = chunk.appearances.filter((a) => `concept:${a[0]}` === e.source);
        expect(e).toMatchObject({ kind: 'appears-in', label: 'appears in', texts: mine.length, weight: mine.reduce((s, a) => s + a[2], 0) });
      }
    }
  });

  it('gives back the whole graph with every cluster open', () => {
    const all = drawnGraph(overview, new Map([...chunks.values()].map((c) => [c.cluster, c])), new Set(clusters.map((c) => c.id)));
    const plain = (n: MapNode) => {
      const { group: _group, lz: _lz, ls: _ls, ...rest } = n;
      return rest;
    };
    expect(all.nodes.map(plain).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...big.nodes].sort((a, b) => a.id.localeCompare(b.id)));
    expect([...all.edges].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...big.edges].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('keeps the passages of clustered texts out of the first layer, which is far smaller than the whole graph', () => {
    const filed = new Set([...chunks.values()].flatMap((c) => c.nodes.map((n) => n.id)));
    expect(overview.edges.some((e) => filed.has(e.target))).toBe(false);
    expect(JSON.stringify(overview).length).toBeLessThan(JSON.stringify(big).length / 4);
    expect(overview.total).toEqual({ nodes: big.nodes.length, edges: big.edges.length });
  });

  it('scales the first layer for what it draws, and draws texts smaller where many share a cluster’s room', () => {
    expect(overview.scale).toBe(layoutScale(overview.nodes));
    expect(overview.textSize).toBeGreaterThanOrEqual(0.4);
    expect(overview.textSize).toBeLessThan(1);
  });

  it('indexes the name and cluster of every clustered text, for search', () => {
    expect(overview.textIndex).toBe('/graph/texts/index.json');
    const names = readTextIndex(textIndex!);
    for (const chunk of chunks.values()) {
      for (const n of chunk.nodes) expect(names.get(n.id)).toEqual({ label: n.label, cluster: chunk.cluster });
    }
    expect(names.size).toBe([...chunks.values()].reduce((s, c) => s + c.nodes.length, 0));
  });

  it('splits a cluster whose texts lie apart on the map, so that each part’s node is drawn among its texts', () => {
    const essays = [...chunks.values()].find((c) => c.cluster === 'texts:essays:solidarity')!.nodes.map((n) => n.id);
    const moved = new Set(essays.slice(0, 4));
    const apart = splitGraph({ nodes: big.nodes.map((n) => (moved.has(n.id) ? { ...n, x: n.x + 1000 } : n)), edges: big.edges });
    const parts = apart.overview.nodes.filter((n) => n.id.startsWith('texts:essays:solidarity'));
    expect(parts.map((p) => p.id).sort()).toEqual(['texts:essays:solidarity:1', 'texts:essays:solidarity:2']);
    for (const p of parts) {
      const chunk = [...apart.chunks.values()].find((c) => c.cluster === p.id)!;
      expect(chunk.nodes.every((t) => Math.abs(t.x - p.x) < 10)).toBe(true);
    }
    expect(parts.map((p) => p.texts).sort()).toEqual([4, essays.length - 4].sort());
  });

  it('cuts a cluster bigger than the limit into parts, and draws clusters smaller than the minimum as their texts', () => {
    const cut = splitGraph(big, { maxCluster: 5, minCluster: 1 });
    const parts = cut.overview.nodes.filter((n) => n.id.startsWith('texts:essays:solidarity:'));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.texts! <= 5 && /, part \d+ \(\d+ texts\)$/.test(p.label))).toBe(true);
    const sizes = [...cut.chunks.values()].map((c) => c.nodes.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(5);
    const none = splitGraph(big, { minCluster: 1000 });
    expect(none.chunks.size).toBe(0);
    expect(none.overview.nodes.filter((n) => n.kind === 'document')).toHaveLength(texts.length);
  });
});

describe('compact appearances', () => {
  it('turn back into the edges the graph builder wrote', () => {
    for (const e of big.edges.filter((x) => x.kind === 'appears-in')) expect(appearanceEdge(compactAppearance(e))).toEqual(e);
  });
});

describe('visibleElements with a group chosen', () => {
  it('keeps the texts (and clusters) of that group, their concepts and their thinkers', () => {
    const { overview } = splitGraph(big);
    const index = indexGraph(overview);
    const kinds = new Set<NodeKind>(['concept', 'document', 'thinker']);
    const edgeKinds = new Set<EdgeKind>(overview.edges.map((e) => e.kind));
    const v = visibleElements(index, { kinds, edgeKinds, document: 'group:essays' });
    const docs = overview.nodes.filter((n) => v.nodes.has(n.id) && n.kind === 'document');
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((n) => n.group === 'essays')).toBe(true);
    expect(v.nodes.has('concept:solidarity')).toBe(true);
    expect(v.nodes.has('thinker:thinker-solidarity')).toBe(true);
    expect(visibleElements(index, { kinds, edgeKinds, document: 'group:nothing' }).nodes.size).toBe(0);
  });
});

describe('localGraph', () => {
  it('is the neighbourhood when the concept appears in few texts', () => {
    expect(localGraph(small, 'concept:austerity')).toEqual(neighbourhood(indexGraph(small), 'concept:austerity'));
  });
  it('gathers many texts into one node per reading-list group, linked with their counts', () => {
    const local = localGraph(big, 'concept:mutual-aid');
    const hood = neighbourhood(indexGraph(big), 'concept:mutual-aid');
    expect(local.nodes.filter((n) => n.kind === 'document').map((n) => n.id)).toEqual(['texts:research', 'texts:practice', 'texts:essays']);
    expect(ids(local.nodes.filter((n) => n.kind !== 'document'))).toEqual(ids(hood.nodes.filter((n) => n.kind !== 'document')));
    const edges = local.edges.filter((e) => e.kind === 'appears-in');
    expect(edges.reduce((s, e) => s + e.texts!, 0)).toBe(hood.nodes.filter((n) => n.kind === 'document').length);
    expect(edges.reduce((s, e) => s + e.weight, 0)).toBe(hood.edges.filter((e) => e.kind === 'appears-in').reduce((s, e) => s + e.weight, 0));
    expect(local.nodes.find((n) => n.id === 'texts:essays')).toMatchObject({
      url: '/concepts/mutual-aid/#appears',
      short: expect.stringMatching(/^Student essays · \d+$/),
    });
  });
});
