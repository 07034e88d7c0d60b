import { describe, expect, it } from 'vitest';
import { curatedAsMyList, myListLinkFor, savedIdOf } from '../../../../src/lib/reading-lists/my-list-link';
import { decodeList } from '../../../../src/lib/reading-list/shared-list';
import { itemCode } from '../../../../src/lib/reading-list/item-code';
import type { ReadingListData } from '../../../../src/content/schemas/reading-lists';
import { readContent } from '../../../../src/lib/content/read-content';

const list: Pick<ReadingListData, 'title' | 'revised' | 'sections'> = {
  title: 'Start here',
  revised: '2026-11-28',
  sections: [
    {
      title: 'Week 1',
      items: [
        { document: 'essay-charlotte-pitt', importance: 'essential', note: 'Read it all.' },
        { concept: 'care-and-control', importance: 'recommended' },
      ],
    },
    {
      title: 'Week 2',
      items: [
        { passage: { document: 'essay-charlotte-pitt', paragraph: 'p-8' }, importance: 'recommended', note: 'The barrier.' },
        { passage: { document: 'essay-omar-mohamed', paragraph: 'p-4' }, importance: 'further' },
        { work: 'lipsky2010', importance: 'further' },
      ],
    },
  ],
};

describe('a curated list offered to My list', () => {
  it('names each item as My list does', () => {
    expect(list.sections.flatMap((s) => s.items).map(savedIdOf)).toEqual([
      'document:essay-charlotte-pitt',
      'concept:care-and-control',
      'document:essay-charlotte-pitt',
      'document:essay-omar-mohamed',
      'work:lipsky2010',
    ]);
  });

  it('keeps sections, importance and notes; a passage becomes its text with the passage named in the note', () => {
    const mine = curatedAsMyList(list);
    expect(mine.sections.map((s) => s.title)).toEqual(['Week 1', 'Week 2']);
    expect(mine.items.map(({ id, section, importance, note }) => ({ id, section, importance, note }))).toEqual([
      { id: 'document:essay-charlotte-pitt', section: 's1', importance: 'essential', note: 'Read it all. Read para. 8. The barrier.' },
      { id: 'concept:care-and-control', section: 's1', importance: 'recommended', note: undefined },
      { id: 'document:essay-omar-mohamed', section: 's2', importance: 'further', note: 'Read para. 4.' },
      { id: 'work:lipsky2010', section: 's2', importance: 'further', note: undefined },
    ]);
  });

  it('makes a link that My list reads back to the same title, sections, items and notes', async () => {
    const link = await myListLinkFor(list);
    expect(link).toMatch(/^\/my-list\/#l=[A-Za-z0-9_-]+$/);
    const decoded = await decodeList(link.slice('/my-list/#l='.length));
    expect(decoded?.title).toBe('Start here');
    expect(decoded?.sections).toEqual(['Week 1', 'Week 2']);
    expect(decoded?.items).toEqual([
      { code: itemCode('document:essay-charlotte-pitt'), section: 0, importance: 'essential', note: 'Read it all. Read para. 8. The barrier.' },
      { code: itemCode('concept:care-and-control'), section: 0, importance: 'recommended' },
      { code: itemCode('document:essay-omar-mohamed'), section: 1, importance: 'further', note: 'Read para. 4.' },
      { code: itemCode('work:lipsky2010'), section: 1, importance: 'further' },
    ]);
  });

  it('carries every item of the real lists', async () => {
    const lists = readContent().content.readingLists;
    expect(lists.length).toBeGreaterThanOrEqual(3);
    for (const data of lists) {
      const file = data.slug;
      const decoded = await decodeList((await myListLinkFor(data)).slice('/my-list/#l='.length));
      const ids = new Set(data.sections.flatMap((s) => s.items).map(savedIdOf));
      expect(decoded?.items.map((i) => i.code).sort(), file).toEqual([...ids].map(itemCode).sort());
    }
  });
});
