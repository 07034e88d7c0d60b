/**
 * The Cytoscape stylesheet of the theory map, built from the palette for one colour scheme
 * and the page's own colours (read from the CSS custom properties in the browser). Pure,
 * so it is unit-tested.
 */
import type { StylesheetJson } from 'cytoscape';
import { DOMAIN_COLOURS, EDGE_KINDS, FALLBACK_DOMAIN_COLOUR, NODE_KINDS, type EdgeKindStyle, type Scheme } from '../../lib/graph/palette';
import type { EdgeKind } from '../../lib/graph/edge-kinds';
import { LABEL_MARGIN } from '../../lib/graph/labels';

export interface PageColours {
  fg: string;
  bg: string;
  muted: string;
  focus: string;
  surface: string;
  font: string;
}

export const DEFAULT_PAGE_COLOURS: Record<Scheme, PageColours> = {
  light: { fg: '#1f1d1a', bg: '#fdfcf9', muted: '#5c574f', focus: '#1b5fc1', surface: '#f3efe6', font: 'system-ui, sans-serif' },
  dark: { fg: '#e9e5dc', bg: '#16150f', muted: '#b3ab9d', focus: '#8ab4ff', surface: '#22201a', font: 'system-ui, sans-serif' },
};

const attr = (value: string) => JSON.stringify(value);

const DASH_PATTERNS = { dotted: [1.5, 3.5], dashed: [6, 4] } as const;

/** One edge kind's line and arrow. Defaults are left unset: each property set costs style work per edge. */
function edgeKindStyle(kind: EdgeKind, s: EdgeKindStyle, scheme: Scheme): Record<string, string | number | number[]> {
  const style: Record<string, string | number | number[]> = { width: s.width, 'line-color': s.colour[scheme], opacity: s.opacity };
  if (s.line !== 'solid') Object.assign(style, { 'line-style': s.line, 'line-dash-pattern': [...DASH_PATTERNS[s.line]] });
  if (s.arrow !== 'none')
    Object.assign(style, { 'target-arrow-shape': s.arrow, 'target-arrow-color': s.colour[scheme], 'arrow-scale': 0.9, 'target-distance-from-node': 1 });
  // The many faint links to texts and thinkers are straight lines, cheap to draw: Cytoscape's
  // default 'haystack' curve. The concept relations curve apart when two run side by side.
  if (s.arrow !== 'none' || kind === 'contrasts-with') style['curve-style'] = 'bezier';
  return style;
}

export function graphStylesheet(scheme: Scheme, page: PageColours): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        width: 'data(d)',
        height: 'data(d)',
        label: 'data(label)',
        'font-family': page.font,
        'font-size': 'data(fs)',
        color: page.fg,
        'text-valign': 'bottom',
        'text-margin-y': LABEL_MARGIN,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-outline-color': page.bg,
        'text-outline-width': 2.5,
        'text-outline-opacity': 0.9,
        'min-zoomed-font-size': 7,
        'background-color': FALLBACK_DOMAIN_COLOUR[scheme],
        'border-width': 1.5,
        'border-color': page.bg,
      },
    },
  ];
  for (const [kind, s] of Object.entries(NODE_KINDS)) {
    sheet.push({
      selector: `node[kind = ${attr(kind)}]`,
      style: s.filled
        ? { shape: s.shape, 'background-color': s.colour[scheme] }
        : { shape: s.shape, 'background-color': page.bg, 'border-width': 2, 'border-color': s.colour[scheme] },
    });
  }
  // The theory map's labels, placed at build time (src/lib/graph/labels.ts): already cut into
  // lines, on their side of the node, none below the zoom each is drawn from.
  sheet.push(
    // A node with its label drawn is drawn over the others, so that no small node covers part of a label.
    { selector: 'node[lz]', style: { 'text-max-width': '2000px', 'z-index': 1 } },
    { selector: 'node.quiet', style: { label: '', 'z-index': 0 } },
    { selector: 'node.ls-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': LABEL_MARGIN } },
    { selector: 'node.ls-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -LABEL_MARGIN } },
    { selector: 'node.ls-above', style: { 'text-valign': 'top', 'text-margin-y': -LABEL_MARGIN } },
  );
  // Thinkers' names appear when zoomed in, or when they are highlighted.
  sheet.push({ selector: 'node[kind = "thinker"]', style: { 'min-zoomed-font-size': 10 } });
  // A node that stands for many texts (a cluster, until it is opened): a double outline, like a stack.
  sheet.push({ selector: 'node[agg]', style: { 'border-width': 4, 'border-style': 'double', 'border-color': page.fg, 'font-weight': 'bold' } });
  for (const [domain, colour] of Object.entries(DOMAIN_COLOURS)) {
    sheet.push({ selector: `node[kind = "concept"][domain = ${attr(domain)}]`, style: { 'background-color': colour[scheme] } });
  }
  // Every property set on every element costs style work on each of them when the map is
  // built (thousands of edges on a big map), so the base edge rule holds only what all edges
  // draw with; the label's look is in the highlighted rule (only highlighted edges show one)
  // and the arrow's in the kinds that have one.
  sheet.push({ selector: 'edge', style: { width: 1 } });
  for (const [kind, s] of Object.entries(EDGE_KINDS)) {
    sheet.push({ selector: `edge[kind = ${attr(kind)}]`, style: edgeKindStyle(kind as EdgeKind, s, scheme) });
  }
  sheet.push(
    { selector: '.hidden', style: { display: 'none' } },
    // The local graph fades what is not highlighted; the full map draws its highlight on a
    // layer over a veil instead (highlight-layer.ts), so that a highlight does not restyle the whole map.
    { selector: 'node.faded', style: { opacity: 0.18, 'text-opacity': 0 } },
    { selector: 'edge.faded', style: { opacity: 0.06 } },
    { selector: 'node.highlighted', style: { opacity: 1, 'text-opacity': 1, 'z-index': 20, 'min-zoomed-font-size': 0 } },
    { selector: 'edge.highlighted', style: { opacity: 1, 'z-index': 10 } },
    {
      selector: 'edge.highlighted[kind != "appears-in"]',
      style: {
        label: 'data(label)',
        'font-family': page.font,
        'font-size': 9,
        color: page.fg,
        'text-rotation': 'autorotate',
        'text-background-color': page.bg,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'edge.highlighted[kind = "appears-in"]', style: { opacity: 0.75, width: 1.5 } },
    {
      selector: 'node.selected',
      style: {
        'border-width': 4,
        'border-color': page.focus,
        'underlay-color': page.focus,
        'underlay-opacity': 0.3,
        'underlay-padding': 8,
        'underlay-shape': 'ellipse',
        'font-weight': 'bold',
        'z-index': 30,
        'min-zoomed-font-size': 0,
      },
    },
    // No grey box over what is tapped (Cytoscape's default for :active).
    { selector: ':active', style: { 'overlay-opacity': 0 } },
    { selector: 'node.centre', style: { 'font-weight': 'bold', 'border-width': 3, 'border-color': page.fg } },
  );
  return sheet;
}
