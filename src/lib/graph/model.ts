/**
 * Pure helpers over the theory map's data (/graph.json, or the part of it drawn: layers.ts): filtering, search, neighbourhoods,
 * the relations of one node read from its side, keyboard moves and small layouts. Used in
 * the browser by the map and the local graph, and at build time by the lists, so the
 * canvas, the side panel and the text alternative say the same thing.
 */
import type { ConceptGraph, GraphEdge, GraphNode, NodeKind } from './concept-graph';
import { EDGE_READINGS, type EdgeKind } from './edge-kinds.ts';
import { filteredGroup, type MapNode } from './layers.ts';

export type { ConceptGraph, EdgeKind, GraphEdge, GraphNode, NodeKind };

export interface Relation {
  edge: GraphEdge;
  /** The node at the other end. */
  other: GraphNode;
  /** True when this node is the edge's source. */
  outgoing: boolean;
  /** The edge read from this node: "extends", or for incoming edges "extended by". */
  label: string;
}

export interface GraphIndex {
  graph: ConceptGraph;
  node: Map<string, GraphNode>;
  /** Edges touching each node. */
  edgesOf: Map<string, GraphEdge[]>;
}

export function indexGraph(graph: ConceptGraph): GraphIndex {
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  const edgesOf = new Map<string, GraphEdge[]>(graph.nodes.map((n) => [n.id, []]));
  for (const e of graph.edges) {
    edgesOf.get(e.source)?.push(e);
    if (e.target !== e.source) edgesOf.get(e.target)?.push(e);
  }
  return { graph, node, edgesOf };
}

/**
 * Every edge of a node, read from that node's side (an incoming edge by its kind's inverse,
 * src/lib/graph/edge-kinds.ts), in a stable order: by that reading, then the other node's label.
 */
export function relationsOf(index: GraphIndex, id: string): Relation[] {
  const out: Relation[] = [];
  for (const edge of index.edgesOf.get(id) ?? []) {
    const outgoing = edge.source === id;
    const other = index.node.get(outgoing ? edge.target : edge.source);
    if (!other) continue;
    const label = outgoing ? edge.label : EDGE_READINGS[edge.kind].inverse;
    out.push({ edge, other, outgoing, label });
  }
  return out.sort((a, b) => a.label.localeCompare(b.label, 'en-GB') || a.other.label.localeCompare(b.other.label, 'en-GB'));
}

export interface Filters {
  kinds: ReadonlySet<NodeKind>;
  edgeKinds: ReadonlySet<EdgeKind>;
  /**
   * A document node id: show only that text, its concepts, and their thinkers; or a
   * reading-list group ("group:essays"): the same for all its texts. Empty for all.
   */
  document: string;
}

/**
 * Which nodes and edges a set of filters leaves on the map. A node kind unticked hides
 * those nodes and their edges; an edge kind unticked hides those edges only. With a
 * document (or a group of them) chosen, the map keeps those documents, the concepts that
 * appear in them and the thinkers of those concepts (other documents go).
 */
