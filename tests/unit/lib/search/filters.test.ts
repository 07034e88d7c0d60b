import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, SEARCH_FILTERS, SOURCE_TYPES, filterOrder, keywordSearchHref, searchFilter, sortFilterValues } from '../../../../src/lib/search/filters';
import { stateFromSearch } from '../../../../src/client/search/url-state';
import { conceptSearchFields, documentSearchFields, workSearchFields } from '../../../../src/lib/search/fields';
import type { DocumentData } from '../../../../src/content/schemas/documents';

describe('the search filters', () => {
  it('have one name, parameter and label each', () => {
    for (const key of ['name', 'param', 'label'] as const) {
      const all = SEARCH_FILTERS.map((f) => f[key]);
      expect(new Set(all).size, key).toBe(all.length);
    }
    expect(searchFilter('source type')).toMatchObject({ param: 'source', label: 'Source type' });
    expect(searchFilter('colour')).toBeUndefined();
  });

  it('list the source types in the order of SOURCE_TYPES', () => {
    expect(searchFilter('source type')?.values).toEqual(['Peer-reviewed research', 'Author manuscript', 'Practice writing', 'Student essay']);
    expect(searchFilter('source type')?.values).toEqual(Object.values(SOURCE_TYPES));
  });

  it('are what the pages give Pagefind', () => {
    const names = SEARCH_FILTERS.map((f) => f.name as string);
    const doc = {
      type: 'student-essay',
      authors: [{ name: 'Holly Clarke' }],
      issued: '2024-05-01',
      keywords: [],
      subjects: ['empathy', 'austerity'],
    } as unknown as DocumentData;
    const given = [documentSearchFields(doc, ['Mutual aid']), conceptSearchFields('Mutual aid', 'social theory'), workSearchFields({})];
    for (const fields of given) {
      for (const name of Object.keys(fields.filters)) expect(names).toContain(name);
      expect(PAGE_KINDS).toContain(fields.meta.kind);
      expect(fields.filters.kind).toEqual([fields.meta.kind]);
    }
    expect(Object.keys(given[0]!.filters)).toEqual(names);
    expect(given[0]!.filters).toMatchObject({ 'source type': ['Student essay'], author: ['Holly Clarke'], year: ['2024'], keyword: ['austerity', 'empathy'] });
  });

  it('give a work’s page its authors and year as the hit shows them', () => {
    const two = workSearchFields({ author: [{ family: 'Hill', given: 'D.' }, { literal: 'Social Workers Union' }], issued: { 'date-parts': [[2019, 5]] } });
    expect(two.meta).toEqual({ kind: 'Reference', authors: 'D. Hill and Social Workers Union', year: '2019' });
    expect(workSearchFields({ editor: [{ family: 'Beck' }] }).meta).toEqual({ kind: 'Reference', authors: 'Beck', year: 'n.d.' });
    expect(workSearchFields({}).meta.authors).toBe('Bibliography');
    // A work's hit is called by its title, not by its page's short reference.
    expect(workSearchFields({ title: ' Street-level bureaucracy ', author: [{ family: 'Lipsky' }] }).meta.title).toBe('Street-level bureaucracy');
    expect(workSearchFields({}).meta).not.toHaveProperty('title');
  });
});

describe('filterOrder', () => {
  it('puts the known filters in their order, then others alphabetically', () => {
    expect(filterOrder(['year', 'zeta', 'kind', 'alpha', 'concept'])).toEqual(['kind', 'concept', 'year', 'alpha', 'zeta']);
    expect(filterOrder([])).toEqual([]);
  });
});

describe('sortFilterValues', () => {
  it('keeps a fixed order where the filter has one, others after it alphabetically', () => {
    expect(sortFilterValues('kind', ['Reference', 'Page', 'Document', 'Concept', 'Atlas'])).toEqual(['Document', 'Concept', 'Reference', 'Atlas', 'Page']);
    expect(sortFilterValues('source type', ['Student essay', 'Practice writing', 'Peer-reviewed research'])).toEqual([
      'Peer-reviewed research',
      'Practice writing',
      'Student essay',
    ]);
  });

  it('lists years newest first, undated last', () => {
    expect(sortFilterValues('year', ['2019', 'n.d.', '2024', '1971'])).toEqual(['2024', '2019', '1971', 'n.d.']);
  });

  it('lists other values alphabetically, a "No …" value last', () => {
    expect(sortFilterValues('author', ['No author given', 'Maxine Bell', 'darren Hill', 'Erika Laredo'])).toEqual([
      'darren Hill',
      'Erika Laredo',
      'Maxine Bell',
      'No author given',
    ]);
    expect(sortFilterValues('first letter', ['b', 'A'])).toEqual(['A', 'b']);
  });

  it('does not change the list it is given', () => {
    const values = ['2019', '2024'];
    sortFilterValues('year', values);
    expect(values).toEqual(['2019', '2024']);
  });

  it('a keyword leads to the search page filtered by it, as the page reads its address', () => {
    const href = keywordSearchHref('social work theory');
    expect(href).toBe('/search/?keyword=social+work+theory');
    expect(stateFromSearch(new URL(href, 'https://x.org').search)).toEqual({ q: '', filters: { keyword: ['social work theory'] } });
  });
});
