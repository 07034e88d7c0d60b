import { describe, expect, it } from 'vitest';
import { readMapState, writeMapState } from '../../../../src/lib/graph/map-state';

describe('the map view in the address', () => {
  it('reads the selection and the filters, and a concept page’s ?focus= as that concept', () => {
    expect(readMapState(new URLSearchParams('node=document:x&text=group:essays&hide=thinker,document&hide-links=appears-in'))).toEqual({
      node: 'document:x',
      text: 'group:essays',
      hiddenKinds: ['thinker', 'document'],
      hiddenLinks: ['appears-in'],
    });
    expect(readMapState(new URLSearchParams('focus=solidarity'))).toEqual({ node: 'concept:solidarity', text: '', hiddenKinds: [], hiddenLinks: [] });
    expect(readMapState(new URLSearchParams('focus=solidarity&node=concept:austerity')).node).toBe('concept:austerity');
    expect(readMapState(new URLSearchParams(''))).toEqual({ text: '', hiddenKinds: [], hiddenLinks: [] });
  });

  it('writes only what differs from the map as it opens, keeps other parameters and drops ?focus=', () => {
    const url = new URL('https://example.org/graph/?focus=solidarity&utm=x#lists');
    const written = writeMapState(url, { node: 'concept:solidarity', text: '', hiddenKinds: ['thinker'], hiddenLinks: [] });
    expect(written.search).toBe('?utm=x&node=concept%3Asolidarity&hide=thinker');
    expect(written.hash).toBe('#lists');
    expect(writeMapState(written, { text: '', hiddenKinds: [], hiddenLinks: [] }).search).toBe('?utm=x');
  });

  it('reads back what it writes', () => {
    const state = { node: 'document:a', text: 'document:a', hiddenKinds: ['thinker'], hiddenLinks: ['appears-in', 'coined-by'] };
    expect(readMapState(writeMapState(new URL('https://example.org/graph/'), state).searchParams)).toEqual(state);
  });
});
