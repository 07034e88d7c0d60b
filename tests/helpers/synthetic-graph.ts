/**
 * A grown theory map made from the real one: each text copied until the map holds `count`
 * texts, each copy with its own slug and title and its original's concepts, mentions and
 * passages, placed near its original (as the scale bench's corpus of copies would be). Written
 * as the graph builder writes texts and their edges, so that it splits like a real graph
 * (src/lib/graph/split.ts). For the site test of the big map and the map's stress bench.
 */
import type { ConceptGraph, GraphEdge, GraphNode } from '../../src/lib/graph/concept-graph';

export function copiesOfTexts(real: ConceptGraph, count: number): ConceptGraph {
  let seed = 7;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const originals = real.nodes.filter((n) => n.kind === 'document');
  const appearances = real.edges.filter((e) => e.kind === 'appears-in');
  const nodes: GraphNode[] = [...real.nodes];
  const edges: GraphEdge[] = [...real.edges];
  for (let i = 0; originals.length + i < count; i++) {
    const original = originals[i % originals.length]!;
    const copy = Math.floor(i / originals.length) + 1;
    const slug = `${original.id.slice('document:'.length)}-copy-${copy}`;
    const id = `document:${slug}`;
    const [angle, r] = [random() * 2 * Math.PI, Math.sqrt(random()) * 12];
    nodes.push({
      ...original,
      id,
      label: `${original.label} (copy ${copy})`,
      url: `/documents/${slug}/`,
      x: Math.round((original.x + r * Math.cos(angle)) * 10) / 10,
      y: Math.round((original.y + r * Math.sin(angle)) * 10) / 10,
    });
    for (const e of appearances.filter((a) => a.target === original.id)) {
      edges.push({
        ...e,
        id: `appears-in:${e.source.slice('concept:'.length)}:${slug}`,
        target: id,
        passages: (e.passages ?? []).map((p) => ({ document: slug, passage: p.passage, url: `/documents/${slug}/#${p.passage}` })),
      });
    }
  }
  return { nodes, edges };
}
