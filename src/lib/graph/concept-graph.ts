/**
 * The theory map as data: concepts, the documents they appear in and the thinkers behind
 * them, with typed edges. Built at build time from the collections, laid out once with
 * ForceAtlas2 from a fixed seed so the map draws at once and the same way on every visit, and
 * published as /graph.json. It is built from content that passed src/lib/checks/ (every
 * relation backed by an existing passage and aimed at a concept that exists, every concept
 * present in the corpus or explained): the corpus loader checks before it builds.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { RelationType } from '../concepts/relation-types.ts';
import { EDGE_READINGS, type EdgeKind } from './edge-kinds.ts';
import type { ConceptMention } from '../../plugins/document-facts.ts';
import type { CslItem } from '../../content/schemas/bibliography.ts';
import { originLine, type OriginEntry } from '../concepts/origin.ts';

export type NodeKind = 'concept' | 'document' | 'thinker';

export interface ConceptInput {
  slug: string;
  name: string;
  domain: string;
  summary: string;
  origin: OriginEntry[];
  relations: { type: RelationType; target: string; evidence: { document: string; passage: string }; note?: string | undefined }[];
  absentBecause?: string | undefined;
}

export interface DocumentInput {
  id: string;
  label: string;
  title: string;
  type: string;
  year: string;
  /** Number of numbered passages (p-1 … p-N) in the document. */
  passageCount: number;
  mentions: readonly ConceptMention[];
}

export interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  url: string;
  /** Relative importance, 1–10, for node size. */
  size: number;
  x: number;
  y: number;
  /** Concepts: domain and one-line summary; documents: type and year; thinkers: key works. */
  domain?: string;
  summary?: string;
  docType?: string;
  year?: string;
  works?: string[];
  /** Total mentions in the corpus (concepts). */
  mentions?: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  /** Human label of the relation, read from source to target. */
  label: string;
  /** appears-in: number of mentions; others 1. */
  weight: number;
  /** appears-in: the passages; relations: the one passage that makes the relation. */
  passages?: { document: string; passage: string; url: string }[];
  note?: string;
  /** coined-by / shaped-by: the corpus works of the person (the cited edition first). */
  works?: string[];
  /** coined-by / shaped-by: the original work and its year, and the passage that credits the person (none: credited from outside the corpus). */
  origin?: { title: string; year: number; creditedIn?: { document: string; passage: string; url: string } };
}

export interface ConceptGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const conceptNodeId = (slug: string) => `concept:${slug}`;
const documentNodeId = (slug: string) => `document:${slug}`;
const thinkerNodeId = (name: string) =>
  `thinker:${name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

const passageUrl = (doc: string, passage: string) => `/documents/${doc}/#${passage}`;

/** Deterministic pseudo-random numbers (mulberry32) so the layout is the same on every build. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Above this many texts, laying out every text node from a random start for 400 iterations
 * grows with the corpus (half a minute at 10,000 texts): the map is laid out in two steps
 * instead (placeTextsByConcepts). A small corpus, the site's own, is laid out as before.
 */
export const LARGE_CORPUS = 500;

/** Iterations of the whole graph once texts start beside their concepts. */
const SETTLING_ITERATIONS = 40;

/**
 * The first step of a large corpus's layout: the concepts and thinkers are laid out alone,
 * as a small map is, and each text is put where its concepts pull it (their positions
 * weighted by its mentions), a seeded step apart from the others so that texts on the same
 * concepts do not start on one point. ForceAtlas2 then settles the whole graph briefly.
 */
function placeTextsByConcepts(graph: Graph, settings: (g: Graph) => Record<string, unknown>, random: () => number, iterations: number): void {
  const core = graph.copy();
  graph.forEachNode((id) => {
    if (id.startsWith('document:')) core.dropNode(id);
  });
  const corePositions = forceAtlas2(core, { iterations, getEdgeWeight: 'weight', settings: settings(core) });
  for (const [id, p] of Object.entries(corePositions)) graph.mergeNodeAttributes(id, p);
  graph.forEachNode((id) => {
    if (!id.startsWith('document:')) return;
    let x = 0;
    let y = 0;
    let total = 0;
    graph.forEachEdge(id, (_edge, attributes: { weight?: number }, source, target) => {
      const other = corePositions[source === id ? target : source];
      if (!other) return;
      const w = attributes.weight ?? 1;
      x += other.x * w;
      y += other.y * w;
      total += w;
    });
    const [jx, jy] = [random() - 0.5, random() - 0.5];
    graph.mergeNodeAttributes(id, total > 0 ? { x: x / total + jx * 20, y: y / total + jy * 20 } : { x: random() * 100, y: random() * 100 });
  });
}

const scale = (value: number, max: number) => (max <= 0 ? 1 : 1 + Math.round((9 * Math.sqrt(value)) / Math.sqrt(max)));

