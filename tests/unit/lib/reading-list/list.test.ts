import { describe, expect, it } from 'vitest';
import {
  combineExports,
  exportUrl,
  harvardListHtml,
  harvardListText,
  updateReference,
  undoRemoval,
  removedFrom,
  itemUrl,
  markRead,
  moveSaved,
  parseSavedList,
  removeSaved,
  serialiseSavedList,
  toggleSaved,
  type SavedItem,
} from '../../../../src/lib/reading-list/list';
import { referenceLabel } from '../../../../src/client/reading-list/save-buttons';

const item = (id: string, text: string, extra: Partial<SavedItem> = {}): SavedItem => ({
  id,
  label: id,
  reference: [{ text }],
  added: '2026-11-23T10:00:00.000Z',
  read: false,
  ...extra,
});
const lipsky = item('work:lipsky2010', 'Lipsky, M. (2010) Street-Level Bureaucracy.');
const fraser = item('work:fraser2013', 'Fraser, N. (2013) The Fortunes of Feminism.');
const doc = item('document:the-personal-is-political', 'Mohamed, O. (2023) The personal is political.');

describe('the stored list', () => {
  it('reads back what it wrote', () => {
    const list = [
      lipsky,
      { ...fraser, reference: [{ text: 'Fraser, N. (2013) ' }, { text: 'The Fortunes of Feminism', italic: true as const }, { text: '.' }] },
    ];
    expect(parseSavedList(serialiseSavedList(list))).toEqual({ items: list, unreadable: 0 });
  });

  it('is empty when nothing is stored', () => {
    expect(parseSavedList(null)).toEqual({ items: [], unreadable: 0 });
    expect(parseSavedList('')).toEqual({ items: [], unreadable: 0 });
  });

  it('counts what it cannot read instead of failing, and keeps the rest', () => {
    expect(parseSavedList('{not json')).toEqual({ items: [], unreadable: 1 });
    expect(parseSavedList('{"id":"work:x"}')).toEqual({ items: [], unreadable: 1 });
    const stored = JSON.stringify([lipsky, { ...fraser, id: 'film:x' }, { ...doc, label: '' }, { ...doc, added: 'yesterday' }, 42, doc]);
    expect(parseSavedList(stored)).toEqual({ items: [lipsky, doc], unreadable: 4 });
  });

  it('keeps one copy of an item saved twice', () => {
    expect(parseSavedList(JSON.stringify([lipsky, { ...lipsky, read: true }])).items).toEqual([lipsky]);
  });

  it('drops links that are not the site’s own pages or web addresses', () => {
    const stored = JSON.stringify([
      {
        ...lipsky,
        reference: [
          { text: 'x', href: 'javascript:alert(1)' },
          { text: 'y', href: 'https://doi.org/10.1/x' },
          { text: 'z', href: '/documents/a/' },
          { text: 'w', href: '//evil.example/' },
          { text: 'v', href: '/\\evil.example/' },
          { text: 'u', href: '/\t/evil.example/' },
          { text: 't', href: 'https://doi.org/\n10.1/y' },
        ],
      },
    ]);
    expect(parseSavedList(stored).items[0]?.reference).toEqual([
      { text: 'x' },
      { text: 'y', href: 'https://doi.org/10.1/x' },
      { text: 'z', href: '/documents/a/' },
      { text: 'w' },
      { text: 'v' },
      { text: 'u' },
      { text: 't', href: 'https://doi.org/10.1/y' },
    ]);
  });
});

