import { describe, expect, it } from 'vitest';
import { IMPORTANCE as SCHEMA_IMPORTANCE } from '../../../../src/content/schemas/reading-lists';
import {
  IMPORTANCE,
  MAX_STORED,
  addList,
  addSection,
  currentList,
  deleteList,
  emptyState,
  groups,
  inReadingOrder,
  migrateV1,
  moveInSection,
  moveSection,
  parseState,
  removeSection,
  serialiseState,
  setImportance,
  setItemSection,
  setNote,
  setTitle,
  unusedTitle,
  type ListItem,
  type ListsState,
  type MyList,
} from '../../../../src/lib/reading-list/lists';

const item = (id: string, extra: Partial<ListItem> = {}): ListItem => ({
  id,
  label: id.split(':')[1]!,
  reference: [{ text: `${id} ` }, { text: 'Title', italic: true }],
  added: '2026-11-01T10:00:00.000Z',
  read: false,
  ...extra,
});

const list: MyList = {
  id: 'l1',
  title: 'SW1001',
  module: 'SW1001 Foundations',
  sections: [
    { id: 's1', title: 'Week 1' },
    { id: 's2', title: 'Week 2' },
  ],
  items: [
    item('work:a', { section: 's2', importance: 'essential', note: 'Why.' }),
    item('work:b'),
    item('document:c', { section: 's1' }),
    item('concept:d', { section: 's2' }),
  ],
};
const state: ListsState = { v: 2, current: 'l1', lists: [list, { id: 'l2', title: 'Other', sections: [], items: [item('work:z')] }] };

describe('the stored lists', () => {
  it('come back as they were stored', () => {
    expect(parseState(serialiseState(state))).toEqual({ state, problems: [] });
  });

  it('start as one empty list when nothing is stored', () => {
    expect(parseState(null)).toEqual({ state: emptyState(), problems: [] });
    expect(currentList(emptyState()).items).toEqual([]);
  });

  it('use the schema’s importance words', () => {
    expect(IMPORTANCE).toEqual(SCHEMA_IMPORTANCE);
  });

  it('say what could not be read when the stored text is not JSON, not ours, or too large', () => {
    for (const raw of ['{not json', '[1,2]', '{"v":3,"lists":[]}', '"text"', 'null', ' '.repeat(MAX_STORED + 1)]) {
      const parsed = parseState(raw);
      expect(parsed.problems.length, raw.slice(0, 20)).toBeGreaterThan(0);
      expect(parsed.state).toEqual(emptyState());
    }
  });

  it('keep what can be read and name what cannot: bad items, bad sections, unknown keys dropped', () => {
    const raw = JSON.stringify({
      v: 2,
      current: 'nope',
      extra: 'unknown key',
      lists: [
        {
          id: 'l1',
          title: '  Week plan  ',
          sections: [{ id: 's1', title: 'One' }, { id: 's1', title: 'Repeat' }, 'x'],
          items: [
            { ...item('work:a'), section: 's1', importance: 'vital', note: 7, colour: 'red' },
            { ...item('work:b'), section: 's9', importance: 'further', note: '  Keep  ' },
            { id: 'film:x', label: 'x' },
            { ...item('work:c'), reference: [{ text: 'x', href: 'javascript:alert(1)' }] },
          ],
        },
        { id: 'bad id!', title: 'x' },
        'not a list',
        { id: 'l1', title: 'Same id' },
      ],
    });
    const { state: s, problems } = parseState(raw);
    expect(s.current).toBe('l1');
    expect(s.lists).toHaveLength(1);
    const l = s.lists[0]!;
    expect(l.title).toBe('Week plan');
    expect(l.sections).toEqual([{ id: 's1', title: 'One' }]);
    expect(l.items.map((i) => i.id)).toEqual(['work:a', 'work:b', 'work:c']);
    expect(l.items[0]).not.toHaveProperty('importance');
    expect(l.items[0]).not.toHaveProperty('note');
    expect(l.items[0]).not.toHaveProperty('colour');
    expect(l.items[0]!.section).toBe('s1');
    expect(l.items[1]).toMatchObject({ importance: 'further', note: 'Keep' });
    expect(l.items[1]).not.toHaveProperty('section');
    expect(l.items[2]!.reference).toEqual([{ text: 'x' }]);
    expect(problems).toEqual([
      'a section of “Week plan” could not be read',
      'a section of “Week plan” could not be read',
      '1 item of “Week plan” could not be read',
      'list 2 has no usable id',
      'list 3 is not a list',
      'the items of “Same id” could not be read',
      'list 4 repeats another list’s id',
    ]);
  });

  it('cut an overlong title or note to their limits', () => {
    const raw = JSON.stringify({
      v: 2,
      current: 'l1',
      lists: [{ id: 'l1', title: 'T'.repeat(5_000), sections: [], items: [{ ...item('work:a'), note: 'n'.repeat(50_000) }] }],
    });
    const l = parseState(raw).state.lists[0]!;
    expect(l.title).toHaveLength(200);
    expect(l.items[0]!.note).toHaveLength(2_000);
  });
});

