/**
 * The interactive theory map on /graph/: draws /graph.json with the build-time positions
 * (no layout in the browser), and wires the controls rendered by GraphMap.astro: filters,
 * search, zoom, keyboard selection, the side panel and a polite live region.
 */
import type { Collection, Core, NodeSingular, SingularElementArgument } from 'cytoscape';
import {
  describeKind,
  fitViewport,
  indexGraph,
  layoutScale,
  mapBounds,
  nearestInDirection,
  nearestTo,
  relationsOf,
  searchNodes,
  shortTitle,
  visibleElements,
  type Direction,
  type EdgeKind,
  type Filters,
  type GraphIndex,
  type GraphNode,
  type NodeKind,
  type Relation,
} from '../../lib/graph/model';
import { isConceptRelation } from '../../lib/graph/edge-kinds';
import { NODE_KINDS } from '../../lib/graph/palette';
import { passageLabel } from '../../lib/documents/passage-label';
import { FAST_RENDERING, followColourScheme, loadCytoscape, loadGraph, prefersReducedMotion, stylesheetForPage, toElements } from './browser';
import { combobox } from './combobox';
import { announce, need } from '../dom';

declare global {
  interface Window {
    /** The map's Cytoscape instance, for tests and the curious. */
    __atlasGraph?: Core;
    /** The highlight layer's: the highlighted neighbourhood and the selected node. */
    __atlasGraphHighlight?: Core;
  }
}

const KEY_DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const DIRECTION_WORDS: Record<Direction, string> = { left: 'to the left', right: 'to the right', up: 'above', down: 'below' };
/** Elements (nodes plus edges) above which the map is "big" and drawn for speed rather than finish. */
const BIG_MAP = 3000;
const ZOOM_RANGE = { min: 0.1, max: 5 };
const FIT_PADDING = 24;
const OPEN_LINK_TEXT: Record<NodeKind, string> = { concept: 'Open the concept page', document: 'Read the text', thinker: 'Their work in the bibliography' };

/** Small DOM builder: el('a', { href }, 'text', child). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}


/**
 * How the map first comes into view: fitted to the viewport. Cytoscape's own fit measures
 * every element (labels and edge curves included) before the first frame, which measures
 * them again; a big map is fitted to the bounds known from the data instead.
 */
function firstView(nodes: readonly GraphNode[], scale: number, big: boolean, container: HTMLElement) {
  if (!big) return { layout: { name: 'preset', fit: true, padding: FIT_PADDING } };
  const view = { width: container.clientWidth, height: container.clientHeight };
  return { layout: { name: 'preset', fit: false }, ...fitViewport(mapBounds(nodes, scale), view, FIT_PADDING, ZOOM_RANGE) };
}

type Cytoscape = Awaited<ReturnType<typeof loadCytoscape>>;

/** An element of the map as a definition for the highlight layer, with extra classes. */
const copyOf = (ele: SingularElementArgument, classes: string[]) => ({
  group: ele.group(),
  data: { ...ele.data() },
  ...(ele.isNode() ? { position: { ...ele.position() } } : {}),
  classes,
});

/**
 * The highlight layer: a second, small Cytoscape instance over the map (the element marked
 * data-graph-highlight, which lets pointer events through), holding copies of the highlighted
 * elements and the selected node, drawn with the map's stylesheet and following its
 * viewport, over a veil in the page colour (CSS). Highlighting on a big map used to restyle
 * and redraw thousands of elements; this way the map's canvas and its caches stay as they
 * are, and a highlight costs a few elements.
 */
