/**
 * The theory map split into layers at build time (the shapes are in layers.ts), so that the
 * map's first load does not grow with the corpus:
 *
 * - Up to DRAW_EVERY_TEXT_UP_TO texts, the concept layer holds every text and the map draws
 *   them all, as the whole graph.
 * - Beyond that, texts are gathered into clusters: the texts of one reading-list group that
 *   mention the same concept most (so a cluster sits by its concept on the map), at most
 *   split where its texts lie apart on the map (so that its node is drawn among them), and at
 *   most MAX_CLUSTER texts each (a bigger one is cut into parts around its centre). A cluster is
 *   one node, linked to each concept its texts mention, until its file is loaded. Clusters of
 *   fewer than MIN_CLUSTER texts are drawn as their texts.
 *
 * And a concept page's small map (localGraph): the concept and one step around it, with its
 * texts gathered by group when there are more than LOCAL_TEXTS.
 */
import type { DocumentData } from '../../content/schemas/documents.ts';
import { groupDocuments } from '../documents/display.ts';
import type { ConceptGraph, GraphEdge, GraphNode } from './concept-graph';
import { EDGE_READINGS } from './edge-kinds.ts';
import { indexGraph, layoutScale, neighbourhood } from './model.ts';
import { fittedZoom, labelZooms, REFERENCE_CANVAS, roundZoom } from './labels.ts';
import { countOf } from '../site/count.ts';
import {
  AGGREGATE_PREFIX,
  compactAppearance,
  type DrawnGraph,
  type MapEdge,
  type MapNode,
  type MapOverview,
  type TextChunk,
  type TextGroup,
  type TextIndex,
} from './layers.ts';

export const DRAW_EVERY_TEXT_UP_TO = 50;
export const MIN_CLUSTER = 3;
export const MAX_CLUSTER = 150;
export const LOCAL_TEXTS = 12;
/** How far apart (in nodes' room on the whole map, 80 px each) texts of one cluster may lie before it is split. */
export const APART_ROOMS = 5;

export const TEXT_INDEX_URL = '/graph/texts/index.json';
const chunkUrl = (key: string) => `/graph/texts/${key}.json`;

export interface MapLayers {
  overview: MapOverview;
  /** Each cluster's file, by its name in /graph/texts/ (without .json). */
  chunks: Map<string, TextChunk>;
  /** The names of the clustered texts; absent when every text is drawn. */
  textIndex?: TextIndex;
}

export interface SplitOptions {
  drawEveryTextUpTo?: number;
  minCluster?: number;
  maxCluster?: number;
}

/** A text's reading-list group, by its node id (src/lib/documents/display.ts: research, practice, essays). */
function groupsOfTexts(texts: readonly GraphNode[]): { byText: Map<string, { id: string; label: string }>; groups: TextGroup[] } {
  const items = texts.map((node, order) => ({ node, data: { type: node.docType as DocumentData['type'], order } }));
  const grouped = groupDocuments(items);
  const byText = new Map<string, { id: string; label: string }>();
  const groups: TextGroup[] = grouped.map(({ group, docs }) => {
    for (const d of docs) byText.set(d.node.id, { id: group.id, label: group.label });
    return { id: group.id, label: group.label, texts: docs.length };
  });
  // A type no group claims still belongs somewhere.
  const strays = texts.filter((t) => !byText.has(t.id));
  if (strays.length) {
    for (const t of strays) byText.set(t.id, { id: 'other', label: 'Other texts' });
    groups.push({ id: 'other', label: 'Other texts', texts: strays.length });
  }
  return { byText, groups };
}

/** 1–10 from a count, as the graph builder sizes nodes. */
const sizeFor = (value: number, max: number) => (max <= 0 ? 1 : 1 + Math.round((9 * Math.sqrt(value)) / Math.sqrt(max)));
const round1 = (v: number) => Math.round(v * 10) / 10;
const centre = (nodes: readonly { x: number; y: number }[]) => ({
  x: round1(nodes.reduce((s, n) => s + n.x, 0) / nodes.length),
  y: round1(nodes.reduce((s, n) => s + n.y, 0) / nodes.length),
});

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * Splits texts into groups that lie apart on the map: two by two means (from the two texts
 * farthest apart), again and again, while the two halves' centres are more than `apart` layout
 * units from each other. Texts of one cluster then sit around its node, and zooming in on the
 * node opens texts where it was drawn.
 */
