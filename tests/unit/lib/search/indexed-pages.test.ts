import { describe, expect, it } from 'vitest';
import { INDEXED_PAGES_GLOB, isIndexedPage } from '../../../../src/lib/search/indexed-pages';

describe('the pages Pagefind reads', () => {
  it('are the pages of texts, concepts and works', () => {
    expect(isIndexedPage('documents/essay-holly-clarke/index.html')).toBe(true);
    expect(isIndexedPage('concepts/solidarity/index.html')).toBe(true);
    expect(isIndexedPage('bibliography/lipsky2010/index.html')).toBe(true);
  });

  it('are not the reference lists, passages, further pages or hubs', () => {
    expect(isIndexedPage('documents/essay-holly-clarke/references/index.html')).toBe(false);
    expect(isIndexedPage('concepts/solidarity/passages/index.html')).toBe(false);
    expect(isIndexedPage('bibliography/lipsky2010/2/index.html')).toBe(false);
    expect(isIndexedPage('bibliography/index.html')).toBe(false);
    expect(isIndexedPage('index.html')).toBe(false);
    expect(isIndexedPage('texts/essays/index.html')).toBe(false);
  });

  it('are one glob for Pagefind', () => {
    expect(INDEXED_PAGES_GLOB).toBe('{documents,concepts,bibliography}/*/index.html');
  });
});
