/**
 * The map's highlight layer: a second, small Cytoscape instance over the map (the element
 * marked data-graph-highlight, which lets pointer events through), holding copies of the
 * highlighted elements and the selected node, drawn with the map's stylesheet and following
 * its viewport, over a veil in the page colour (CSS). Highlighting on a big map used to
 * restyle and redraw thousands of elements; this way the map's canvas and its caches stay as
 * they are, and a highlight costs a few elements.
 */
import type { Collection, Core, NodeSingular, SingularElementArgument } from 'cytoscape';
import { followColourScheme, stylesheetForPage, type Cytoscape } from './browser';

/** An element of the map as a definition for the highlight layer, with extra classes (and its label's side, as on the map). */
const copyOf = (ele: SingularElementArgument, classes: string[]) => ({
  group: ele.group(),
  classes: [...classes, ...ele.classes().filter((c) => c.startsWith('ls-'))],
  // Cytoscape types an element's data as any; the map's elements carry plain graph data.
  data: { ...(ele.data() as Record<string, unknown>) },
  ...(ele.isNode() ? { position: { ...ele.position() } } : {}),
});

export function highlightLayer(cytoscape: Cytoscape, map: Core, container: HTMLElement, pixelRatio: number | 'auto') {
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