function apartOnTheMap<T extends { id: string; x: number; y: number }>(texts: readonly T[], apart: number): T[][] {
  if (texts.length < 2) return [[...texts]];
  const c = centre(texts);
  const far = (from: { x: number; y: number }) => texts.reduce((best, t) => (distance(t, from) > distance(best, from) ? t : best), texts[0]!);
  let means = [far(c), far(far(c))].map((t) => ({ x: t.x, y: t.y }));
  let halves: T[][] = [[], []];
  for (let round = 0; round < 12; round++) {
    halves = [[], []];
    for (const t of texts) halves[distance(t, means[0]!) <= distance(t, means[1]!) ? 0 : 1]!.push(t);
    if (!halves[0]!.length || !halves[1]!.length) return [[...texts]];
    means = halves.map(centre);
  }
  if (distance(means[0]!, means[1]!) <= apart) return [[...texts]];
  return halves.flatMap((h) => apartOnTheMap(h, apart));
}

/** Cuts a list of texts into `parts` runs around their centre, so that each part keeps to one side of it. */
function cutAround<T extends { id: string; x: number; y: number }>(texts: readonly T[], parts: number): T[][] {
  const c = centre(texts);
  const sorted = [...texts].sort((a, b) => Math.atan2(a.y - c.y, a.x - c.x) - Math.atan2(b.y - c.y, b.x - c.x) || a.id.localeCompare(b.id));
  const size = Math.ceil(sorted.length / parts);
  return Array.from({ length: parts }, (_, i) => sorted.slice(i * size, (i + 1) * size)).filter((p) => p.length > 0);
}

/** Splits the whole graph into the concept layer, the clusters' files and the index of clustered texts. */
/** The map's layers, with the zoom from which each node's label is drawn (labels.ts). */
export function splitGraph(graph: ConceptGraph, options: SplitOptions = {}): MapLayers {
  return withLabels(splitUnlabelled(graph, options));
}

/**
 * Labels placed over everything the map may draw (the first layer and every cluster's texts):
 * each node placed gets its label zoom, `lz`; the first layer gets the first step of the ladder.
 */
function withLabels(layers: Unlabelled): MapLayers {
  const { overview, chunks } = layers;
  const clustered = [...chunks.values()].flatMap((c) => c.nodes);
  const zooms = labelZooms(overview.nodes, clustered, overview.scale, overview.textSize);
  const label = (n: MapNode): MapNode => {
    const at = zooms.get(n.id);
    return at ? { ...n, lz: at.zoom, ...(at.side === 'below' ? {} : { ls: at.side }) } : n;
  };
  const labelledChunks = new Map([...chunks].map(([file, chunk]) => [file, { ...chunk, nodes: chunk.nodes.map(label) }]));
  return {
    ...layers,
    overview: { ...overview, labelZoom: roundZoom(fittedZoom(overview.nodes, overview.scale, REFERENCE_CANVAS)), nodes: overview.nodes.map(label) },
    chunks: labelledChunks,
  };
}

/** The layers before their labels are placed. */
type Unlabelled = Omit<MapLayers, 'overview'> & { overview: Omit<MapOverview, 'labelZoom'> };

