/**
 * The small map on a concept page: the concept, and one step around it (related concepts,
 * the texts it appears in, or with many texts one node per reading-list group, the thinkers
 * behind it), from /graph/local/<concept>.json (src/lib/graph/split.ts), laid out radially. A
 * picture with links: pointing at a node highlights its links, clicking opens its page. The
 * same connections are listed in text next to it (LocalGraph.astro).
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { DrawnGraph } from '../../lib/graph/layers';
import { indexGraph, neighbourhood, radialLayout } from '../../lib/graph/model';
import { followColourScheme, loadCytoscape, loadJson, stylesheetForPage, toElements } from './browser';

declare global {
  interface Window {
    __atlasLocalGraphs?: Core[];
  }
}

export async function initLocalGraph(container: HTMLElement): Promise<Core | undefined> {
  const id = container.dataset.localGraph ?? '';
  const figure = container.closest<HTMLElement>('[data-local-graph-figure]') ?? container;
  let cy: Core;
  try {
    const [cytoscape, graph] = await Promise.all([loadCytoscape(), loadJson<DrawnGraph>(container.dataset.src ?? '')]);
    const index = indexGraph(graph);
    const hood = neighbourhood(index, id);
    if (hood.nodes.length < 2) {
      figure.hidden = true;
      return undefined;
    }
    const box = container.getBoundingClientRect();
    const positions = radialLayout(id, hood.nodes, { aspect: box.height > 0 ? box.width / box.height : 1 });
    cy = cytoscape({
      container,
      elements: toElements(hood.nodes, hood.edges, (n) => positions.get(n.id) ?? { x: 0, y: 0 }),
      layout: { name: 'preset', fit: true, padding: 16 },
      style: stylesheetForPage(),
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
      maxZoom: 1.6,
    });
    cy.getElementById(id).addClass('centre');
    const centre = cy.getElementById(id) as NodeSingular;
    const highlight = (node: NodeSingular) => {
      cy.batch(() => {
        cy.elements().removeClass('faded highlighted');
        if (node.id() === id) return;
        const hood = node.closedNeighborhood();
        cy.elements().not(hood).not(centre).addClass('faded');
        hood.addClass('highlighted');
      });
    };
    cy.on('mouseover', 'node', (ev) => {
      const node = ev.target as NodeSingular;
      highlight(node);
      if (node.id() !== id) container.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node', () => {
      cy.elements().removeClass('faded highlighted');
      container.style.cursor = '';
    });
    cy.on('tap', 'node', (ev) => {
      const n = index.node.get((ev.target as NodeSingular).id());
      if (n && n.id !== id) location.assign(n.url);
    });
    // The page may be laid out after the first frame (fonts, images): keep the picture fitted.
    new ResizeObserver(() => {
      cy.resize();
      cy.fit(undefined, 16);
    }).observe(container);
    followColourScheme(cy);
  } catch (error) {
    figure.hidden = true;
    console.warn(error);
    return undefined;
  }
  (window.__atlasLocalGraphs ??= []).push(cy);
  container.dataset.state = 'drawn';
  return cy;
}