describe('the first format, migrated', () => {
  it('becomes the first list, every item kept in order', () => {
    const old = [item('work:a', { read: true }), item('document:b')];
    const { state: s, problems } = migrateV1(JSON.stringify(old));
    expect(problems).toEqual([]);
    expect(s.lists).toEqual([{ id: 'l1', title: 'My reading list', sections: [], items: old }]);
    expect(parseState(serialiseState(s)).state).toEqual(s);
  });

  it('says how many entries could not be read', () => {
    expect(migrateV1(JSON.stringify([item('work:a'), { id: 'work:b' }])).problems).toEqual(['1 saved entry of your earlier list could not be read']);
    expect(migrateV1('{broken').problems).toEqual(['1 saved entry of your earlier list could not be read']);
  });
});

describe('changing lists', () => {
  it('adds a list as a new one, never replacing one, with a title not yet used', () => {
    const next = addList(state, { title: unusedTitle(state, 'SW1001'), sections: [], items: [] });
    expect(next.lists.map((l) => [l.id, l.title])).toEqual([
      ['l1', 'SW1001'],
      ['l2', 'Other'],
      ['l3', 'SW1001 (2)'],
    ]);
    expect(next.current).toBe('l3');
  });

  it('deletes a list, moving to another; the last list is emptied, not removed', () => {
    expect(deleteList(state, 'l1')).toEqual({ v: 2, current: 'l2', lists: [state.lists[1]] });
    expect(deleteList({ ...state, lists: [list] }, 'l1')).toEqual(emptyState());
  });

  it('keeps a title, or the default for an empty one', () => {
    expect(setTitle(list, '  Week plan ').title).toBe('Week plan');
    expect(setTitle(list, '   ').title).toBe('My reading list');
  });

  it('groups items by section, loose items first, in order', () => {
    expect(groups(list).map((g) => [g.section?.title, g.items.map((i) => i.id)])).toEqual([
      [undefined, ['work:b']],
      ['Week 1', ['document:c']],
      ['Week 2', ['work:a', 'concept:d']],
    ]);
    expect(inReadingOrder(list).map((i) => i.id)).toEqual(['work:b', 'document:c', 'work:a', 'concept:d']);
  });

  it('adds, moves and removes sections; a removed section’s items stay, in none', () => {
    const added = addSection(list, ' Week 3 ');
    expect(added.sections.at(-1)).toEqual({ id: 's3', title: 'Week 3' });
    expect(moveSection(list, 's2', -1).sections.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(moveSection(list, 's1', -1)).toBe(list);
    const removed = removeSection(list, 's2');
    expect(removed.items.map((i) => i.id)).toEqual(list.items.map((i) => i.id));
    expect(removed.items.filter((i) => i.section)).toHaveLength(1);
  });

  it('moves an item into a section (at its end), and within its section', () => {
    expect(groups(setItemSection(list, 'work:b', 's2'))[2]!.items.map((i) => i.id)).toEqual(['work:a', 'concept:d', 'work:b']);
    expect(setItemSection(list, 'work:a', 'no-such').items.find((i) => i.id === 'work:a')).not.toHaveProperty('section');
    expect(groups(moveInSection(list, 'concept:d', -1))[2]!.items.map((i) => i.id)).toEqual(['concept:d', 'work:a']);
    expect(moveInSection(list, 'work:a', -1)).toBe(list);
  });

  it('sets and clears importance and notes', () => {
    expect(setImportance(list, 'work:b', 'further').items[1]!.importance).toBe('further');
    expect(setImportance(list, 'work:a', undefined).items[0]).not.toHaveProperty('importance');
    expect(setNote(list, 'work:b', '  Look at chapter 2 ').items[1]!.note).toBe('Look at chapter 2');
    expect(setNote(list, 'work:a', ' ').items[0]).not.toHaveProperty('note');
  });
});
