/**
 * The theory map in layers, as the browser reads them: the concept layer
 * (/graph/concepts.json: concepts, thinkers, their relations) with the texts either in it or
 * gathered into clusters, and one file per cluster with its texts (/graph/texts/<cluster>.json),
 * loaded when the reader zooms in on it, opens it, filters by its group or looks up one of its
 * texts. The build splits the graph (split.ts); this module is what both sides share: the
 * shapes of the files, how a cluster's file turns back into nodes and edges, the graph drawn for
 * the clusters opened so far, and which clusters a view opens or closes. Plain data and pure
 * functions, no Node module: the map imports it.
 */
import type { ConceptGraph, GraphEdge, GraphNode } from './concept-graph';
import { EDGE_READINGS } from './edge-kinds.ts';

/** A node of the drawn map: a graph node, or a stand-in for a number of texts (an aggregate). */
export interface MapNode extends GraphNode {
  /** Texts and aggregates: the reading-list group (research, practice, essays). */
  group?: string;
  /** An aggregate: how many texts it stands for. */
  texts?: number;
  /** An aggregate: its label on the canvas ("Student essays · 125"). */
  short?: string;
  /** A cluster: the file with its texts. */
  file?: string;
  /** A cluster: the concept its texts mention most (node id). */
  about?: string;
  /** The zoom from which its label is drawn (src/lib/graph/labels.ts); absent: no room for one, its name shows when highlighted. */
  lz?: number;
  /** The side of the node its label is on, when not below it (labels.ts). */
  ls?: 'right' | 'above' | 'left';
}

/** An edge of the drawn map; to an aggregate, it stands for the edges to its texts. */
export interface MapEdge extends GraphEdge {
  /** appears-in, to an aggregate: in how many of its texts the concept appears (weight: their mentions together). */
  texts?: number;
}

export interface DrawnGraph {
  nodes: MapNode[];
  edges: MapEdge[];
}

/** A group of the reading list with its number of texts. */
export interface TextGroup {
  id: string;
  label: string;
  texts: number;
}

/** /graph/concepts.json: what the map draws first. */
export interface MapOverview extends DrawnGraph {
  /** Layout units to model pixels for what is drawn first; texts loaded later use it too, so they land in place. */
  scale: number;
  /** How big texts are drawn, against their usual size: smaller when many share the room of a cluster (1 with every text drawn). */
  textSize: number;
  /** The first zoom of the label ladder (labels.ts): the map opens no further out than this, so that its first labels can be read. */
  labelZoom: number;
  groups: TextGroup[];
  /** Where the names of the clustered texts are (for search and going to a text); absent when every text is drawn. */
  textIndex?: string;
  /** The whole map, every text drawn. */
  total: { nodes: number; edges: number };
}

/** A mention record of a cluster's file: concept slug, text slug, mentions, passage ids. */
export type CompactAppearance = [concept: string, text: string, mentions: number, passages: string[]];

/** /graph/texts/<cluster>.json: a cluster's texts and where the concepts appear in them. */
export interface TextChunk {
  /** The cluster's node id. */
  cluster: string;
  nodes: MapNode[];
  appearances: CompactAppearance[];
}

/** /graph/texts/index.json: every clustered text's node id and label, and the index of its cluster in `clusters`. */
export interface TextIndex {
  clusters: string[];
  texts: [id: string, label: string, cluster: number][];
}

export const CONCEPT_PREFIX = 'concept:';
export const DOCUMENT_PREFIX = 'document:';
/** Node ids of aggregates start with this: "texts:essays:solidarity". */
export const AGGREGATE_PREFIX = 'texts:';
/** The text filter's value for a whole group: "group:essays". */
export const GROUP_FILTER_PREFIX = 'group:';

export const isAggregate = (n: Pick<MapNode, 'texts'>): boolean => typeof n.texts === 'number';

/** The appears-in edge a mention record stands for, as the graph builder writes it (src/lib/graph/concept-graph.ts). */
export function appearanceEdge([concept, text, mentions, passages]: CompactAppearance): GraphEdge {
  return {
    id: `appears-in:${concept}:${text}`,
    source: `${CONCEPT_PREFIX}${concept}`,
    target: `${DOCUMENT_PREFIX}${text}`,
    kind: 'appears-in',
    label: EDGE_READINGS['appears-in'].label,
    weight: mentions,
    passages: passages.map((passage) => ({ document: text, passage, url: `/documents/${text}/#${passage}` })),
  };
}

/** The mention record of an appears-in edge (the inverse of appearanceEdge). */
export function compactAppearance(edge: GraphEdge): CompactAppearance {
  return [edge.source.slice(CONCEPT_PREFIX.length), edge.target.slice(DOCUMENT_PREFIX.length), edge.weight, (edge.passages ?? []).map((p) => p.passage)];
}

