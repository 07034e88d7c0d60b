import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { readingListSchema } from '../../../../src/content/schemas/reading-lists';
import { contentRefs } from '../../../../src/content/schemas/shared';
import { listSlug, toReadingListFile } from '../../../../src/lib/reading-list/reading-list-file';
import type { ListItem, MyList } from '../../../../src/lib/reading-list/lists';

// The schema checked against this corpus's own files, as the build checks a curated list.
const names = (dir: string, ext: RegExp) => () => new Set(readdirSync(`src/content/${dir}`).map((f) => f.replace(ext, '')));
const schema = readingListSchema(
  contentRefs({ concepts: names('concepts', /\.mdx?$/), works: names('bibliography', /\.json$/), documents: names('documents', /\.mdx?$/) }),
);

const item = (id: string, extra: Partial<ListItem> = {}): ListItem => ({
  id,
  label: id,
  reference: [{ text: id }],
  added: '2026-11-01T00:00:00.000Z',
  read: false,
  ...extra,
});

const list: MyList = {
  id: 'l1',
  title: 'SW1001: “Start here” – week by week',
  module: 'SW1001 Foundations of social work',
  audience: 'First-year BA Social Work students',
  author: 'A. Lecturer',
  introduction: 'Read the essentials first.\n\nThen: the rest # not a comment, "quoted" and a\u2028separator.',
  sections: [
    { id: 's1', title: 'Week 1: what social work is for' },
    { id: 's2', title: 'Week 2 - solidarity: yes/no?' },
  ],
  items: [
    item('document:the-personal-is-political', { section: 's1', importance: 'essential', note: 'Why: it names the problem.' }),
    item('concept:mutual-aid', { section: 's2', importance: 'recommended' }),
    item('work:lipsky2010', { section: 's1', importance: 'further', note: '- a note that looks like YAML: [x]' }),
  ],
};

describe('a list downloaded as a reading-list file', () => {
  it('parses as YAML and passes the curated lists’ schema, with every section, item, importance and note', () => {
    const file = toReadingListFile(list, '2026-11-28');
    if (!file.ok) throw new Error(file.problems.join(' '));
    expect(file.name).toBe('sw1001-start-here-week-by-week.yaml');
    const parsed = schema.safeParse(load(file.yaml));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual({
      title: list.title,
      module: list.module,
      audience: list.audience,
      author: list.author,
      revised: '2026-11-28',
      introduction: list.introduction,
      sections: [
        {
          title: 'Week 1: what social work is for',
          items: [
            { document: 'the-personal-is-political', importance: 'essential', note: 'Why: it names the problem.' },
            { work: 'lipsky2010', importance: 'further', note: '- a note that looks like YAML: [x]' },
          ],
        },
        { title: 'Week 2 - solidarity: yes/no?', items: [{ concept: 'mutual-aid', importance: 'recommended' }] },
      ],
    });
  });

  it('is refused, saying what to fill in, when the list lacks what a published list needs', () => {
    const bare: MyList = {
      id: 'l1',
      title: 'Mine',
      sections: [{ id: 's1', title: 'Empty week' }],
      items: [item('work:lipsky2010'), item('work:gone2001', { importance: 'essential' })],
    };
    const file = toReadingListFile(bare, '2026-11-28', new Set(['work:gone2001']));
    expect(file).toEqual({
      ok: false,
      problems: [
        'Fill in the list’s module, audience, author, introduction (under “Details for a handout”).',
        'Put these items in a section: work:lipsky2010; work:gone2001.',
        'Add items to, or remove, the section “Empty week”.',
        'Mark the importance (essential, recommended or further) of: work:lipsky2010.',
        'Remove what the site no longer has: work:gone2001.',
      ],
    });
  });

  it('is named from the title, or "reading-list" when the title has no letters', () => {
    expect(listSlug('Érudit: Week 1!')).toBe('erudit-week-1');
    expect(listSlug('✓✓')).toBe('reading-list');
  });
});
