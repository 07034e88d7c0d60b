/**
 * The map as lists (components/graph/GraphLists.astro), kept within a hub page's size as the
 * corpus grows (lib/site/hub-limits.ts): each concept names the texts that mention it most
 * and links to the rest; the texts are listed on /graph/ while they are few, and on pages of
 * their own (/graph/texts/, …/2/) beyond. Build-time only.
 */
import { isConceptRelation } from './edge-kinds.ts';
import { relationsOf, type GraphIndex, type GraphNode, type Relation } from './model.ts';

/** The id of a node's entry in the lists: "list-concept-mutual-aid". */
export const listAnchor = (node: Pick<GraphNode, 'id'>): string => `list-${node.id.replace(':', '-')}`;

const byLabel = (a: GraphNode, b: GraphNode) => a.label.localeCompare(b.label, 'en-GB');

/** What an entry of the lists shows of a node: its relations to concepts, the texts (or concepts) it appears with, most mentions first, and its origins. */
export function listParts(index: GraphIndex, id: string): { relations: Relation[]; appearances: Relation[]; origins: Relation[] } {
  const rels = relationsOf(index, id);
  return {
    relations: rels.filter((r) => isConceptRelation(r.edge.kind)),
    appearances: rels.filter((r) => r.edge.kind === 'appears-in').sort((a, b) => b.edge.weight - a.edge.weight || byLabel(a.other, b.other)),
    origins: rels.filter((r) => r.edge.kind === 'coined-by' || r.edge.kind === 'shaped-by'),
  };
}

/** The first `max` items, and how many are left out. */
export function firstOf<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/** Whether /graph/ lists the texts itself, or links to their pages. */
export const textsInline = (count: number, inline: number): boolean => count <= inline;
