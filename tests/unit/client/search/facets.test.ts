import { describe, expect, it } from 'vitest';
import { allPages, applySelection, cleanSelection, facetCounts, passes, type Membership } from '../../../../src/client/search/facets';

const m = (o: Record<string, Record<string, string[]>>): Membership =>
  new Map(Object.entries(o).map(([k, v]) => [k, new Map(Object.entries(v).map(([val, ids]) => [val, new Set(ids)]))]));

// d1–d3 documents, c1–c2 concepts, b the bibliography.
const membership = m({
  kind: { Document: ['d1', 'd2', 'd3'], Concept: ['c1', 'c2'], Reference: ['b'] },
  'source type': { 'Student essay': ['d1', 'd2'], 'Peer-reviewed research': ['d3'] },
  concept: { 'Mutual aid': ['d1', 'd3', 'c1'], Austerity: ['d2', 'd3', 'c2'] },
});
const results = ['d1', 'd2', 'd3', 'c1', 'c2', 'b'].map((id) => ({ id }));

describe('applySelection', () => {
  it('keeps only concept pages for kind=Concept', () => {
    expect(applySelection(results, { kind: ['Concept'] }, membership).map((r) => r.id)).toEqual(['c1', 'c2']);
  });

  it('widens within a filter (OR) and narrows across filters (AND)', () => {
    expect(applySelection(results, { kind: ['Concept', 'Reference'] }, membership).map((r) => r.id)).toEqual(['c1', 'c2', 'b']);
    expect(applySelection(results, { kind: ['Document'], concept: ['Mutual aid'] }, membership).map((r) => r.id)).toEqual(['d1', 'd3']);
    expect(applySelection(results, { 'source type': ['Student essay'], concept: ['Austerity'] }, membership).map((r) => r.id)).toEqual(['d2']);
  });

  it('ignores empty filters', () => {
    expect(applySelection(results, { kind: [] }, membership)).toHaveLength(6);
    expect(passes('b', {}, membership)).toBe(true);
  });
});

describe('facetCounts', () => {
  it('counts every value among the results', () => {
    const counts = facetCounts(['d1', 'd2', 'c1'], {}, membership);
    expect(Object.fromEntries(counts.get('kind')!)).toEqual({ Document: 2, Concept: 1, Reference: 0 });
    expect(Object.fromEntries(counts.get('concept')!)).toEqual({ 'Mutual aid': 2, Austerity: 1 });
  });

  it('applies the other filters but not a filter’s own choices', () => {
    const counts = facetCounts(
      results.map((r) => r.id),
      { kind: ['Document'] },
      membership,
    );
    // Ticking Concept as well would add the two concept pages.
    expect(Object.fromEntries(counts.get('kind')!)).toEqual({ Document: 3, Concept: 2, Reference: 1 });
    expect(Object.fromEntries(counts.get('concept')!)).toEqual({ 'Mutual aid': 2, Austerity: 2 });
    expect(Object.fromEntries(counts.get('source type')!)).toEqual({ 'Student essay': 2, 'Peer-reviewed research': 1 });
  });
});

describe('helpers', () => {
  it('lists every page and drops unknown filter values', () => {
    expect(allPages(membership).sort()).toEqual(['b', 'c1', 'c2', 'd1', 'd2', 'd3']);
    expect(cleanSelection({ kind: ['Concept', 'Nope'], colour: ['red'], concept: [] }, membership)).toEqual({ kind: ['Concept'] });
  });
});