function splitUnlabelled(graph: ConceptGraph, options: SplitOptions): Unlabelled {
  const { drawEveryTextUpTo = DRAW_EVERY_TEXT_UP_TO, minCluster = MIN_CLUSTER, maxCluster = MAX_CLUSTER } = options;
  const texts = graph.nodes.filter((n) => n.kind === 'document');
  const { byText, groups } = groupsOfTexts(texts);
  const total = { nodes: graph.nodes.length, edges: graph.edges.length };
  const fullScale = layoutScale(graph.nodes);
  if (texts.length <= drawEveryTextUpTo) {
    return { overview: { scale: fullScale, textSize: 1, nodes: graph.nodes, edges: graph.edges, groups, total }, chunks: new Map() };
  }

  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const appearancesOf = new Map<string, GraphEdge[]>(texts.map((t) => [t.id, []]));
  for (const e of graph.edges) if (e.kind === 'appears-in') appearancesOf.get(e.target)?.push(e);

  // Each text's cluster: its group and the concept it mentions most (ties: the concept
  // mentioned more in the whole corpus, then by name), in the order texts come.
  const corpusMentions = (id: string) => nodeById.get(id)?.mentions ?? 0;
  const clusters = new Map<string, { group: { id: string; label: string }; concept: string; texts: GraphNode[] }>();
  const unclustered: GraphNode[] = [];
  for (const t of texts) {
    const top = [...appearancesOf.get(t.id)!].sort(
      (a, b) => b.weight - a.weight || corpusMentions(b.source) - corpusMentions(a.source) || a.source.localeCompare(b.source),
    )[0];
    if (!top) {
      unclustered.push(t);
      continue;
    }
    const group = byText.get(t.id)!;
    const key = `${group.id}:${top.source.slice('concept:'.length)}`;
    const cluster = clusters.get(key) ?? { group, concept: top.source, texts: [] };
    cluster.texts.push(t);
    clusters.set(key, cluster);
  }

  // A cluster whose texts lie apart on the map is split where they do (more than APART_ROOMS
  // nodes' room of the whole map between the parts), and one bigger than the limit cut into
  // parts; clusters too small are drawn as their texts.
  const apart = (APART_ROOMS * 80) / fullScale;
  const parts: { key: string; group: { id: string; label: string }; concept: string; texts: GraphNode[]; part?: number }[] = [];
  for (const [key, c] of clusters) {
    const pieces = apartOnTheMap(c.texts, apart).flatMap((piece) =>
      piece.length <= maxCluster ? [piece] : cutAround(piece, Math.ceil(piece.length / maxCluster)),
    );
    for (const [i, texts] of pieces.entries()) {
      if (texts.length < minCluster) unclustered.push(...texts);
      else parts.push({ key: pieces.length > 1 ? `${key}:${i + 1}` : key, ...c, texts, ...(pieces.length > 1 ? { part: i + 1 } : {}) });
    }
  }

  const drawnTexts = new Set(unclustered.map((t) => t.id));
  const clusteredTexts = new Set(texts.filter((t) => !drawnTexts.has(t.id)).map((t) => t.id));
  const maxTexts = Math.max(0, ...parts.map((p) => p.texts.length));
  const clusterNodes: MapNode[] = [];
  const clusterEdges: MapEdge[] = [];
  const chunks = new Map<string, TextChunk>();
  const textIndex: TextIndex = { clusters: [], texts: [] };
  for (const p of parts) {
    const id = `${AGGREGATE_PREFIX}${p.key}`;
    const file = p.key.replace(/:/g, '-');
    const about = nodeById.get(p.concept)?.label ?? p.concept;
    const n = p.texts.length;
    clusterNodes.push({
      id,
      kind: 'document',
      label: `${p.group.label} mainly on ${about}${p.part ? `, part ${p.part}` : ''} (${countOf(n, 'text')})`,
      short: `${p.group.label} · ${n}`,
      url: `/#group-${p.group.id}`,
      summary: `${countOf(n, 'text')} of the group ${p.group.label} that mention ${about} more than any other concept.`,
      size: sizeFor(n, maxTexts),
      ...centre(p.texts),
      group: p.group.id,
      texts: n,
      file: chunkUrl(file),
      about: p.concept,
    });
    // One edge from each concept its texts mention: in how many texts, with how many mentions.
    const byConcept = new Map<string, { texts: number; weight: number }>();
    const appearances: GraphEdge[] = [];
    for (const t of p.texts) {
      for (const e of appearancesOf.get(t.id)!) {
        appearances.push(e);
        const agg = byConcept.get(e.source) ?? { texts: 0, weight: 0 };
        byConcept.set(e.source, { texts: agg.texts + 1, weight: agg.weight + e.weight });
      }
    }
    for (const [concept, agg] of byConcept) {
      clusterEdges.push({
        id: `appears-in:${concept.slice('concept:'.length)}:${id}`,
        source: concept,
        target: id,
        kind: 'appears-in',
        label: EDGE_READINGS['appears-in'].label,
        weight: agg.weight,
        texts: agg.texts,
      });
    }
    chunks.set(file, { cluster: id, nodes: p.texts.map((t) => ({ ...t, group: p.group.id })), appearances: appearances.map(compactAppearance) });
    textIndex.clusters.push(id);
    for (const t of p.texts) textIndex.texts.push([t.id, t.label, textIndex.clusters.length - 1]);
  }

  const nodes: MapNode[] = [
    ...graph.nodes.filter((n) => !clusteredTexts.has(n.id)).map((n) => (drawnTexts.has(n.id) ? { ...n, group: byText.get(n.id)!.id } : n)),
    ...clusterNodes,
  ];
  const edges: MapEdge[] = [...graph.edges.filter((e) => !(e.kind === 'appears-in' && clusteredTexts.has(e.target))), ...clusterEdges];
  const scale = layoutScale(nodes);
  const overview: Unlabelled['overview'] = {
    scale,
    textSize: Math.round(Math.min(1, Math.max(0.4, scale / fullScale)) * 100) / 100,
    nodes,
    edges,
    groups,
    total,
    ...(textIndex.texts.length ? { textIndex: TEXT_INDEX_URL } : {}),
  };
  return { overview, chunks, ...(textIndex.texts.length ? { textIndex } : {}) };
}