export function buildConceptGraph(
  concepts: readonly ConceptInput[],
  documents: readonly DocumentInput[],
  options: { seed?: number; iterations?: number; records?: ReadonlyMap<string, CslItem> } = {},
): ConceptGraph {
  const nodes = new Map<string, Omit<GraphNode, 'x' | 'y' | 'size'> & { score: number }>();
  const edges: GraphEdge[] = [];

  for (const d of documents) {
    nodes.set(documentNodeId(d.id), {
      id: documentNodeId(d.id),
      kind: 'document',
      label: d.label,
      url: `/documents/${d.id}/`,
      docType: d.type,
      year: d.year,
      summary: d.title,
      score: 0,
    });
  }
  // Each document's mentions by concept, once: the loops below go concept by concept, and
  // filtering every document's mentions for every concept grew with concepts × mentions.
  const mentionsOf = new Map<string, { document: DocumentInput; mentions: ConceptMention[] }[]>();
  for (const d of documents) {
    const byConcept = Map.groupBy(d.mentions, (m) => m.concept);
    for (const [concept, ms] of byConcept) {
      const list = mentionsOf.get(concept);
      if (list) list.push({ document: d, mentions: ms });
      else mentionsOf.set(concept, [{ document: d, mentions: ms }]);
    }
  }
  for (const c of concepts) {
    const mentions = (mentionsOf.get(c.slug) ?? []).reduce((n, { mentions: ms }) => n + ms.length, 0);
    nodes.set(conceptNodeId(c.slug), {
      id: conceptNodeId(c.slug),
      kind: 'concept',
      label: c.name,
      url: `/concepts/${c.slug}/`,
      domain: c.domain,
      summary: c.summary,
      mentions,
      score: mentions,
    });
  }
  for (const c of concepts) {
    for (const { document: d, mentions: ms } of mentionsOf.get(c.slug) ?? []) {
      const passages = [...new Set(ms.map((m) => m.passage).filter((p): p is string => Boolean(p)))];
      edges.push({
        id: `appears-in:${c.slug}:${d.id}`,
        source: conceptNodeId(c.slug),
        target: documentNodeId(d.id),
        kind: 'appears-in',
        label: EDGE_READINGS['appears-in'].label,
        weight: ms.length,
        passages: passages.map((p) => ({ document: d.id, passage: p, url: passageUrl(d.id, p) })),
      });
      nodes.get(documentNodeId(d.id))!.score += ms.length;
    }
    // One edge per thinker and role, even if a file names the same person twice (the first
    // entry's original work is the one shown).
    const corpusWorks = (o: OriginEntry) => [...new Set([...(o.work.cited ? [o.work.cited] : []), ...o.works])];
    const origins = new Map<string, OriginEntry>();
    for (const o of c.origin) {
      const key = `${thinkerNodeId(o.name)}|${o.role}`;
      const seen = origins.get(key);
      origins.set(key, seen ? { ...seen, works: [...new Set([...seen.works, ...corpusWorks(o)])].filter((w) => w !== seen.work.cited) } : o);
    }
    for (const o of origins.values()) {
      const id = thinkerNodeId(o.name);
      const works = corpusWorks(o);
      const existing = nodes.get(id);
      if (existing) existing.works = [...new Set([...(existing.works ?? []), ...works])];
      else nodes.set(id, { id, kind: 'thinker', label: o.name, url: works[0] ? `/bibliography/${works[0]}/` : `/concepts/${c.slug}/#origin`, works, score: 0 });
      nodes.get(id)!.score += 1;
      const kind = o.role === 'coined' ? 'coined-by' : 'shaped-by';
      const creditedIn = o.creditedIn ? { ...o.creditedIn, url: passageUrl(o.creditedIn.document, o.creditedIn.passage) } : undefined;
      edges.push({
        id: `${kind}:${c.slug}:${id}`,
        source: conceptNodeId(c.slug),
        target: id,
        kind,
        label: EDGE_READINGS[kind].label,
        weight: 1,
        works,
        origin: { title: o.work.title, year: o.work.year, ...(creditedIn ? { creditedIn } : {}) },
        ...(options.records ? { note: originLine(o, options.records) } : {}),
      });
    }
    c.relations.forEach((r, i) => {
      edges.push({
        id: `${r.type}:${c.slug}:${r.target}:${i}`,
        source: conceptNodeId(c.slug),
        target: conceptNodeId(r.target),
        kind: r.type,
        label: EDGE_READINGS[r.type].label,
        weight: 1,
        passages: [{ ...r.evidence, url: passageUrl(r.evidence.document, r.evidence.passage) }],
        ...(r.note ? { note: r.note } : {}),
      });
    });
  }

  // Layout: ForceAtlas2 from seeded positions, a fixed number of iterations.
  const graph = new Graph({ type: 'undirected', multi: true });
  const random = seeded(options.seed ?? 20261123);
  for (const n of nodes.values()) graph.addNode(n.id, { x: random() * 100, y: random() * 100 });
  for (const e of edges) graph.addEdge(e.source, e.target, { weight: e.kind === 'appears-in' ? Math.min(e.weight, 5) / 2 : 1 });
  const layoutSettings = (g: Graph) => ({
    ...forceAtlas2.inferSettings(g),
    gravity: 1,
    scalingRatio: 12,
    strongGravityMode: true,
    barnesHutOptimize: g.order > 500,
  });
  if (documents.length > LARGE_CORPUS) placeTextsByConcepts(graph, layoutSettings, random, options.iterations ?? 400);
  const positions = forceAtlas2(graph, {
    iterations: documents.length > LARGE_CORPUS ? SETTLING_ITERATIONS : (options.iterations ?? 400),
    getEdgeWeight: 'weight',
    settings: layoutSettings(graph),
  });

  const maxBy = (kind: NodeKind) => Math.max(0, ...[...nodes.values()].filter((n) => n.kind === kind).map((n) => n.score));
  const max = { concept: maxBy('concept'), document: maxBy('document'), thinker: maxBy('thinker') };
  const out: GraphNode[] = [...nodes.values()].map(({ score, ...n }) => ({
    ...n,
    size: scale(score, max[n.kind]),
    x: Math.round(positions[n.id]!.x * 10) / 10,
    y: Math.round(positions[n.id]!.y * 10) / 10,
  }));
  return { nodes: out, edges };
}