describe('changing the list', () => {
  it('saves at the end and unsaves on a second toggle', () => {
    const once = toggleSaved([lipsky], fraser);
    expect(once.map((i) => i.id)).toEqual(['work:lipsky2010', 'work:fraser2013']);
    expect(toggleSaved(once, { ...fraser, added: 'later' }).map((i) => i.id)).toEqual(['work:lipsky2010']);
  });

  it('replaces a saved reference, keeping the rest, and says when nothing changed', () => {
    const list = [lipsky, { ...fraser, read: true }];
    const fresh = [{ text: 'Fraser, N. (2013) ' }, { text: 'Fortunes', italic: true as const }];
    const next = updateReference(list, 'work:fraser2013', fresh);
    expect(next[1]).toEqual({ ...fraser, read: true, reference: fresh });
    expect(next[0]).toBe(lipsky);
    expect(updateReference(next, 'work:fraser2013', fresh)).toBe(next);
    expect(updateReference(list, 'work:nobody', fresh)).toBe(list);
  });

  it('undoes a removal by putting the items back in their places, keeping every change made since', () => {
    const before = [lipsky, fraser, doc];
    const removed = removedFrom(before, new Set(['work:fraser2013']));
    expect(removed).toEqual([{ item: fraser, index: 1 }]);
    // Since the removal: Lipsky marked read, a new item saved, the document removed elsewhere.
    const now = [{ ...lipsky, read: true }, item('work:new2024', 'New, A. (2024)')];
    expect(undoRemoval(removed, now).map((i) => `${i.id}${i.read ? ' (read)' : ''}`)).toEqual(['work:lipsky2010 (read)', 'work:fraser2013', 'work:new2024']);
    // A whole list cleared and put back, in order; an item saved again meanwhile is not doubled.
    const all = removedFrom(before, new Set(before.map((i) => i.id)));
    expect(undoRemoval(all, []).map((i) => i.id)).toEqual(before.map((i) => i.id));
    expect(undoRemoval(all, [doc]).map((i) => i.id)).toEqual(['work:lipsky2010', 'work:fraser2013', 'document:the-personal-is-political']);
  });

  it('removes, marks read and moves without touching the other items', () => {
    const list = [lipsky, fraser, doc];
    expect(removeSaved(list, 'work:fraser2013')).toEqual([lipsky, doc]);
    expect(markRead(list, 'work:fraser2013', true).map((i) => i.read)).toEqual([false, true, false]);
    expect(moveSaved(list, 'document:the-personal-is-political', -1).map((i) => i.id)).toEqual([
      'work:lipsky2010',
      'document:the-personal-is-political',
      'work:fraser2013',
    ]);
    expect(moveSaved(list, 'work:lipsky2010', -1)).toEqual(list);
    expect(moveSaved(list, 'document:the-personal-is-political', 1)).toEqual(list);
    expect(list.map((i) => i.id)).toEqual(['work:lipsky2010', 'work:fraser2013', 'document:the-personal-is-political']);
  });
});

describe('exporting the list', () => {
  it('finds each item’s page', () => {
    expect(itemUrl('work:lipsky2010')).toBe('/bibliography/lipsky2010/');
    expect(itemUrl('document:essay-charlotte-pitt')).toBe('/documents/essay-charlotte-pitt/');
    expect(itemUrl('concept:mutual-aid')).toBe('/concepts/mutual-aid/');
  });

  it('finds each item’s static export file', () => {
    expect(exportUrl('work:lipsky2010', 'bib')).toBe('/bibliography/lipsky2010.bib');
    expect(exportUrl('document:essay-charlotte-pitt', 'ris')).toBe('/documents/essay-charlotte-pitt/citation.ris');
    expect(exportUrl('concept:mutual-aid', 'json')).toBe('/concepts/mutual-aid/citation.json');
  });

  it('joins BibTeX and RIS records and merges CSL-JSON arrays', () => {
    expect(combineExports('bib', ['@book{a,\n}\n', '\n@book{b,\n}\n\n'])).toBe('@book{a,\n}\n\n@book{b,\n}\n');
    expect(combineExports('ris', ['TY  - BOOK\nER  - \n', 'TY  - JOUR\nER  - \n'])).toBe('TY  - BOOK\nER  - \n\nTY  - JOUR\nER  - \n');
    expect(JSON.parse(combineExports('json', ['[{"id":"a"}]', '[{"id":"b"},{"id":"c"}]']))).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
  });

  it('copies as HTML with the titles in italics, escaped, alphabetical', () => {
    const a = item('work:a', '');
    const list = [
      { ...a, id: 'work:z', reference: [{ text: 'Zed, A. (2020) ' }, { text: 'Care & <Control>', italic: true as const }, { text: '.' }] },
      {
        ...a,
        reference: [
          { text: 'Abel, B. (2019) ' },
          { text: 'Title', italic: true as const },
          { text: '. Available at: ' },
          { text: 'https://x.org/?a=1&b=2', href: 'https://x.org/?a=1&b=2' },
        ],
      },
    ];
    expect(harvardListHtml(list)).toBe(
      '<p>Abel, B. (2019) <i>Title</i>. Available at: https://x.org/?a=1&amp;b=2</p>\n<p>Zed, A. (2020) <i>Care &amp; &lt;Control&gt;</i>.</p>',
    );
  });

  it('copies as a Harvard reference list: one a line, alphabetical', () => {
    expect(harvardListText([lipsky, doc, fraser])).toBe(
      ['Fraser, N. (2013) The Fortunes of Feminism.', 'Lipsky, M. (2010) Street-Level Bureaucracy.', 'Mohamed, O. (2023) The personal is political.'].join(
        '\n',
      ),
    );
  });
});

describe('short names of saved works', () => {
  it('are the reference up to its year, as a Harvard reference opens', () => {
    expect(referenceLabel('Lipsky, M. (2010) Street-Level Bureaucracy: Dilemmas of the Individual in Public Services.')).toBe('Lipsky, M. (2010)');
    expect(referenceLabel('  Department\nof Health (no date) Guidance.')).toBe('Department of Health (no date)');
  });

  it('fall back to the first words when no year comes early', () => {
    expect(referenceLabel('An untitled leaflet handed out at a meeting about the closure of the local library and the youth centre in the town.')).toBe(
      'An untitled leaflet handed out at a meeting…',
    );
    expect(referenceLabel('Short title.')).toBe('Short title.');
  });
});