/**
 * The graph drawn when the given clusters are open: the concept layer with each open cluster
 * (whose file is loaded) replaced by its texts, and its aggregated edges by theirs. With every
 * cluster open, it is the whole graph.
 */
export function drawnGraph(overview: DrawnGraph, chunks: ReadonlyMap<string, TextChunk>, open: ReadonlySet<string>): DrawnGraph {
  const opened = new Set([...open].filter((id) => chunks.has(id)));
  const nodes = overview.nodes.filter((n) => !opened.has(n.id));
  const edges = overview.edges.filter((e) => !opened.has(e.target) && !opened.has(e.source));
  for (const id of opened) {
    const chunk = chunks.get(id)!;
    nodes.push(...chunk.nodes);
    edges.push(...chunk.appearances.map(appearanceEdge));
  }
  return { nodes, edges };
}

/** The reading-list group a text filter value names ("group:essays" → "essays"), if it names one. */
export const filteredGroup = (value: string): string | undefined =>
  value.startsWith(GROUP_FILTER_PREFIX) ? value.slice(GROUP_FILTER_PREFIX.length) : undefined;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A box grown by a share of its size on each side. */
export const grow = (box: Box, share: number): Box => {
  const [dx, dy] = [(box.x2 - box.x1) * share, (box.y2 - box.y1) * share];
  return { x1: box.x1 - dx, y1: box.y1 - dy, x2: box.x2 + dx, y2: box.y2 + dy };
};
const inside = (p: { x: number; y: number }, box: Box) => p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;

/** Zoomed in this far from the first view, the map opens the clusters in view; zoomed out below the second, it closes them again. */
export const OPEN_AT_ZOOM = 2;
export const CLOSE_BELOW_ZOOM = 1.6;

/**
 * Whether the reader has zoomed in on the map, from the zoom of the first view, with a gap
 * between the zoom that opens clusters and the one that closes them, so that a zoom near the
 * threshold does not open and close them by turns.
 */
export function zoomedIn(wasIn: boolean, zoom: number, firstZoom: number): boolean {
  return wasIn ? zoom >= CLOSE_BELOW_ZOOM * firstZoom : zoom >= OPEN_AT_ZOOM * firstZoom;
}

/**
 * At most this many texts are open by the zoom at once (about as many edges as the 2,000-node
 * map of the stress bench draws); the reader may open more on purpose.
 */
export const MAX_TEXTS_OPEN_BY_ZOOM = 600;

/**
 * Which clusters a view opens and closes, from their positions (model coordinates) and the
 * view (the model-space box on screen). Zoomed in, those within the view and a quarter of it
 * around open, nearest the middle of the view first, while the texts open by the zoom stay
 * within `maxTexts`; those the zoom opened close again when the view has moved well away (a
 * whole view's width) or the reader zooms out. Clusters opened on purpose (by a tap, a filter,
 * a search) are not the view's to close and are left out of `openedByZoom`.
 */
export function clustersForView(
  clusters: readonly { id: string; x: number; y: number; texts: number }[],
  view: Box,
  isZoomedIn: boolean,
  openedByZoom: ReadonlySet<string>,
  maxTexts = MAX_TEXTS_OPEN_BY_ZOOM,
): { open: string[]; close: string[] } {
  if (!isZoomedIn) return { open: [], close: [...openedByZoom] };
  const near = grow(view, 0.25);
  const far = grow(view, 1);
  const close = clusters.filter((c) => openedByZoom.has(c.id) && !inside(c, far));
  let count = clusters.filter((c) => openedByZoom.has(c.id) && inside(c, far)).reduce((n, c) => n + c.texts, 0);
  const middle = { x: (view.x1 + view.x2) / 2, y: (view.y1 + view.y2) / 2 };
  const fromMiddle = (c: { x: number; y: number }) => Math.hypot(c.x - middle.x, c.y - middle.y);
  const open: string[] = [];
  for (const c of clusters.filter((c) => !openedByZoom.has(c.id) && inside(c, near)).sort((a, b) => fromMiddle(a) - fromMiddle(b))) {
    if (count + c.texts > maxTexts) continue;
    count += c.texts;
    open.push(c.id);
  }
  return { open, close: close.map((c) => c.id) };
}

/** Turns a text index into lookups: a text's label and cluster, by its node id. */
export function readTextIndex(index: TextIndex): Map<string, { label: string; cluster: string }> {
  return new Map(index.texts.map(([id, label, at]) => [id, { label, cluster: index.clusters[at]! }]));
}

export type { ConceptGraph };
