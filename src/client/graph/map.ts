/**
 * The interactive theory map on /graph/: draws the map's first layer (/graph/concepts.json,
 * src/lib/graph/layers.ts) with the build-time positions (no layout in the browser), opens the
 * clusters of a big map's texts as the reader zooms in on them, opens them, filters by their
 * group or looks up one of their texts (text-layer.ts), and wires the controls rendered by
 * GraphMap.astro: filters, search, zoom, pointer, keys (keyboard.ts), the highlight layer
 * (highlight-layer.ts), the side panel (side-panel.ts) and a polite live region.
 */
import type { Core, NodeSingular } from 'cytoscape';
import {
  describeKind,
  fitViewport,
  indexGraph,
  mapBounds,
  relationsOf,
  searchNodes,
  visibleElements,
  type EdgeKind,
  type Filters,
  type GraphIndex,
  type GraphNode,
  type NodeKind,
} from '../../lib/graph/model';
import { clustersForView, filteredGroup, zoomedIn, type MapNode, type MapOverview } from '../../lib/graph/layers';
import { NODE_KINDS } from '../../lib/graph/palette';
import { FIT_PADDING, labelImportance, ZOOM_RANGE } from '../../lib/graph/labels';
import { readMapState, writeMapState, type MapState } from '../../lib/graph/map-state';
import {
  FAST_RENDERING,
  labelShown,
  followColourScheme,
  loadCytoscape,
  loadJson,
  prefersReducedMotion,
  stylesheetForPage,
  toElements,
  type Cytoscape,
} from './browser';
import { combobox } from './combobox';
import { highlightLayer } from './highlight-layer';
import { enableMapKeys } from './keyboard';
import { sidePanel } from './side-panel';
import { textLayer } from './text-layer';
import { announce, need } from '../dom';

declare global {
  interface Window {
    /** The map's Cytoscape instance, for tests and the curious. */
    __atlasGraph?: Core;
    /** The highlight layer's: the highlighted neighbourhood and the selected node. */
    __atlasGraphHighlight?: Core;
    /** Opens clusters of texts (all of them, given none) as if the reader had, for tests and benches; false if their texts could not be loaded. */
    __atlasGraphOpen?: (ids?: string[]) => Promise<boolean>;
  }
}

/** Elements (nodes plus edges) above which the map is "big" and drawn for speed rather than finish. */
const BIG_MAP = 3000;
/** How much a zoom button or key zooms in (or out, divided by). */
const ZOOM_STEP = 1.3;

/**
 * How the map first comes into view: fitted to the viewport, from the bounds known from the
 * data (Cytoscape's own fit measures every element, labels and edge curves included, before
 * the first frame, which measures them again), but never further out than the zoom at which
 * the first labels are drawn (src/lib/graph/labels.ts): a canvas too small for the whole map at
 * that zoom (a phone) opens on the neighbourhood of the map's most important concept instead.
 */
