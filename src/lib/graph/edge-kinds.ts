/**
 * The kinds of edge on the theory map, each with how it reads from its source and from its
 * target: a concept appears in a text (the text mentions it), a thinker coined or shaped a
 * concept, and the relations between concepts (src/lib/concepts/relation-types.ts). Plain
 * data: the builder (concept-graph.ts) writes the labels into /graph.json, and the map in the
 * browser and the lists built with the page read the inverses from here.
 */
import { RELATION_TYPES } from '../concepts/relation-types.ts';

export const EDGE_READINGS = {
  'appears-in': { label: 'appears in', inverse: 'mentions' },
  'coined-by': { label: 'coined by', inverse: 'coined' },
  'shaped-by': { label: 'shaped by', inverse: 'shaped' },
  ...RELATION_TYPES,
} as const;

export type EdgeKind = keyof typeof EDGE_READINGS;

/** True for the relations between concepts (not a concept's texts or thinkers). */
export const isConceptRelation = (kind: EdgeKind): boolean => kind in RELATION_TYPES;
