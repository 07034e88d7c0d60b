import { describe, expect, it } from 'vitest';
import { sameState, stateFromSearch, stateToSearch } from '../../../../src/client/search/url-state';

describe('search state in the URL', () => {
  it('reads the query and the filters', () => {
    expect(stateFromSearch('?q=solidarity&kind=Document&concept=Mutual+aid')).toEqual({
      q: 'solidarity',
      filters: { kind: ['Document'], concept: ['Mutual aid'] },
    });
    expect(stateFromSearch('?source=Student+essay&source=Practice+writing&author=Holly+Clarke&year=2024')).toEqual({
      q: '',
      filters: { 'source type': ['Student essay', 'Practice writing'], author: ['Holly Clarke'], year: ['2024'] },
    });
    expect(stateFromSearch('')).toEqual({ q: '', filters: {} });
  });

  it('writes a stable URL: q first, filters in a fixed order, values sorted', () => {
    expect(stateToSearch({ q: ' solidarity ', filters: { concept: ['Mutual aid'], kind: ['Document'] } })).toBe(
      '?q=solidarity&kind=Document&concept=Mutual+aid',
    );
    expect(stateToSearch({ q: '', filters: { 'source type': ['Student essay', 'Author manuscript'] } })).toBe('?source=Author+manuscript&source=Student+essay');
    expect(stateToSearch({ q: '', filters: {} })).toBe('');
    expect(stateToSearch({ q: '"the wasp"', filters: { kind: [] } })).toBe('?q=%22the+wasp%22');
  });

  it('reads a parameter it does not know as a filter of that name', () => {
    expect(stateFromSearch('?first-letter=A')).toEqual({ q: '', filters: { 'first letter': ['A'] } });
    expect(stateToSearch({ q: '', filters: { 'first letter': ['A'], year: ['2024'] } })).toBe('?year=2024&first-letter=A');
  });

  it('round-trips', () => {
    const s = { q: 'humpty dumpty', filters: { kind: ['Concept', 'Document'], year: ['n.d.'] } };
    expect(sameState(stateFromSearch(stateToSearch(s)), s)).toBe(true);
  });
});