export function visibleElements(index: GraphIndex, filters: Filters): { nodes: Set<string>; edges: Set<string> } {
  let scope: Set<string> | undefined;
  const group = filteredGroup(filters.document);
  const chosen = group
    ? index.graph.nodes.filter((n) => n.kind === 'document' && (n as MapNode).group === group).map((n) => n.id)
    : index.node.has(filters.document)
      ? [filters.document]
      : [];
  if (group || chosen.length) {
    const concepts = new Set(
      chosen.flatMap((d) => (index.edgesOf.get(d) ?? []).filter((e) => e.kind === 'appears-in').map((e) => (e.source === d ? e.target : e.source))),
    );
    scope = new Set([...chosen, ...concepts]);
    for (const c of concepts) {
      for (const e of index.edgesOf.get(c) ?? []) {
        if (e.kind === 'coined-by' || e.kind === 'shaped-by') scope.add(e.source === c ? e.target : e.source);
      }
    }
  }
  const nodes = new Set(index.graph.nodes.filter((n) => filters.kinds.has(n.kind) && (!scope || scope.has(n.id))).map((n) => n.id));
  const edges = new Set(index.graph.edges.filter((e) => filters.edgeKinds.has(e.kind) && nodes.has(e.source) && nodes.has(e.target)).map((e) => e.id));
  return { nodes, edges };
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Nodes whose label matches a query, best first: whole label, then label start, then a
 * word start, then anywhere; ties go to concepts, then bigger nodes, then A–Z.
 */
export function searchNodes(nodes: readonly GraphNode[], query: string, limit = 8): GraphNode[] {
  const q = fold(query);
  if (!q) return [];
  const kindRank: Record<NodeKind, number> = { concept: 0, document: 1, thinker: 2 };
  const scored: { n: GraphNode; score: number }[] = [];
  for (const n of nodes) {
    const label = fold(n.label);
    let score: number;
    if (label === q) score = 0;
    else if (label.startsWith(q)) score = 1;
    else if (label.split(/[\s\-–—:,()'’]+/).some((w) => w.startsWith(q))) score = 2;
    else if (label.includes(q)) score = 3;
    else continue;
    scored.push({ n, score });
  }
  scored.sort((a, b) => a.score - b.score || kindRank[a.n.kind] - kindRank[b.n.kind] || b.n.size - a.n.size || a.n.label.localeCompare(b.n.label, 'en-GB'));
  return scored.slice(0, limit).map((s) => s.n);
}

export type Direction = 'left' | 'right' | 'up' | 'down';
interface Point {
  id: string;
  x: number;
  y: number;
}

/**
 * The node to move to from `from` when an arrow key is pressed: among the points on that
 * side (within 45° of the direction), the one with the smallest distance, where distance
 * across the direction counts double. If none lies within 45°, the nearest in the half-plane.
 * Screen coordinates: y grows downwards.
 */
export function nearestInDirection(from: { x: number; y: number }, points: readonly Point[], direction: Direction): string | undefined {
  const axis = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction] as [number, number];
  let best: { id: string; score: number } | undefined;
  let bestWide: { id: string; score: number } | undefined;
  for (const p of points) {
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * axis[0] + dy * axis[1];
    const across = Math.abs(dx * axis[1] - dy * axis[0]);
    if (along <= 0) continue;
    const score = along + 2 * across;
    if (across <= along) {
      if (!best || score < best.score) best = { id: p.id, score };
    } else if (!bestWide || score < bestWide.score) bestWide = { id: p.id, score };
  }
  return (best ?? bestWide)?.id;
}

/** The point closest to a position (where keyboard selection starts). */
export function nearestTo(at: { x: number; y: number }, points: readonly Point[]): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const p of points) {
    const d = (p.x - at.x) ** 2 + (p.y - at.y) ** 2;
    if (!best || d < best.d) best = { id: p.id, d };
  }
  return best?.id;
}

/**
 * Scale factor for the build-time positions so that the map has roughly `spacing` model
 * pixels of room per node, whatever units ForceAtlas2 produced.
 */
export function layoutScale(nodes: readonly { x: number; y: number }[], spacing = 80): number {
  if (nodes.length < 2) return 1;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const n of nodes) {
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
    minY = Math.min(minY, n.y);
    maxY = Math.max(maxY, n.y);
  }
  const area = Math.max(maxX - minX, 1e-6) * Math.max(maxY - minY, 1e-6);
  return (spacing * Math.sqrt(nodes.length)) / Math.sqrt(area);
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Room a node's label may take beyond its circle: half the widest label line (130 px) to each side, two lines below. */
const LABEL_ROOM = { side: 65, below: 40 };

/**
 * The model-space box that holds every node of the map with room for its label, from the
 * data alone: a big map's first view is fitted to it without measuring what is drawn.
 */
export function mapBounds(nodes: readonly Pick<GraphNode, 'x' | 'y' | 'size' | 'kind'>[], scale: number): Box {
  const box: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const n of nodes) {
    const r = nodeDiameter(n) / 2;
    const [x, y] = [n.x * scale, n.y * scale];
    box.x1 = Math.min(box.x1, x - Math.max(r, LABEL_ROOM.side));
    box.x2 = Math.max(box.x2, x + Math.max(r, LABEL_ROOM.side));
    box.y1 = Math.min(box.y1, y - r);
    box.y2 = Math.max(box.y2, y + r + LABEL_ROOM.below);
  }
  return nodes.length ? box : { x1: 0, y1: 0, x2: 0, y2: 0 };
}

/** The zoom and pan that show a model-space box whole and centred in a viewport, with padding, within the zoom limits. */
export function fitViewport(box: Box, view: { width: number; height: number }, padding: number, zoomRange: { min: number; max: number }) {
  const w = Math.max(box.x2 - box.x1, 1);
  const h = Math.max(box.y2 - box.y1, 1);
  const fitted = Math.min((view.width - 2 * padding) / w, (view.height - 2 * padding) / h);
  const zoom = Math.min(Math.max(fitted, zoomRange.min), zoomRange.max);
  return { zoom, pan: { x: view.width / 2 - (zoom * (box.x1 + box.x2)) / 2, y: view.height / 2 - (zoom * (box.y1 + box.y2)) / 2 } };
}

