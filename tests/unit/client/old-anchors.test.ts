import { describe, expect, it } from 'vitest';
import { isMovedTextAnchor, oldTextAnchorTarget, oldWorkAnchorTarget } from '../../../src/client/old-anchors';

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

describe('old links to a text on the map’s lists', () => {
  const list = { pageSize: 2, texts: ['a', 'b', 'c'] };
  it('are told apart from ids on the page and other anchors', () => {
    const onPage = (id: string) => id === 'list-document-here';
    expect(isMovedTextAnchor('#list-document-a', onPage)).toBe(true);
    expect(isMovedTextAnchor('#list-document-here', onPage)).toBe(false);
    expect(isMovedTextAnchor('#list-concept-mutual-aid', onPage)).toBe(false);
    expect(isMovedTextAnchor('#%E0%A4%A', onPage)).toBe(false);
  });
  it('go to the entry on the page of texts that holds it', () => {
    expect(oldTextAnchorTarget('#list-document-a', list)).toBe('/graph/texts/#list-document-a');
    expect(oldTextAnchorTarget('#list-document-c', list)).toBe('/graph/texts/2/#list-document-c');
    expect(oldTextAnchorTarget('#list-document-gone', list)).toBeUndefined();
  });
});
