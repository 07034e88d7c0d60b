import { describe, expect, it } from 'vitest';
import { myListAnnotations, myListExport } from '../../../../src/lib/reading-list/list-exports';
import type { ListItem, MyList } from '../../../../src/lib/reading-list/lists';

const item = (id: string, more: Partial<ListItem> = {}): ListItem => ({
  id,
  label: id,
  reference: [{ text: id }],
  added: '2026-11-01T00:00:00.000Z',
  read: false,
  ...more,
});
const list: MyList = {
  id: 'l1',
  title: 'SW1001 week by week',
  sections: [{ id: 's1', title: 'Week 1: care, control; and care' }],
  items: [
    item('work:lipsky2010'),
    item('document:essay-charlotte-pitt', { section: 's1', importance: 'essential', note: 'Read it\n all.' }),
    item('concept:mutual-aid', { section: 's1', importance: 'further' }),
  ],
};
const origin = 'https://atlas.example.ac.uk';

describe('what My list says of its items in its downloads', () => {
  it('gives each item its place, section, importance, note and address; items outside a section say so', () => {
    const a = myListAnnotations(list, origin);
    expect(a.get('work:lipsky2010')).toEqual({
      tags: [],
      note: ['Reading list: SW1001 week by week, item 1, in no section', 'Read here: https://atlas.example.ac.uk/bibliography/lipsky2010/'],
    });
    expect(a.get('document:essay-charlotte-pitt')).toEqual({
      tags: ['Importance: essential', 'Reading list section: Week 1: care, control; and care'],
      note: [
        'Reading list: SW1001 week by week, section 1, item 1',
        'Reading list section: Week 1: care, control; and care',
        'Importance: essential',
        'Note: Read it all.',
        'Read here: https://atlas.example.ac.uk/documents/essay-charlotte-pitt/',
      ],
    });
    expect(a.get('concept:mutual-aid')?.note[0]).toBe('Reading list: SW1001 week by week, section 1, item 2');
  });

  it('adds them to RIS as KW and N1, to BibTeX as keywords (without Zotero’s separators) and a note, to CSL-JSON as a note', () => {
    const fetched = [{ item: list.items[1]!, file: 'TY  - JOUR\nTI  - Working better together\nER  - \n' }];
    const ris = myListExport('ris', list, fetched, origin);
    expect(ris).toContain('KW  - Importance: essential\nKW  - Reading list section: Week 1: care, control; and care\nN1  - Reading list: SW1001');
    expect(ris.trimEnd().endsWith('ER  -')).toBe(true);
    const bib = myListExport('bib', list, [{ item: list.items[1]!, file: '@article{pitt,\n\ttitle = {Working better together},\n}\n' }], origin);
    expect(bib).toContain('\tkeywords = {Importance: essential, Reading list section: Week 1: care – control – and care},');
    expect(bib).toMatch(
      /\tnote = \{Reading list: SW1001 week by week, section 1, item 1 · .* · Note: Read it all\. · Read here: https:\/\/atlas\.example\.ac\.uk\/documents\/essay-charlotte-pitt\/\},\n\}\n$/,
    );
    const csl = JSON.parse(myListExport('json', list, [{ item: list.items[1]!, file: '[{"id":"pitt","note":"Student essay"}]' }], origin)) as {
      note: string;
    }[];
    expect(csl[0]!.note.split('\n')).toEqual([
      'Student essay',
      'Reading list: SW1001 week by week, section 1, item 1',
      'Reading list section: Week 1: care, control; and care',
      'Importance: essential',
      'Note: Read it all.',
      'Read here: https://atlas.example.ac.uk/documents/essay-charlotte-pitt/',
    ]);
  });

  it('names the item whose file is not a record of its format', () => {
    expect(() => myListExport('ris', list, [{ item: list.items[1]!, file: '<!doctype html>' }], origin)).toThrow(/RIS export of document:essay-charlotte-pitt/);
    expect(() => myListExport('bib', list, [{ item: list.items[1]!, file: 'not bibtex' }], origin)).toThrow(/BibTeX export of document:essay-charlotte-pitt/);
  });
});
