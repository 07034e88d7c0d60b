import { describe, expect, it } from 'vitest';
import { movedAnchor, oldWorkAnchorTarget } from '../../../src/client/old-anchors';

describe('oldWorkAnchorTarget', () => {
  const onPage = (id: string) => ['lipsky2010', 'main'].includes(id);
  it('sends a work key the page does not hold to the work’s own page', () => {
    expect(oldWorkAnchorTarget('#hill2018a', onPage)).toBe('/bibliography/hill2018a/');
  });
  it('leaves ids on the page, empty hashes and anything that is not a key alone', () => {
    expect(oldWorkAnchorTarget('#lipsky2010', onPage)).toBeUndefined();
    expect(oldWorkAnchorTarget('#main', onPage)).toBeUndefined();
    expect(oldWorkAnchorTarget('', onPage)).toBeUndefined();
    expect(oldWorkAnchorTarget('#Not a key', onPage)).toBeUndefined();
    expect(oldWorkAnchorTarget('#../x', onPage)).toBeUndefined();
    expect(oldWorkAnchorTarget('#%E0%A4%A', onPage)).toBeUndefined();
  });
});

describe('movedAnchor', () => {
  const onPage = (id: string) => id === 'list-document-here';
  it('names an anchor with the prefix that is not on the page', () => {
    expect(movedAnchor('#list-document-a', 'list-document-', onPage)).toBe('list-document-a');
    expect(movedAnchor('#appears-essay%20x', 'appears-', onPage)).toBe('appears-essay x');
  });
  it('leaves ids on the page, other anchors and malformed hashes alone', () => {
    expect(movedAnchor('#list-document-here', 'list-document-', onPage)).toBeUndefined();
    expect(movedAnchor('#list-concept-mutual-aid', 'list-document-', onPage)).toBeUndefined();
    expect(movedAnchor('#list-document-', 'list-document-', onPage)).toBeUndefined();
    expect(movedAnchor('#%E0%A4%A', 'list-document-', onPage)).toBeUndefined();
    expect(movedAnchor('', 'list-document-', onPage)).toBeUndefined();
  });
});