const memo = new WeakMap<ConceptGraph, MapLayers>();
/** splitGraph, once per graph: the map's page and its data files ask for the same split. */
export function mapLayers(graph: ConceptGraph): MapLayers {
  let layers = memo.get(graph);
  if (!layers) memo.set(graph, (layers = splitGraph(graph)));
  return layers;
}

/**
 * A concept's small map: the concept and its neighbours (related concepts, texts, thinkers),
 * with the edges between it and them. With more than `limit` texts, the texts of each
 * reading-list group are one node, which leads to where the concept page lists them.
 */
export function localGraph(graph: ConceptGraph, conceptId: string, limit = LOCAL_TEXTS): DrawnGraph {
  const hood = neighbourhood(indexGraph(graph), conceptId);
  const texts = hood.nodes.filter((n) => n.kind === 'document');
  if (texts.length <= limit) return hood;
  const slug = conceptId.slice('concept:'.length);
  const { byText, groups } = groupsOfTexts(texts);
  const weightOf = new Map(hood.edges.filter((e) => e.kind === 'appears-in').map((e) => [e.target, e.weight]));
  const max = Math.max(...groups.map((g) => g.texts));
  const aggregates: MapNode[] = groups.map((g) => {
    const members = texts.filter((t) => byText.get(t.id)!.id === g.id);
    return {
      id: `${AGGREGATE_PREFIX}${g.id}`,
      kind: 'document',
      label: `${g.label} (${countOf(g.texts, 'text')})`,
      short: `${g.label} · ${g.texts}`,
      url: `/concepts/${slug}/#appears`,
      size: sizeFor(g.texts, max),
      ...centre(members),
      group: g.id,
      texts: g.texts,
    };
  });
  const edges: MapEdge[] = [
    ...hood.edges.filter((e) => e.kind !== 'appears-in'),
    ...aggregates.map((a) => {
      const members = texts.filter((t) => byText.get(t.id)!.id === a.group);
      return {
        id: `appears-in:${slug}:${a.id}`,
        source: conceptId,
        target: a.id,
        kind: 'appears-in' as const,
        label: EDGE_READINGS['appears-in'].label,
        weight: members.reduce((s, t) => s + (weightOf.get(t.id) ?? 0), 0),
        texts: members.length,
      };
    }),
  ];
  return { nodes: [...hood.nodes.filter((n) => n.kind !== 'document'), ...aggregates], edges };
}