function firstView(nodes: readonly MapNode[], scale: number, labelZoom: number, container: HTMLElement) {
  const view = { width: container.clientWidth, height: container.clientHeight };
  const fitted = fitViewport(mapBounds(nodes, scale), view, FIT_PADDING, ZOOM_RANGE);
  if (fitted.zoom >= labelZoom || !nodes.length) return fitted;
  const centre = [...nodes].sort((a, b) => labelImportance(b) - labelImportance(a))[0]!;
  const zoom = labelZoom;
  return { zoom, pan: { x: view.width / 2 - zoom * centre.x * scale, y: view.height / 2 - zoom * centre.y * scale } };
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
  let overview: MapOverview;
  try {
    [cytoscape, overview] = await Promise.all([loadCytoscape(), loadJson<MapOverview>(root.dataset.src ?? '/graph/concepts.json')]);
    performance.mark('graph:loaded');
  } catch (error) {
    message.hidden = false;
    message.textContent = 'The interactive map could not be loaded. The same map is given as lists below.';
    root.dataset.state = 'failed';
    console.warn(error);
    return undefined;
  }
  const texts = textLayer(overview);
  /** What is drawn now, indexed; it changes as clusters of texts open and close. */
  let index: GraphIndex = indexGraph(texts.graph());
  const { scale, textSize } = overview;
  const position = (n: MapNode) => ({ x: n.x * scale, y: n.y * scale });
  // Big by what the map may come to draw, with every text open.
  const big = overview.total.nodes + overview.total.edges > BIG_MAP;
  // Full-resolution drawing on high-density screens, unless the map is big.
  const pixelRatio = big ? 1 : 'auto';
  const first = firstView(index.graph.nodes, scale, overview.labelZoom, container);
  const elements = toElements(index.graph.nodes, index.graph.edges, position, textSize, first.zoom);
  performance.mark('graph:elements');
  const cy = cytoscape({
    container,
    elements,
    layout: { name: 'preset', fit: false },
    ...first,
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

  // ---- Side panel (its buttons select through the functions below) ----------------------
  const panel = sidePanel({
    title: panelTitle,
    body: panelBody,
    index: () => index,
    choose: (id) => goToDrawn(id),
    clear: () => {
      select(undefined, { announce: true });
      container.focus();
    },
    open: (id) => void openCluster(id),
  });

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
    panel.show(data);
    if (node) ensureVisible(node, options.centre ?? false);
    syncAddress();
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

  /** A node chosen in the panel (it is drawn): shown (filters reset if it was filtered out), centred and selected. */
  const goToDrawn = (id: string): boolean => {
    const node = nodeById(id);
    if (!node) return false;
    if (!isShown(node)) resetFilters();
    select(node, { centre: true, announce: true });
    return true;
  };

  /** A node chosen by name or by the address: a text not drawn yet has its cluster opened first. */
  const goTo = async (id: string): Promise<boolean> => {
    if (!nodeById(id)) {
      const cluster = texts.clusterOf(id) ?? (await texts.names().catch(() => undefined))?.get(id)?.cluster;
      if (!cluster || !(await openClusters([cluster]))) return false;
    }
    return goToDrawn(id);
  };

  /** Goes to the node's page (Enter, or a double click), or opens a cluster of texts; false if the node has neither. */
  const openPage = (node: NodeSingular): boolean => {
    const n: MapNode | undefined = index.node.get(node.id());
    if (n?.file) void openCluster(n.id);
    else if (n) location.assign(n.url);
    return Boolean(n);
  };

  // ---- Clusters of texts (a big map) ---------------------------------------------------
  /** Brings the drawing in line with the clusters open: removes what went, adds what came, leaves the rest alone. */
  const redraw = () => {
    const graph = texts.graph();
    const ids = new Set([...graph.nodes, ...graph.edges].map((e) => e.id));
    const gone = cy.elements().filter((e) => !ids.has(e.id()));
    const fresh = { nodes: graph.nodes.filter((n) => cy.getElementById(n.id).empty()), edges: graph.edges.filter((e) => cy.getElementById(e.id).empty()) };
    cy.batch(() => {
      gone.remove();
      cy.add(toElements(fresh.nodes, fresh.edges, position, textSize, cy.zoom()));
    });
    index = indexGraph(graph);
    if (selected?.removed()) select(undefined);
    applyFilters({ announce: false });
  };

  /** Opens clusters on purpose (they stay open until the map is reset); false if their texts could not be loaded. */
  const openClusters = async (ids: string[]): Promise<boolean> => {
    try {
      await texts.open(ids, 'purpose');
    } catch (error) {
      say('Those texts could not be loaded.');
      console.warn(error);
      return false;
    }
    redraw();
    return true;
  };

  /** Opens one cluster (a tap on "Show these texts", Enter, a double click) and shows its texts. */
  const openCluster = async (id: string) => {
    const cluster: MapNode | undefined = index.node.get(id);
    if (!cluster?.file || !(await openClusters([id]))) return;
    const opened = new Set(texts.textsOf(id));
    const shown = cy.nodes().filter((n) => opened.has(n.id()));
    cy.stop();
    cy.animate({ fit: { eles: shown, padding: FIT_PADDING * 4 } }, { duration: duration() });
    say(`Showing the ${shown.length} texts of ${cluster.label}.`);
    container.focus({ preventScroll: true });
  };

  // Zoomed in from the first view, the clusters in view open; zoomed out, those the zoom
  // opened close again. Checked once the view has settled.
  const firstZoom = cy.zoom();
  let isZoomedIn = false;
  const clusterPoints = texts.clusters.map((c) => ({ id: c.id, ...position(c), texts: c.texts ?? 0 }));
  const followView = async () => {
    isZoomedIn = zoomedIn(isZoomedIn, cy.zoom(), firstZoom);
    const plan = clustersForView(clusterPoints, cy.extent(), isZoomedIn, texts.openedByZoom);
    // The cluster of the selected text stays open.
    const holding = selected ? texts.clusterOf(selected.id()) : undefined;
    if (holding) texts.keep([holding]);
    const close = plan.close.filter((id) => id !== holding);
    texts.close(close);
    let opened: string[] = [];
    try {
      opened = await texts.open(plan.open, 'zoom');
    } catch (error) {
      console.warn(error);
    }
    if (close.length || opened.length) redraw();
    if (opened.length) {
      const count = opened.reduce((n, id) => n + texts.textsOf(id).length, 0);
      say(`Zoomed in: ${count} more ${count === 1 ? 'text' : 'texts'} shown.`);
    }
  };
  let viewTimer: number | undefined;
  if (texts.clusters.length) {
    cy.on('viewport', () => {
      window.clearTimeout(viewTimer);
      viewTimer = window.setTimeout(() => void followView(), 200);
    });
  }
  window.__atlasGraphOpen = (ids) => openClusters(ids ?? texts.clusters.map((c) => c.id));

  // ---- Filters -------------------------------------------------------------------------
  const checked = <T extends string>(name: string) =>
    new Set([...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].filter((i) => i.checked).map((i) => i.value as T));
  const currentFilters = (): Filters => ({ kinds: checked<NodeKind>('kind'), edgeKinds: checked<EdgeKind>('edge'), document: documentSelect.value });

  /**
   * Fits the view to the nodes shown (all, if none is), from their data: Cytoscape's own fit
   * would measure the labels drawn now, at the zoom being left. After a filter, the view stays
   * close enough for the first labels to be read (on a phone, it centres on what is left); the
   * Fit button shows all of it, however small.
   */
  const fitVisible = (options: { readable?: boolean } = {}) => {
    const shown = cy.nodes().not('.hidden');
    const nodes = (shown.nonempty() ? shown : cy.nodes()).map((n) => index.node.get(n.id())).filter((n): n is GraphNode => Boolean(n));
    const [width, height] = [cy.width(), cy.height()];
    const box = mapBounds(nodes, scale);
    const view = fitViewport(box, { width, height }, FIT_PADDING, { ...ZOOM_RANGE, min: options.readable ? overview.labelZoom : ZOOM_RANGE.min });
    cy.stop();
    cy.animate(view, { duration: duration() });
  };

  /** The map's view (selection and filters) into the address, so that it can be shared (lib/graph/map-state.ts). */
  const syncAddress = () => {
    const unticked = (name: string) => [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].filter((i) => !i.checked).map((i) => i.value);
    const state: MapState = {
      ...(selected ? { node: selected.id() } : {}),
      text: documentSelect.value,
      hiddenKinds: unticked('kind'),
      hiddenLinks: unticked('edge'),
    };
    history.replaceState(history.state, '', writeMapState(new URL(location.href), state));
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
    syncAddress();
    if (options.fit) fitVisible({ readable: true });
    if (options.announce !== false)
      say(`Showing ${visible.nodes.size} of ${index.graph.nodes.length} nodes and ${visible.edges.size} of ${index.graph.edges.length} links.`);
  };

  const resetFilters = () => {
    root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((i) => (i.checked = true));
    documentSelect.value = '';
    applyFilters({ announce: false });
  };

  root.addEventListener('change', (ev) => {
    const target = ev.target as HTMLElement;
    if (target === documentSelect) {
      // A group's texts are opened before the map shows only them.
      const group = filteredGroup(documentSelect.value);
      void (group ? openClusters(texts.clustersOf(group)) : Promise.resolve(true)).then(() => applyFilters({ fit: true }));
    } else if (target.matches('input[type="checkbox"]')) applyFilters({ fit: true });
  });

  // ---- Search --------------------------------------------------------------------------
  // On a big map, the texts not drawn yet are found by their names, loaded when the reader
  // starts to search.
  let namedTexts: GraphNode[] = [];
  const searchable = () => {
    if (!namedTexts.length) return index.graph.nodes;
    return [...index.graph.nodes, ...namedTexts.filter((n) => !index.node.has(n.id))];
  };
  const search = combobox({
    input: searchInput,
    listbox: searchList,
    search: (q) =>
      searchNodes(searchable(), q, 8).map((n: MapNode) => ({
        id: n.id,
        label: n.label,
        hint: n.texts === undefined ? NODE_KINDS[n.kind].singular : `${n.texts} texts`,
      })),
    choose: (item) => {
      void goTo(item.id).then((found) => {
        if (found) container.focus({ preventScroll: true });
      });
    },
    announce: say,
  });
  const loadNames = () => {
    void texts
      .names()
      .then((names) => {
        if (namedTexts.length || !names.size) return;
        namedTexts = [...names].map(([id, { label }]) => ({ id, kind: 'document', label, url: '', size: 1, x: 0, y: 0 }));
        search.refresh();
      })
      .catch((error: unknown) => console.warn(error));
  };
  if (overview.textIndex) for (const type of ['focus', 'input']) searchInput.addEventListener(type, loadNames);

  // ---- Zoom, fit and reset: the buttons (data-graph-action) and keys ------------------------
  const zoomBy = (factor: number) => {
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.stop();
    cy.animate({ zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: prefersReducedMotion() ? 0 : 150 });
  };
  const changeView = (action: string | undefined) => {
    switch (action) {
      case 'zoom-in':
        zoomBy(ZOOM_STEP);
        break;
      case 'zoom-out':
        zoomBy(1 / ZOOM_STEP);
        break;
      case 'fit':
        fitVisible();
        break;
      case 'reset':
        search.clear();
        texts.closeAll();
        redraw();
        resetFilters();
        select(undefined);
        fitVisible();
        say('Map reset: everything shown, nothing selected.');
        break;
    }
  };
  root.querySelectorAll<HTMLButtonElement>('[data-graph-action]').forEach((button) => {
    button.addEventListener('click', () => changeView(button.dataset.graphAction));
  });

  // ---- Pointer -------------------------------------------------------------------------
  cy.on('tap', 'node', (ev) => select(ev.target as NodeSingular, { announce: true }));
  cy.on('tap', (ev) => {
    if (ev.target === cy) select(undefined);
  });
  cy.on('dbltap', 'node', (ev) => openPage(ev.target as NodeSingular));
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
  enableMapKeys(container, {
    cy,
    selected: () => selected,
    select: (node) => select(node, { announce: true }),
    nodeById,
    open: openPage,
    say,
    changeView,
  });

  // ---- Labels ---------------------------------------------------------------------------
  // Each label is drawn from its own zoom on (placed at build time, lib/graph/labels.ts): once
  // the view has settled, the labels whose zoom it crossed are shown or hidden.
  const updateLabels = () => {
    const zoom = cy.zoom();
    const shown = (n: NodeSingular) => labelShown(n.data('lz') as number | undefined, zoom);
    const changed = cy.nodes().filter((n) => n.hasClass('quiet') === shown(n));
    if (changed.empty()) return;
    cy.batch(() => {
      changed.forEach((n) => {
        n.toggleClass('quiet', !shown(n));
      });
    });
  };
  let labelTimer: number | undefined;
  cy.on('viewport', () => {
    window.clearTimeout(labelTimer);
    labelTimer = window.setTimeout(updateLabels, 100);
  });

  // ---- Start ---------------------------------------------------------------------------
  panel.show(undefined);
  /** A node clicked on the static drawing while the map was loading is selected once the map is up. */
  function takePendingClick() {
    const id = root.dataset.pendingNode;
    delete root.dataset.pendingNode;
    const clicked = id ? nodeById(id) : undefined;
    if (clicked && isShown(clicked)) select(clicked, { announce: true });
  }
  // The address may hold a view (lib/graph/map-state.ts): filters, and a node to select (?node=,
  // or a concept by its slug, ?focus=, from concept pages).
  const state = readMapState(new URL(location.href).searchParams);
  for (const input of root.querySelectorAll<HTMLInputElement>('input[name="kind"]')) input.checked = !state.hiddenKinds.includes(input.value);
  for (const input of root.querySelectorAll<HTMLInputElement>('input[name="edge"]')) input.checked = !state.hiddenLinks.includes(input.value);
  if ([...documentSelect.options].some((o) => o.value === state.text)) documentSelect.value = state.text;
  const filtered = Boolean(state.hiddenKinds.length || state.hiddenLinks.length || documentSelect.value);
  const group = filteredGroup(documentSelect.value);
  if (group) await openClusters(texts.clustersOf(group));
  // Filtered, the map shows what is left (unless a node is to be centred).
  applyFilters({ announce: false, fit: filtered && !state.node });
  const start = state.node ? nodeById(state.node) : undefined;
  if (start && isShown(start)) select(start, { centre: true });
  else if (state.node && !start && texts.clusters.length) void goTo(state.node);
  else takePendingClick();
  performance.mark('graph:ready');
  return cy;
}
