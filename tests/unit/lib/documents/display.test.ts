import { describe, expect, it } from 'vitest';
import {
  countWords,
  dateStatement,
  displayYear,
  pageDescription,
  formatAuthorNames,
  formatIssued,
  formatVenue,
  groupDocuments,
  listLabel,
  shortName,
  neighbours,
  readingMinutes,
} from '../../../../src/lib/documents/display';
import { nestHeadings } from '../../../../src/lib/documents/toc';

describe('formatAuthorNames', () => {
  it('joins names in British style', () => {
    expect(formatAuthorNames([{ name: 'Darren Hill' }])).toBe('Darren Hill');
    expect(formatAuthorNames([{ name: 'A' }, { name: 'B' }])).toBe('A and B');
    expect(formatAuthorNames([{ name: 'A' }, { name: 'B' }, { name: 'C' }])).toBe('A, B and C');
  });
  it('says when no author is given instead of inventing one', () => {
    expect(formatAuthorNames([])).toBe('No author given');
  });
});

describe('dates', () => {
  it('shows n.d. for an undated text, and an undated manuscript under the year it is cited by (its published version’s)', () => {
    expect(displayYear({ issued: null })).toEqual({ text: 'n.d.', note: 'no date given' });
    expect(displayYear({ issued: '2020-08-14' })).toEqual({ text: '2020' });
    // The manuscript is cited as its published version (documentToCsl), so its year is that version's everywhere.
    expect(displayYear({ issued: null, publishedVersion: { container: 'EJSW', issued: '2020', basis: 'x' } })).toEqual({
      text: '2020',
      note: 'manuscript undated; year of the published version',
    });
  });
  it('says in the title block that a manuscript is undated and when it was published, never only "No date given"', () => {
    expect(dateStatement({ issued: null, publishedVersion: { container: 'EJSW', issued: '2020', basis: 'x' } })).toEqual({
      text: 'Manuscript undated; published 2020, and cited by that date',
      missing: false,
    });
    expect(dateStatement({ issued: null })).toEqual({ text: 'No date given', missing: true });
    expect(dateStatement({ issued: '2020-08-14' })).toEqual({ text: '14 August 2020', missing: false });
  });
  it('labels the meta description as the site’s summary (Zotero saves it as the abstract of a text without one)', () => {
    expect(pageDescription({ summary: 'It argues X.' })).toBe('Solidarity Atlas summary: It argues X.');
  });
  it('formats partial dates as precisely as given', () => {
    expect(formatIssued('2020-08-14')).toBe('14 August 2020');
    expect(formatIssued('2020-08')).toBe('August 2020');
    expect(formatIssued('2024')).toBe('2024');
    expect(formatIssued(null)).toBe('No date given');
  });
});

describe('formatVenue', () => {
  it('prints only the parts that exist', () => {
    expect(formatVenue({ container: 'EJSW', volume: '23', issue: '6', pages: '969-79' })).toBe('EJSW, 23(6), pp. 969–79');
    expect(formatVenue({ container: 'Medium' })).toBe('Medium');
    expect(formatVenue({ pages: '5' })).toBe('p. 5');
    expect(formatVenue({})).toBe('');
  });
});

describe('reading time', () => {
  it('counts words of running text, not markup or imports', () => {
    expect(countWords("import X from './x.astro';\n\n## Intro\n\nOne *two* [three](https://x.org/a-b-c).\n\n<X>four</X>")).toBe(5);
  });
  it('rounds at 230 words a minute, at least one minute', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(2300))).toBe(10);
  });
});

describe('grouping and order', () => {
  const docs = [
    { id: 'e', data: { type: 'student-essay' as const, order: 5 } },
    { id: 'a', data: { type: 'journal-article' as const, order: 1 } },
    { id: 'b', data: { type: 'blog-post' as const, order: 3 } },
    { id: 'm', data: { type: 'author-manuscript' as const, order: 2 } },
  ];
  it('groups research, practice writing and essays in reading order', () => {
    const groups = groupDocuments(docs);
    expect(groups.map((g) => [g.group.id, g.docs.map((d) => d.id)])).toEqual([
      ['research', ['a', 'm']],
      ['practice', ['b']],
      ['essays', ['e']],
    ]);
  });
  it('finds previous and next', () => {
    expect(neighbours(docs, 'a')).toEqual({ previous: undefined, next: docs[3] });
    expect(neighbours(docs, 'e')).toEqual({ previous: docs[2], next: undefined });
  });
});

describe('nestHeadings', () => {
  it('nests level-3 headings under level 2 and keeps a leading level 3', () => {
    const tree = nestHeadings([
      { depth: 3, slug: 'pre', text: 'Pre' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'A1x' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(tree.map((t) => [t.slug, t.children.map((c) => c.slug)])).toEqual([
      ['pre', []],
      ['a', ['a1']],
      ['b', []],
    ]);
  });
});

describe('listLabel', () => {
  const prompt = 'Working better together?';
  it('names an untitled student essay by its author', () => {
    expect(listLabel({ type: 'student-essay', title: prompt, prompt, authors: [{ name: 'Omar Mohamed' }] })).toEqual({ name: 'Omar Mohamed' });
  });
  it('adds a student essay’s own title after its author', () => {
    expect(
      listLabel({ type: 'student-essay', title: 'Beyond two metres apart', subtitle: 'Using social media', prompt, authors: [{ name: 'Holly Clarke' }] }),
    ).toEqual({ name: 'Holly Clarke', ownTitle: 'Beyond two metres apart: Using social media' });
  });
  it('names other documents by title and subtitle', () => {
    expect(listLabel({ type: 'journal-article', title: 'A', subtitle: 'b', authors: [{ name: 'X' }] })).toEqual({ name: 'A: b' });
  });
  it('gives a name for a sentence: "Essay by …" only for an essay without a title of its own', () => {
    expect(shortName({ type: 'student-essay', title: prompt, prompt, authors: [{ name: 'Omar Mohamed' }] })).toBe('Essay by Omar Mohamed');
    expect(shortName({ type: 'student-essay', title: 'Beyond', prompt, authors: [{ name: 'Holly Clarke' }] })).toBe('Holly Clarke');
    expect(shortName({ type: 'journal-article', title: 'A', subtitle: 'b', authors: [{ name: 'X' }] })).toBe('A: b');
  });
});

describe('countWords with hyphens', () => {
  it('counts a hyphenated word once and ignores list bullets and lone dashes', () => {
    expect(countWords('- street-level bureaucracy - and more')).toBe(4);
  });
});