/** Model-space diameter and label size of a node from its 1–10 size. */
export function nodeDiameter(n: Pick<GraphNode, 'size' | 'kind'>): number {
  const size = Math.min(Math.max(n.size, 1), 10);
  return n.kind === 'concept' ? 16 + 4 * size : n.kind === 'document' ? 16 + 3 * size : 10 + 2 * size;
}
export const labelSize = (n: Pick<GraphNode, 'size' | 'kind'>) =>
  n.kind === 'concept' ? 11 + Math.min(Math.max(n.size, 1), 10) * 0.5 : n.kind === 'document' ? 10 : 9;

/** A label short enough for the canvas: cut at a word before `max` characters, with an ellipsis. */
export function shortLabel(label: string, max = 38): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s:;,.–—-]+$/, '')}…`;
}

/**
 * A text's title for tight spots (the canvas, evidence links): the main title when a colon
 * introduces a subtitle, else the label cut short; no closing full stop.
 */
export function shortTitle(label: string, max = 40): string {
  const trimmed = label.replace(/[.\s]+$/, '');
  const colon = trimmed.indexOf(': ');
  if (colon >= 10 && colon <= max) return trimmed.slice(0, colon);
  return shortLabel(trimmed, max);
}

/** The label drawn on the canvas (an aggregate of texts has a short one of its own). */
export const canvasLabel = (n: Pick<MapNode, 'kind' | 'label' | 'short'>) =>
  n.short ?? (n.kind === 'document' ? shortTitle(n.label, 34) : shortLabel(n.label, 38));

/** One step around a node: the node, its neighbours and the edges between the node and them. */
export function neighbourhood(index: GraphIndex, id: string): ConceptGraph {
  const centre = index.node.get(id);
  if (!centre) return { nodes: [], edges: [] };
  const edges = index.edgesOf.get(id) ?? [];
  const ids = new Set([id, ...edges.map((e) => (e.source === id ? e.target : e.source))]);
  return { nodes: [...ids].map((i) => index.node.get(i)!).filter(Boolean), edges };
}

/**
 * A radial layout for a neighbourhood: the centre at (0, 0), related concepts on an inner
 * ring and texts and thinkers on an outer one. Each ring keeps the neighbours in the angular
 * order they have on the full map, spaced evenly, so the small map looks like a piece of
 * the big one.
 */
export function radialLayout(
  centreId: string,
  nodes: readonly GraphNode[],
  options: { inner?: number; outer?: number; aspect?: number } = {},
): Map<string, { x: number; y: number }> {
  const { inner: innerR = 95, outer: outerR = 165 } = options;
  // Wide boxes get wide ellipses (within reason), so the picture fills them.
  const aspect = Math.min(Math.max(options.aspect ?? 1, 0.8), 2);
  const out = new Map<string, { x: number; y: number }>();
  const centre = nodes.find((n) => n.id === centreId);
  if (!centre) return out;
  out.set(centre.id, { x: 0, y: 0 });
  const others = nodes.filter((n) => n.id !== centreId);
  const inner = others.filter((n) => n.kind === 'concept');
  const outer = others.filter((n) => n.kind !== 'concept');
  const rings: [GraphNode[], number][] =
    inner.length && outer.length
      ? [
          [inner, innerR],
          [outer, outerR],
        ]
      : [[others, innerR]];
  for (const [ring, r] of rings) {
    const angle = (n: GraphNode) => Math.atan2(n.y - centre.y, n.x - centre.x);
    const sorted = [...ring].sort((a, b) => angle(a) - angle(b) || a.id.localeCompare(b.id));
    const start = sorted.length ? angle(sorted[0]!) : 0;
    const step = (2 * Math.PI) / Math.max(sorted.length, 1);
    // Big rings grow so that neighbours do not touch.
    const rr = Math.max(r, (sorted.length * 40) / (2 * Math.PI));
    sorted.forEach((n, i) => {
      const a = start + i * step;
      out.set(n.id, { x: Math.round(rr * aspect * Math.cos(a) * 10) / 10, y: Math.round(rr * Math.sin(a) * 10) / 10 });
    });
  }
  return out;
}

/** "journal article, 2021": a text's type and year, as far as known (the map's lists and panel). */
export const documentTypeAndYear = (n: Pick<GraphNode, 'docType' | 'year'>): string => [n.docType?.replace(/-/g, ' '), n.year].filter(Boolean).join(', ');

/** "concept", "text: journal article, 2021", "thinker", "125 texts, shown as one", for announcements and the panel. */
export function describeKind(n: MapNode): string {
  if (n.kind === 'concept') return n.domain ? `concept, ${n.domain}` : 'concept';
  if (typeof n.texts === 'number') return `${n.texts} ${n.texts === 1 ? 'text' : 'texts'}, shown as one`;
  if (n.kind === 'document') return ['text', documentTypeAndYear(n)].filter(Boolean).join(': ');
  return 'thinker';
}
