/**
 * Browser plumbing shared by the full map and the local graph: the map's data files fetched
 * once each, Cytoscape (imported here, so it ships only with the pages that draw a map), the
 * page's colours read from its CSS custom properties, and restyling when the colour scheme
 * changes.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { DrawnGraph, MapNode } from '../../lib/graph/layers';
import { canvasLabel, labelSize, nodeDiameter } from '../../lib/graph/model';
import { labelFontSize, labelText } from '../../lib/graph/labels';
import { graphStylesheet, DEFAULT_PAGE_COLOURS, type PageColours } from './style';
import type { Scheme } from '../../lib/graph/palette';

const files = new Map<string, Promise<unknown>>();

/** One of the map's data files (src/lib/graph/layers.ts), fetched once per page however many maps use it. */
export function loadJson<T>(url: string): Promise<T> {
  let p = files.get(url);
  if (!p) {
    p = fetch(url, { credentials: 'same-origin' }).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    });
    // A failed load may be tried again.
    p.catch(() => files.delete(url));
    files.set(url, p);
  }
  return p as Promise<T>;
}

/** Cytoscape itself; a promise so that callers can wait for it with the data. (A static
 *  import: the module graph is known when the page's script loads, so Cytoscape downloads in
 *  parallel with the rest rather than after it.) */
export const loadCytoscape = () => Promise.resolve(cytoscape);
export type Cytoscape = Awaited<ReturnType<typeof loadCytoscape>>;

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');
export const currentScheme = (): Scheme => (darkQuery().matches ? 'dark' : 'light');

export function readPageColours(scheme: Scheme): PageColours {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  const d = DEFAULT_PAGE_COLOURS[scheme];
  // Cytoscape rejects a font list with single-quoted names ('Segoe UI'), as the CSS source
  // has them (the minified CSS happens to use double quotes).
  const font = v('--font-ui').replaceAll("'", '"');
  return {
    fg: v('--fg') || d.fg,
    bg: v('--bg') || d.bg,
    muted: v('--muted') || d.muted,
    focus: v('--focus') || d.focus,
    surface: v('--surface') || d.surface,
    font: font || d.font,
  };
}

export const stylesheetForPage = () => {
  const scheme = currentScheme();
  return graphStylesheet(scheme, readPageColours(scheme));
};

/** Restyles a graph when the reader's colour scheme changes; returns a function that stops it. */
export function followColourScheme(cy: Core): () => void {
  const q = darkQuery();
  const onChange = () => cy.style(stylesheetForPage());
  q.addEventListener('change', onChange);
  return () => q.removeEventListener('change', onChange);
}

export const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Whether a node's label is drawn at a zoom: from its label zoom on (src/lib/graph/labels.ts); never without one. */
export const labelShown = (lz: number | undefined, zoom: number): boolean => lz !== undefined && lz <= zoom * 1.000001;

/**
 * Cytoscape elements for nodes (at given positions) and edges. Texts are drawn at `textSize`
 * of their usual size (smaller where many share the room of a cluster); an aggregate of texts
 * is marked `agg`, for its style. With `labelsAt` (the theory map, at that zoom), each label is
 * drawn as placed at build time: its lines, its size, its side (class ls-<side>), and kept
 * quiet (class quiet) below its zoom; a local map draws every label as it comes.
 */
export function toElements(
  nodes: readonly MapNode[],
  edges: DrawnGraph['edges'],
  position: (n: MapNode) => { x: number; y: number },
  textSize = 1,
  labelsAt?: number,
): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const n of nodes) {
    const factor = n.kind === 'document' && n.texts === undefined ? textSize : 1;
    const placed = labelsAt !== undefined;
    const classes = placed ? [n.ls ? `ls-${n.ls}` : '', labelShown(n.lz, labelsAt) ? '' : 'quiet'].filter(Boolean).join(' ') : '';
    out.push({
      group: 'nodes',
      data: {
        id: n.id,
        label: placed ? labelText(n) : canvasLabel(n),
        kind: n.kind,
        ...(n.domain ? { domain: n.domain } : {}),
        ...(n.texts !== undefined ? { agg: 1 } : {}),
        ...(placed && n.lz !== undefined ? { lz: n.lz } : {}),
        d: nodeDiameter(n) * factor,
        fs: placed && n.lz !== undefined ? labelFontSize(n.lz) : labelSize(n) * factor,
      },
      position: position(n),
      ...(classes ? { classes } : {}),
    });
  }
  for (const e of edges) out.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, kind: e.kind, label: e.label } });
  return out;
}

/** Options that keep large maps smooth while panning and zooming. */
export const FAST_RENDERING = {
  textureOnViewport: true,
  hideEdgesOnViewport: true,
  motionBlur: false,
};
