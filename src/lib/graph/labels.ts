/**
 * Where the theory map's labels may be drawn, decided at build time so that no two labels ever
 * overlap, at any zoom, and more appear as the reader zooms in.
 *
 * A label is drawn at a fixed size in the map's own units (Cytoscape scales it with the zoom),
 * and only from a zoom on, where it reaches LABEL_PX on screen: its size is LABEL_PX / zoom.
 * Labels are placed one by one, the most important first (concepts by how often the texts
 * mention them, then clusters of texts, texts and thinkers by their size): each takes the
 * lowest zoom of a ladder (the first view's zoom times LABEL_STEP^k) at which its box, below its
 * node (or else to its right, above or to its left), is clear of every label already placed and
 * of the discs of concepts and clusters (a label may cover part of a small text or thinker: with
 * concepts' discs too, the dense middle of the map had room for almost no label at first view). Boxes, once placed,
 * never move or grow, so two labels that can be drawn together never overlap, whatever the
 * zoom; a label with no room up to the last step gets none (its name shows when it is
 * highlighted or selected, and in the side panel).
 *
 * The text of a label (wrapped into short lines) and its width are worked out here, on both
 * sides, so that the browser draws the lines the build measured. Widths are estimated from the
 * characters, generously, since the build has no fonts to measure with.
 */
import type { GraphNode, NodeKind } from './concept-graph';
import type { MapNode } from './layers.ts';
import { canvasLabel, fitViewport, mapBounds, nodeDiameter } from './model.ts';

/** The size, in screen pixels, at which a label first appears (and its smallest). */
export const LABEL_PX = 13;
/** Each step of the ladder of zooms at which labels appear is this much closer than the last. */
export const LABEL_STEP = 1.3;
/** Line height, as a share of the font size (Cytoscape's default is 1; a little more for safety). */
const LINE_HEIGHT = 1.2;
/** Room around a label's box (screen pixels at its zoom), for its outline and a gap. */
const LABEL_GAP = 3;
/** Model pixels between a node and its label (the stylesheet's text-margin-y). */
export const LABEL_MARGIN = 3;
/** A line of a label holds about this many characters before it wraps. */
export const LINE_CHARS = 20;

/** The map's zoom limits and the padding of its first view (shared with client/graph/map.ts). */
export const ZOOM_RANGE = { min: 0.1, max: 5 };
export const FIT_PADDING = 24;
/**
 * The smallest map canvas on a desktop screen (the map at 1024 px wide): the first view of any
 * canvas at least this big shows the first step of labels, at LABEL_PX or larger. Smaller
 * canvases (phones) open on the middle of the map at that zoom rather than on all of it.
 */
export const REFERENCE_CANVAS = { width: 640, height: 460 };

/** The zoom of the first view of a canvas, fitted to the whole map (model coordinates are layout × scale). */
export function fittedZoom(nodes: readonly Pick<GraphNode, 'x' | 'y' | 'size' | 'kind'>[], scale: number, canvas: { width: number; height: number }): number {
  return fitViewport(mapBounds(nodes, scale), canvas, FIT_PADDING, ZOOM_RANGE).zoom;
}