function highlightLayer(cytoscape: Cytoscape, map: Core, container: HTMLElement, pixelRatio: number | 'auto') {
  const cy = cytoscape({
    container,
    style: stylesheetForPage(),
    zoom: map.zoom(),
    pan: map.pan(),
    userZoomingEnabled: false,
    userPanningEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
    pixelRatio,
  });
  map.on('viewport', () => cy.viewport({ zoom: map.zoom(), pan: map.pan() }));
  map.on('resize', () => cy.resize());
  followColourScheme(cy);
  return {
    cy,
    /** Draws a neighbourhood (or nothing) and the selected node (if any) over the veil. */
    show(hood: Collection | undefined, selected: NodeSingular | undefined) {
      const copies = (hood ?? map.collection()).map((ele) => copyOf(ele, ele.id() === selected?.id() ? ['highlighted', 'selected'] : ['highlighted']));
      if (selected && !hood?.contains(selected)) copies.push(copyOf(selected, ['selected']));
      cy.batch(() => {
        cy.elements().remove();
        cy.add(copies);
      });
      container.toggleAttribute('data-veiled', Boolean(hood));
    },
  };
}

export async function initMap(root: HTMLElement): Promise<Core | undefined> {
  // Marks for the first-draw breakdown (scripts/bench/graph-stress.mjs): code loaded, data in,
  // elements built, Cytoscape constructed, controls wired, first frame drawn.
  performance.mark('graph:start');
  const container = need<HTMLElement>(root, '[data-graph-canvas]');
  const message = need<HTMLElement>(root, '[data-graph-message]');
  const status = need<HTMLElement>(root, '[data-graph-status]');
  const panelTitle = need<HTMLElement>(root, '[data-graph-panel-title]');
  const panelBody = need<HTMLElement>(root, '[data-graph-panel-body]');
  const documentSelect = need<HTMLSelectElement>(root, '[data-graph-document]');
  const searchInput = need<HTMLInputElement>(root, '[data-graph-search]');
  const searchList = need<HTMLElement>(root, '[data-graph-options]');

  let cytoscape: Cytoscape;
  let index: GraphIndex;
  try {
    const [lib, graph] = await Promise.all([loadCytoscape(), loadGraph(root.dataset.src)]);
    cytoscape = lib;
    index = indexGraph(graph);
    performance.mark('graph:loaded');
  } catch (error) {
    message.hidden = false;
    message.textContent = 'The interactive map could not be loaded. The same map is given as lists below.';
    root.dataset.state = 'failed';
    console.warn(error);
    return undefined;
  }
  const { graph } = index;
  const scale = layoutScale(graph.nodes);
  const big = graph.nodes.length + graph.edges.length > BIG_MAP;
  // Full-resolution drawing on high-density screens, unless the map is big.
  const pixelRatio = big ? 1 : 'auto';
  const elements = toElements(graph.nodes, graph.edges, (n) => ({ x: n.x * scale, y: n.y * scale }));
  performance.mark('graph:elements');
  const cy = cytoscape({
    container,
    elements,
    ...firstView(graph.nodes, scale, big, container),
    style: stylesheetForPage(),
    minZoom: ZOOM_RANGE.min,
    maxZoom: ZOOM_RANGE.max,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
    ...FAST_RENDERING,
    pixelRatio,
  });
  cy.one('render', () => {
    // The static preview drawn at build time has done its job. A click on it since the map
    // was set up is honoured now (takePendingClick is defined below; this runs later).
    container.querySelector('[data-graph-preview]')?.remove();
    takePendingClick();
    performance.mark('graph:drawn');
    root.dataset.state = 'drawn';
  });
  performance.mark('graph:created');
  window.__atlasGraph = cy;
  followColourScheme(cy);
  message.hidden = true;
  container.setAttribute('aria-busy', 'false');

  // Filtered-out elements carry the class "hidden". (Cytoscape's own visible() can answer
  // from a cache until the next frame restyles, so the map asks the class instead.)
  const isShown = (ele: { hasClass(c: string): boolean }) => !ele.hasClass('hidden');

  const say = (text: string) => announce(status, text);
  const duration = () => (prefersReducedMotion() ? 0 : 250);

  // ---- Highlight and selection -------------------------------------------------------
  let selected: NodeSingular | undefined;
  const layer = highlightLayer(cytoscape, cy, need<HTMLElement>(root, '[data-graph-highlight]'), pixelRatio);
  window.__atlasGraphHighlight = layer.cy;
  // The neighbourhood of the node pointed at (or else the selected one) is drawn on the
  // highlight layer, over a veil that makes the rest of the map recede; the map itself is
  // not restyled, so it is not redrawn either.
  const highlight = (node: NodeSingular | undefined) => layer.show(node?.closedNeighborhood().filter(isShown), selected);

  const ensureVisible = (node: NodeSingular, centre: boolean) => {
    const p = node.renderedPosition();
    const margin = 48;
    const inside = p.x > margin && p.y > margin && p.x < cy.width() - margin && p.y < cy.height() - margin;
    if (inside && !centre) return;
    const zoom = centre ? Math.max(cy.zoom(), 1) : cy.zoom();
    const pos = node.position();
    cy.stop();
    cy.animate({ zoom, pan: { x: cy.width() / 2 - pos.x * zoom, y: cy.height() / 2 - pos.y * zoom } }, { duration: duration() });
  };

  const select = (node: NodeSingular | undefined, options: { centre?: boolean; announce?: boolean } = {}) => {
    selected = node;
    highlight(node);
    const data = node ? index.node.get(node.id()) : undefined;
    renderPanel(data);
    if (node) ensureVisible(node, options.centre ?? false);
    const url = new URL(location.href);
    if (data) url.searchParams.set('node', data.id);
    else url.searchParams.delete('node');
    history.replaceState(history.state, '', url);
    if (options.announce) {
      if (data) {
        const links = relationsOf(index, data.id).filter((r) => isShown(cy.getElementById(r.edge.id))).length;
        say(`${data.label}, ${describeKind(data)}, ${links} ${links === 1 ? 'link' : 'links'}. Details in the panel; Enter opens its page.`);
      } else say('Selection cleared.');
    }
  };

  const nodeById = (id: string): NodeSingular | undefined => {
    const n = cy.getElementById(id);
    return n.nonempty() && n.isNode() ? n : undefined;
  };

  // ---- Side panel ----------------------------------------------------------------------
  const nodeButton = (n: GraphNode) => {
    const b = el('button', { type: 'button', class: 'node-link', 'data-node': n.id }, n.label);
    return b;
  };
  const passageLinks = (passages: { document: string; passage: string; url: string }[], withDocument: boolean) =>
    passages.flatMap((p, i) => {
      const doc = shortTitle(index.node.get(`document:${p.document}`)?.label ?? p.document);
      const text = withDocument ? `${doc}, ${passageLabel(p.passage)}` : passageLabel(p.passage);
      const a = el('a', { href: p.url, 'aria-label': withDocument ? text : `${doc}, passage ${p.passage.slice(2)}` }, text);
      return i === 0 ? [a] : [', ', a];
    });

  const relationItem = (r: Relation) => {
    const li = el('li', {}, el('span', { class: 'rel' }, r.label), ' ', nodeButton(r.other));
    if (isConceptRelation(r.edge.kind) && r.edge.passages?.length) {
      li.append(el('span', { class: 'evidence' }, 'Evidence: ', ...passageLinks(r.edge.passages, true)));
      if (r.edge.note) li.append(el('span', { class: 'note' }, r.edge.note));
    } else if (r.edge.origin && r.edge.note) {
      // Coined or shaped by: the original work and year, and where the corpus has it.
      li.append(el('span', { class: 'note' }, r.edge.note));
    }
    return li;
  };

  function renderPanel(n: GraphNode | undefined) {
    panelBody.replaceChildren();
    if (!n) {
      panelTitle.textContent = 'Details';
      panelBody.append(el('p', { class: 'panel-empty' }, 'Choose a concept, text or thinker on the map, or find one by name, to see its links here.'));
      return;
    }
    panelTitle.textContent = n.label;
    const kind = el('p', { class: 'panel-kind' }, describeKind(n).replace(/^./, (c) => c.toUpperCase()));
    if (n.kind === 'concept' && typeof n.mentions === 'number') kind.append(` · ${n.mentions} ${n.mentions === 1 ? 'mention' : 'mentions'}`);
    panelBody.append(kind);
    if (n.summary) panelBody.append(el('p', { class: 'panel-summary' }, n.summary));
    panelBody.append(el('p', { class: 'panel-open' }, el('a', { href: n.url, 'data-panel-open': '' }, `${OPEN_LINK_TEXT[n.kind]}`, el('span', { class: 'visually-hidden' }, `: ${n.label}`))));

    const all = relationsOf(index, n.id);
    const relations = all.filter((r) => r.edge.kind !== 'appears-in');
    const appearances = all.filter((r) => r.edge.kind === 'appears-in').sort((a, b) => b.edge.weight - a.edge.weight);
    if (relations.length) {
      panelBody.append(el('h3', {}, n.kind === 'thinker' ? 'Concepts' : 'Relations'), el('ul', { class: 'panel-list' }, ...relations.map(relationItem)));
    }
    if (appearances.length) {
      panelBody.append(
        el('h3', {}, n.kind === 'document' ? 'Concepts in this text' : 'Where it appears'),
        el(
          'ul',
          { class: 'panel-list' },
          ...appearances.map((r) => {
            const li = el('li', {}, nodeButton(r.other), ` ${r.edge.weight} ${r.edge.weight === 1 ? 'mention' : 'mentions'}`);
            if (r.edge.passages?.length) li.append(el('span', { class: 'evidence' }, 'Passages: ', ...passageLinks(r.edge.passages, false)));
            return li;
          }),
        ),
      );
    }
    if (!relations.length && !appearances.length) panelBody.append(el('p', {}, 'No links on the map yet.'));
    panelBody.append(el('p', {}, el('button', { type: 'button', class: 'panel-clear', 'data-panel-clear': '' }, 'Clear selection')));
  }

  panelBody.addEventListener('click', (ev) => {
    const target = ev.target as Element;
    const button = target.closest<HTMLButtonElement>('button[data-node]');
    if (button) {
      const node = nodeById(button.dataset.node ?? '');
      if (node) {
        if (!isShown(node)) resetFilters();
        select(node, { centre: true, announce: true });
        panelTitle.focus();
      }
    } else if (target.closest('[data-panel-clear]')) {
      select(undefined, { announce: true });
      container.focus();
    }
  });

  // ---- Filters -------------------------------------------------------------------------
  const checked = <T extends string>(name: string) =>
    new Set([...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].filter((i) => i.checked).map((i) => i.value as T));
  const currentFilters = (): Filters => ({ kinds: checked<NodeKind>('kind'), edgeKinds: checked<EdgeKind>('edge'), document: documentSelect.value });

  const fitVisible = () => {
    const eles = cy.elements().not('.hidden');
    cy.stop();
    cy.animate({ fit: { eles: eles.nonempty() ? eles : cy.elements(), padding: FIT_PADDING } }, { duration: duration() });
  };

  const applyFilters = (options: { fit?: boolean; announce?: boolean } = {}) => {
    const visible = visibleElements(index, currentFilters());
    // Only the elements that change are touched: toggleClass restyles every element it is
    // given, changed or not, which on a big map costs a full restyle on each filter change.
    const changed = cy.elements().filter((e) => isShown(e) !== (e.isNode() ? visible.nodes : visible.edges).has(e.id()));
    cy.batch(() => {
      changed.forEach((e) => {
        e.toggleClass('hidden', isShown(e));
      });
    });
    if (selected && !visible.nodes.has(selected.id())) select(undefined);
    else highlight(selected);
    if (options.fit) fitVisible();
    if (options.announce !== false) say(`Showing ${visible.nodes.size} of ${graph.nodes.length} nodes and ${visible.edges.size} of ${graph.edges.length} links.`);
  };

  const resetFilters = () => {
    root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((i) => (i.checked = true));
    documentSelect.value = '';
    applyFilters({ announce: false });
  };

  root.addEventListener('change', (ev) => {
    const target = ev.target as HTMLElement;
    if (target === documentSelect || target.matches('input[type="checkbox"]')) applyFilters({ fit: target === documentSelect });
  });

  // ---- Search --------------------------------------------------------------------------
  const search = combobox({
    input: searchInput,
    listbox: searchList,
    search: (q) => searchNodes(graph.nodes, q, 8).map((n) => ({ id: n.id, label: n.label, hint: NODE_KINDS[n.kind].singular })),
    choose: (item) => {
      const node = nodeById(item.id);
      if (!node) return;
      if (!isShown(node)) resetFilters();
      select(node, { centre: true, announce: true });
      container.focus({ preventScroll: true });
    },
    announce: say,
  });

  // ---- Zoom buttons --------------------------------------------------------------------
  const zoomBy = (factor: number) => {
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.stop();
    cy.animate({ zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: prefersReducedMotion() ? 0 : 150 });
  };
  root.querySelectorAll<HTMLButtonElement>('[data-graph-action]').forEach((button) => {
    button.addEventListener('click', () => {
      switch (button.dataset.graphAction) {
        case 'zoom-in':
          zoomBy(1.3);
          break;
        case 'zoom-out':
          zoomBy(1 / 1.3);
          break;
        case 'fit':
          fitVisible();
          break;
        case 'reset':
          search.clear();
          resetFilters();
          select(undefined);
          fitVisible();
          say('Map reset: everything shown, nothing selected.');
          break;
      }
    });
  });

  // ---- Pointer -------------------------------------------------------------------------
  cy.on('tap', 'node', (ev) => select(ev.target as NodeSingular, { announce: true }));
  cy.on('tap', (ev) => {
    if (ev.target === cy) select(undefined);
  });
  cy.on('dbltap', 'node', (ev) => {
    const n = index.node.get((ev.target as NodeSingular).id());
    if (n) location.assign(n.url);
  });
  // Leaving a node waits a moment before un-fading, so that moving from node to node goes
  // straight from one neighbourhood to the next.
  let unhover: number | undefined;
  cy.on('mouseover', 'node', (ev) => {
    window.clearTimeout(unhover);
    highlight(ev.target as NodeSingular);
    container.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'node', () => {
    container.style.cursor = '';
    window.clearTimeout(unhover);
    unhover = window.setTimeout(() => highlight(selected), 120);
  });

  // ---- Keyboard ------------------------------------------------------------------------
  const visiblePoints = (except?: string) =>
    cy
      .nodes()
      .not('.hidden')
      .filter((n) => n.id() !== except)
      .map((n: NodeSingular) => ({ id: n.id(), ...n.position() }));

  container.addEventListener('keydown', (ev) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const direction = KEY_DIRECTIONS[ev.key];
    if (direction) {
      ev.preventDefault();
      let id: string | undefined;
      if (!selected) {
        const e = cy.extent();
        id = nearestTo({ x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 }, visiblePoints());
      } else id = nearestInDirection(selected.position(), visiblePoints(selected.id()), direction);
      const node = id ? nodeById(id) : undefined;
      if (node) select(node, { announce: true });
      else say(selected ? `Nothing further ${DIRECTION_WORDS[direction]}.` : 'Nothing is shown on the map.');
      return;
    }
    switch (ev.key) {
      case 'Enter': {
        const n = selected && index.node.get(selected.id());
        if (n) {
          ev.preventDefault();
          location.assign(n.url);
        }
        break;
      }
      case 'Escape':
        if (selected) {
          ev.preventDefault();
          select(undefined, { announce: true });
        }
        break;
      case '+':
      case '=':
        ev.preventDefault();
        zoomBy(1.3);
        break;
      case '-':
        ev.preventDefault();
        zoomBy(1 / 1.3);
        break;
      case '0':
        ev.preventDefault();
        fitVisible();
        break;
    }
  });

  // ---- Start ---------------------------------------------------------------------------
  renderPanel(undefined);
  applyFilters({ announce: false });
  /** A node clicked on the static drawing while the map was loading is selected once the map is up. */
  function takePendingClick() {
    const id = root.dataset.pendingNode;
    delete root.dataset.pendingNode;
    const clicked = id ? nodeById(id) : undefined;
    if (clicked && isShown(clicked)) select(clicked, { announce: true });
  }
  const requested = new URL(location.href).searchParams.get('node');
  const start = requested ? nodeById(requested) : undefined;
  if (start) select(start, { centre: true });
  else takePendingClick();
  performance.mark('graph:ready');
  return cy;
}
