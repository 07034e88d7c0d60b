import { describe, expect, it } from 'vitest';
import { EDGE_READINGS, isConceptRelation, type EdgeKind } from '../../../../src/lib/graph/edge-kinds';
import { RELATION_TYPE_NAMES, RELATION_TYPES } from '../../../../src/lib/concepts/relation-types';
import { EDGE_KIND_ORDER, edgeLegend } from '../../../../src/lib/graph/palette';

describe('edge kinds', () => {
  it('read every kind both ways: the map’s own links and each concept relation', () => {
    expect(EDGE_READINGS['appears-in']).toEqual({ label: 'appears in', inverse: 'mentions' });
    expect(EDGE_READINGS['coined-by']).toEqual({ label: 'coined by', inverse: 'coined' });
    expect(EDGE_READINGS['shaped-by']).toEqual({ label: 'shaped by', inverse: 'shaped' });
    expect(EDGE_READINGS['example-of']).toEqual({ label: 'is an example of', inverse: 'has as an example' });
    for (const type of RELATION_TYPE_NAMES) expect(EDGE_READINGS[type]).toBe(RELATION_TYPES[type]);
    expect(Object.keys(EDGE_READINGS)).toHaveLength(RELATION_TYPE_NAMES.length + 3);
  });

  it('tell the relations between concepts from a concept’s texts and thinkers', () => {
    expect(RELATION_TYPE_NAMES.every(isConceptRelation)).toBe(true);
    expect((['appears-in', 'coined-by', 'shaped-by'] as EdgeKind[]).some(isConceptRelation)).toBe(false);
  });

  it('give the map’s key its text, in its order: relations first', () => {
    expect(EDGE_KIND_ORDER.map(edgeLegend)).toEqual([
      'extends',
      'critiques',
      'contrasts with',
      'is an example of',
      'operationalises',
      'is part of',
      'responds to',
      'draws on',
      'coined by (concept → thinker)',
      'shaped by (concept → thinker)',
      'appears in (concept → text)',
    ]);
  });
});