/** The canvas text of a node's label, wrapped into lines of about LINE_CHARS characters. */
export function labelLines(text: string, lineChars = LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > lineChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The text drawn for a node: its canvas label, wrapped (Cytoscape breaks lines at "\n" with text-wrap: wrap). */
export const labelText = (n: Pick<MapNode, 'kind' | 'label' | 'short'>): string => labelLines(canvasLabel(n)).join('\n');

// Widths of characters in a sans-serif UI font, in ems, on the generous side.
const NARROW = new Set([..."iljtfrI.,:;!|'’()[]"]);
const WIDE = new Set([...'mwMW@']);
/** The estimated width of a line of text, in ems. */
export function textEms(line: string): number {
  let ems = 0;
  for (const ch of line) {
    if (ch === ' ') ems += 0.3;
    else if (NARROW.has(ch)) ems += 0.34;
    else if (WIDE.has(ch)) ems += 0.92;
    else if (ch >= 'A' && ch <= 'Z') ems += 0.7;
    else ems += 0.6;
  }
  return ems;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A node as the placer sees it: model position (layout × scale), drawn diameter and the text of its label. */
export interface LabelNode {
  id: string;
  x: number;
  y: number;
  diameter: number;
  lines: readonly string[];
  importance: number;
  /** Whether labels must keep clear of its disc (concepts and clusters: the nodes a reader looks for). */
  obstacle: boolean;
}

/** Where a label sits against its node: below it (the first choice), to its right, above or to its left. */
export const LABEL_SIDES = ['below', 'right', 'above', 'left'] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

/**
 * The model-space box of a node's label on one side of it, when it first appears at `zoom`
 * (its size is LABEL_PX / zoom), gap included.
 */
export function labelBox(n: Pick<LabelNode, 'x' | 'y' | 'diameter' | 'lines'>, zoom: number, side: LabelSide = 'below'): Box {
  const size = LABEL_PX / zoom;
  const gap = LABEL_GAP / zoom;
  const width = Math.max(...n.lines.map(textEms), 0) * size;
  const height = n.lines.length * size * LINE_HEIGHT;
  const off = n.diameter / 2 + LABEL_MARGIN;
  const [x1, y1] =
    side === 'below'
      ? [n.x - width / 2, n.y + off]
      : side === 'above'
        ? [n.x - width / 2, n.y - off - height]
        : side === 'right'
          ? [n.x + off, n.y - height / 2]
          : [n.x - off - width, n.y - height / 2];
  return { x1: x1 - gap, y1: y1 - gap, x2: x1 + width + gap, y2: y1 + height + gap };
}

export const overlaps = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

const discBox = (n: Pick<LabelNode, 'x' | 'y' | 'diameter'>): Box => {
  const r = n.diameter / 2;
  return { x1: n.x - r, y1: n.y - r, x2: n.x + r, y2: n.y + r };
};

/** A grid of boxes, so that a box's neighbours are found without going through them all. */
class BoxGrid {
  private cells = new Map<string, Box[]>();
  // (No parameter property: the benches run this file with Node's type stripping.)
  private readonly cell: number;
  constructor(cell: number) {
    this.cell = cell;
  }
  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let i = Math.floor(b.x1 / this.cell); i <= Math.floor(b.x2 / this.cell); i++)
      for (let j = Math.floor(b.y1 / this.cell); j <= Math.floor(b.y2 / this.cell); j++) out.push(`${i},${j}`);
    return out;
  }
  add(b: Box) {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
  hits(b: Box, except?: Box): boolean {
    return this.keys(b).some((k) => this.cells.get(k)?.some((o) => o !== except && overlaps(o, b)));
  }
}

/** Where a node's label goes: the zoom from which it is drawn and its side of the node. */
export interface PlacedLabel {
  zoom: number;
  side: LabelSide;
}

/**
 * Where each node's label is drawn, by node id; nodes left out get no label. The ladder starts
 * at `firstZoom` (the first view's zoom of the reference canvas) and stops at the map's
 * largest zoom; at each step, each side is tried in turn.
 */
export function placeLabels(nodes: readonly LabelNode[], firstZoom: number, maxZoom = ZOOM_RANGE.max): Map<string, PlacedLabel> {
  const placed = new Map<string, PlacedLabel>();
  if (!nodes.length || !(firstZoom > 0)) return placed;
  const ladder: number[] = [];
  for (let z = firstZoom; z <= maxZoom * 1.0001; z *= LABEL_STEP) ladder.push(roundZoom(z));
  // Cells about as big as a label at the first step.
  const grid = new BoxGrid(Math.max((LABEL_PX / firstZoom) * 8, 1));
  const discs = new Map(nodes.map((n) => [n.id, discBox(n)]));
  for (const n of nodes) if (n.obstacle) grid.add(discs.get(n.id)!);
  const order = [...nodes].sort((a, b) => b.importance - a.importance || a.id.localeCompare(b.id));
  for (const n of order) {
    if (!n.lines.length) continue;
    found: for (const zoom of ladder) {
      for (const side of LABEL_SIDES) {
        const box = labelBox(n, zoom, side);
        if (grid.hits(box, discs.get(n.id))) continue;
        grid.add(box);
        placed.set(n.id, { zoom, side });
        break found;
      }
    }
  }
  return placed;
}

/** Zooms are written with four significant figures: the box checked is the box drawn. */
export const roundZoom = (z: number): number => Number(z.toPrecision(4));

const KIND_WEIGHT: Record<NodeKind, number> = { concept: 3, document: 2, thinker: 1 };

/**
 * How much a node's label matters: concepts first (by size, which grows with their mentions),
 * then clusters of texts, then texts (by the concepts they mention), then thinkers.
 */
export function labelImportance(n: Pick<MapNode, 'kind' | 'size' | 'texts'>): number {
  const weight = n.texts !== undefined ? 2.5 : KIND_WEIGHT[n.kind];
  return weight * 100 + Math.min(Math.max(n.size, 1), 10);
}

/** A map node as the placer sees it, with the model position and diameter the map draws it at. */
export function labelNode(n: MapNode, scale: number, textSize = 1): LabelNode {
  const factor = n.kind === 'document' && n.texts === undefined ? textSize : 1;
  return {
    id: n.id,
    x: n.x * scale,
    y: n.y * scale,
    diameter: nodeDiameter(n) * factor,
    lines: labelLines(canvasLabel(n)),
    importance: labelImportance(n),
    obstacle: n.kind === 'concept' || n.texts !== undefined,
  };
}

/**
 * Each node's label zoom (`lz`) for the map's layers: placed over every node the map may draw,
 * the first layer's and every cluster's texts alike, so that whatever is open, no labels
 * overlap. The ladder starts at the first view's zoom on the reference canvas.
 */
export function labelZooms(overview: readonly MapNode[], clustered: readonly MapNode[], scale: number, textSize: number): Map<string, PlacedLabel> {
  const firstZoom = roundZoom(fittedZoom(overview, scale, REFERENCE_CANVAS));
  return placeLabels(
    [...overview, ...clustered].map((n) => labelNode(n, scale, textSize)),
    firstZoom,
  );
}

/** The size of a node's label in model pixels: LABEL_PX on screen at the zoom it appears from. */
export const labelFontSize = (lz: number): number => LABEL_PX / lz;
