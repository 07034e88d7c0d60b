/**
 * How the theory map looks: a colour per concept domain, a shape per node kind, and a
 * colour, line style and arrow per edge kind, in light and dark. Pure data, shared by the
 * Cytoscape stylesheet (browser) and the legend (rendered at build time), so the key always
 * matches the drawing. Every colour has at least 3:1 contrast with the page background of
 * its scheme (tests/unit/client/graph/style.test.ts).
 */
import type { NodeKind } from './concept-graph';
import { EDGE_READINGS, type EdgeKind } from './edge-kinds';
import { RELATION_TYPE_NAMES } from '../concepts/relation-types';

export type Scheme = 'light' | 'dark';
export interface Paired {
  light: string;
  dark: string;
}

/** Page backgrounds, as in src/styles/global.css (for the contrast test). */
export const PAGE_BACKGROUND: Paired = { light: '#fdfcf9', dark: '#16150f' };

export const DOMAIN_COLOURS: Record<string, Paired> = {
  'political economy': { light: '#b5472b', dark: '#f4957a' },
  'social theory': { light: '#7a4fb0', dark: '#c5a6f5' },
  practice: { light: '#1f7f5c', dark: '#62cfa2' },
  method: { light: '#8a6700', dark: '#e3c55a' },
  'identity and society': { light: '#1f63a8', dark: '#86b9f2' },
};
/** For a domain added to the schema before it gets a colour of its own. */
export const FALLBACK_DOMAIN_COLOUR: Paired = { light: '#5c574f', dark: '#b3ab9d' };
export const domainColour = (domain: string | undefined): Paired => (domain && DOMAIN_COLOURS[domain]) || FALLBACK_DOMAIN_COLOUR;

type NodeShape = 'ellipse' | 'round-rectangle' | 'diamond';
interface NodeKindStyle {
  /** Plural, for the legend and filters. */
  label: string;
  singular: string;
  shape: NodeShape;
  /** Concepts are filled with their domain's colour; documents filled; thinkers outlined. */
  colour: Paired;
  filled: boolean;
}

export const NODE_KINDS: Record<NodeKind, NodeKindStyle> = {
  concept: { label: 'Concepts', singular: 'concept', shape: 'ellipse', colour: FALLBACK_DOMAIN_COLOUR, filled: true },
  document: { label: 'Texts', singular: 'text', shape: 'round-rectangle', colour: { light: '#3d3a33', dark: '#d9d4ca' }, filled: true },
  thinker: { label: 'Thinkers', singular: 'thinker', shape: 'diamond', colour: { light: '#6b5d48', dark: '#c9b99c' }, filled: false },
};
export const NODE_KIND_ORDER: NodeKind[] = ['concept', 'document', 'thinker'];

export type LineStyle = 'solid' | 'dashed' | 'dotted';
export type ArrowShape = 'none' | 'triangle' | 'tee' | 'vee' | 'diamond' | 'triangle-backcurve' | 'square';
export interface EdgeKindStyle {
  /** For the legend, what the edge joins, where its label does not say (concept → text). */
  ends?: string;
  colour: Paired;
  line: LineStyle;
  arrow: ArrowShape;
  width: number;
  /** Faint kinds stay in the background until a node is highlighted. */
  opacity: number;
}

const grey: Paired = { light: '#6e685e', dark: '#a39b8e' };
export const EDGE_KINDS: Record<EdgeKind, EdgeKindStyle> = {
  'appears-in': { ends: 'concept → text', colour: { light: '#8a8376', dark: '#8f887a' }, line: 'solid', arrow: 'none', width: 1, opacity: 0.35 },
  'coined-by': { ends: 'concept → thinker', colour: grey, line: 'dashed', arrow: 'none', width: 1.2, opacity: 0.7 },
  'shaped-by': { ends: 'concept → thinker', colour: grey, line: 'dotted', arrow: 'none', width: 1.4, opacity: 0.7 },
  extends: { colour: { light: '#1d5fa8', dark: '#7fb2f0' }, line: 'solid', arrow: 'triangle', width: 2, opacity: 0.9 },
  critiques: { colour: { light: '#b42318', dark: '#ff8a80' }, line: 'solid', arrow: 'tee', width: 2, opacity: 0.9 },
  'contrasts-with': { colour: { light: '#9a5b00', dark: '#f2b25c' }, line: 'dashed', arrow: 'none', width: 2, opacity: 0.9 },
  'example-of': { colour: { light: '#2b7a2b', dark: '#7ed67e' }, line: 'dotted', arrow: 'vee', width: 2.2, opacity: 0.9 },
  operationalises: { colour: { light: '#6b3fa0', dark: '#c4a2f2' }, line: 'solid', arrow: 'triangle-backcurve', width: 2, opacity: 0.9 },
  'part-of': { colour: { light: '#00766e', dark: '#5fd3c8' }, line: 'solid', arrow: 'diamond', width: 2, opacity: 0.9 },
  'responds-to': { colour: { light: '#a4236e', dark: '#f08cc5' }, line: 'dashed', arrow: 'triangle', width: 2, opacity: 0.9 },
  'draws-on': { colour: { light: '#4d5b66', dark: '#a9b8c4' }, line: 'dotted', arrow: 'triangle', width: 2.2, opacity: 0.9 },
};
/** Legend and filter order: the concept relations first, then the links to texts and thinkers. */
export const EDGE_KIND_ORDER: EdgeKind[] = [...RELATION_TYPE_NAMES, 'coined-by', 'shaped-by', 'appears-in'];

/** Legend text: how the edge reads from its source to its target, with what it joins where the label does not say. */
export const edgeLegend = (kind: EdgeKind): string => {
  const { ends } = EDGE_KINDS[kind];
  return ends ? `${EDGE_READINGS[kind].label} (${ends})` : EDGE_READINGS[kind].label;
};

/** SVG stroke-dasharray for a line style (legend swatches). */
export const dashArray = (line: LineStyle): string | undefined => (line === 'dashed' ? '6 4' : line === 'dotted' ? '1.5 3' : undefined);

/** Relative luminance and contrast ratio (WCAG 2), for the palette test. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const n = Number.parseInt(hex.slice(1), 16);
    const [r, g, bl] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
