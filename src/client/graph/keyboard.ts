/**
 * The map's keys, on the map itself (its canvas takes focus):
 *
 *   ← → ↑ ↓   select the nearest shown node that way (with none selected, the one nearest
 *             the middle of the view)
 *   Enter     open the selected node's page
 *   Escape    clear the selection
 *   + = / -   zoom in / out
 *   0         fit what is shown
 *
 * Keys pressed with Alt, Ctrl or Meta are left to the browser. Enter and Escape are left to
 * it too while nothing is selected.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { nearestInDirection, nearestTo, type Direction } from '../../lib/graph/model';

const DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const DIRECTION_WORDS: Record<Direction, string> = { left: 'to the left', right: 'to the right', up: 'above', down: 'below' };

/** What the keys do to the map (initMap in map.ts). */
export interface MapActions {
  cy: Core;
  selected: () => NodeSingular | undefined;
  /** Selects a node, or clears the selection, and says so. */
  select: (node: NodeSingular | undefined) => void;
  nodeById: (id: string) => NodeSingular | undefined;
  /** Opens the node's page; false if it has none. */
  open: (node: NodeSingular) => boolean;
  say: (text: string) => void;
  /** Zooms or fits the view, as the buttons of the same names do. */
  changeView: (action: 'zoom-in' | 'zoom-out' | 'fit') => void;
}

export function enableMapKeys(container: HTMLElement, map: MapActions): void {
  const { cy } = map;
  const visiblePoints = (except?: string) =>
    cy
      .nodes()
      .not('.hidden')
      .filter((n) => n.id() !== except)
      .map((n: NodeSingular) => ({ id: n.id(), ...n.position() }));

  /** From the selected node that way, or with none, the node nearest the middle of the view. */
  const move = (direction: Direction) => {
    const selected = map.selected();
    let id: string | undefined;
    if (!selected) {
      const e = cy.extent();
      id = nearestTo({ x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 }, visiblePoints());
    } else id = nearestInDirection(selected.position(), visiblePoints(selected.id()), direction);
    const node = id ? map.nodeById(id) : undefined;
    if (node) map.select(node);
    else map.say(selected ? `Nothing further ${DIRECTION_WORDS[direction]}.` : 'Nothing is shown on the map.');
  };

  container.addEventListener('keydown', (ev) => {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const direction = DIRECTIONS[ev.key];
    if (direction) {
      ev.preventDefault();
      move(direction);
      return;
    }
    const selected = map.selected();
    switch (ev.key) {
      case 'Enter':
        if (selected && map.open(selected)) ev.preventDefault();
        break;
      case 'Escape':
        if (selected) {
          ev.preventDefault();
          map.select(undefined);
        }
        break;
      case '+':
      case '=':
        ev.preventDefault();
        map.changeView('zoom-in');
        break;
      case '-':
        ev.preventDefault();
        map.changeView('zoom-out');
        break;
      case '0':
        ev.preventDefault();
        map.changeView('fit');
        break;
    }
  });
}
