/** Doubts and inferences: their schema, and how they reach readers (notes shown, dead links unlinked). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cslItemSchema, type CslItem } from '../../../../src/content/schemas/bibliography';
import { readerNotes, unlinkIncomplete } from '../../../../src/lib/citations/editorial-notes';
import { formatEntries } from '../../../../src/lib/citations/format';
import { STYLE_NAMES } from '../../../../src/lib/citations/styles';
import { buildReferenceList } from '../../../../src/lib/citations/reference-list';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const truncated: CslItem = {
  id: 'blakemore2020',
  type: 'article-journal',
  author: [{ family: 'Blakemore', given: 'T.' }],
  issued: { 'date-parts': [[2020]] },
  title: 'Social media, empathy and interpersonal skills',
  'container-title': 'Social Work Education',
  DOI: '10.1080/02615479.2019.161963',
  custom: {
    inferences: [{ field: 'original-date', note: 'First published in 1980.' }],
    doubts: [
      { field: 'DOI', note: 'The DOI as printed looks cut short.', incomplete: true },
      { field: 'author', note: 'The second author is spelt two ways.' },
    ],
  },
};

describe('doubt and inference schema', () => {
  it('accepts a doubt with a CSL field, a note and the incomplete flag, and an inference', () => {
    expect(issues(cslItemSchema.safeParse(truncated))).toEqual([]);
  });
  it('rejects a misspelt field, naming where it is and the names allowed', () => {
    const bad = { ...truncated, custom: { doubts: [{ field: 'DOl', note: 'x' }] } };
    const [message] = issues(cslItemSchema.safeParse(bad));
    expect(message).toMatch(/^custom\.doubts\.0\.field: "DOl" is not a CSL field name: use one of .*\bDOI\b/);
    const inference = { ...truncated, custom: { inferences: [{ field: 'orginal-date', note: 'x' }] } };
    expect(issues(cslItemSchema.safeParse(inference))[0]).toMatch(/^custom\.inferences\.0\.field: "orginal-date" is not a CSL field name/);
  });
  it('rejects the old plain-string doubts, a doubt without a note, and "incomplete" on a field that is not a link', () => {
    expect(issues(cslItemSchema.safeParse({ ...truncated, custom: { doubts: ['kept, not verified'] } }))[0]).toMatch(/^custom\.doubts\.0: /);
    expect(issues(cslItemSchema.safeParse({ ...truncated, custom: { doubts: [{ field: 'DOI' }] } }))[0]).toMatch(/^custom\.doubts\.0\.note: /);
    expect(issues(cslItemSchema.safeParse({ ...truncated, custom: { doubts: [{ field: 'title', note: 'x', incomplete: true }] } }))).toEqual([
      'custom.doubts.0.incomplete: "incomplete" applies only to a doubt about the DOI or the URL (field "DOI" or "URL")',
    ]);
  });
});

describe('unlinkIncomplete', () => {
  const html =
    'Blakemore, T. (2020) ‘Social media’. Available at: <a href="https://doi.org/10.1080/02615479.2019.161963">https://doi.org/10.1080/02615479.2019.161963</a>.';
  it('keeps the DOI as text but removes its link', () => {
    expect(unlinkIncomplete(truncated, html)).toBe('Blakemore, T. (2020) ‘Social media’. Available at: https://doi.org/10.1080/02615479.2019.161963.');
  });
  it('leaves other links, and records without an incomplete doubt, untouched', () => {
    const other = `${html} <a href="https://example.org/a?x=1&amp;y=2">here</a>`;
    expect(unlinkIncomplete(truncated, other)).toContain('<a href="https://example.org/a?x=1&amp;y=2">here</a>');
    const sound = { ...truncated, custom: { doubts: [{ field: 'DOI' as const, note: 'Spelt oddly.' }] } };
    expect(unlinkIncomplete(sound, html)).toBe(html);
  });
  it('unlinks an incomplete URL, matched exactly', () => {
    const page: CslItem = {
      id: 'x',
      type: 'webpage',
      URL: 'https://a.org/p?q=1&r=2',
      custom: { doubts: [{ field: 'URL', note: 'cut short', incomplete: true }] },
    };
    expect(unlinkIncomplete(page, 'See <a href="https://a.org/p?q=1&amp;r=2">https://a.org/p?q=1&amp;r=2</a> and <a href="https://a.org/">a</a>')).toBe(
      'See https://a.org/p?q=1&amp;r=2 and <a href="https://a.org/">a</a>',
    );
  });
  it('applies to every formatted entry, in both styles', () => {
    for (const style of STYLE_NAMES) {
      const entry = formatEntries([truncated], style).get('blakemore2020')!;
      expect(entry, style).toContain('https://doi.org/10.1080/02615479.2019.161963');
      expect(entry, style).not.toContain('<a ');
    }
  });
});

describe('doubts and inferences reach the reference view', () => {
  const works = new Map<string, CslItem>([
    ['blakemore2020', truncated],
    [
      'thompson2008',
      {
        id: 'thompson2008',
        type: 'document',
        author: [{ family: 'Thompson' }],
        custom: { doubts: [{ field: 'entry', note: 'Only the family name and year are known.' }] },
      },
    ],
  ]);
  const view = buildReferenceList(
    'doc-a',
    {
      heading: 'References',
      entries: [{ key: 'blakemore2020', line: 5, printed: 'Blakemore, T. (2020)' }],
      unlisted: [{ key: 'thompson2008', line: 2, mention: 'Thompson, 2008', note: 'Not in the list.' }],
    },
    works,
    formatEntries([...works.values()], 'harvard'),
    [{ key: 'thompson2008', id: 'cite-thompson2008-1', passage: 'p-2', sentence: '' }],
  );
  it('carries each inference and doubt of a listed work, in order', () => {
    expect(view.entries[0]!.inferences).toEqual(['First published in 1980.']);
    expect(view.entries[0]!.doubts).toEqual(['The DOI as printed looks cut short.', 'The second author is spelt two ways.']);
    expect(view.entries[0]!.html).not.toContain('<a ');
  });
  it('carries an unlisted mention’s note and its work’s doubts', () => {
    expect(view.unlisted[0]!.note).toBe('Not in the list.');
    expect(view.unlisted[0]!.doubts).toEqual(['Only the family name and year are known.']);
  });
  it('readerNotes is empty for a work without notes', () => {
    expect(readerNotes({ id: 'a', type: 'book' })).toEqual({ inferences: [], doubts: [] });
  });
});

describe('the records’ notes', () => {
  const dir = join(process.cwd(), 'src/content/bibliography');
  const records = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CslItem);
  const slugs = readdirSync(join(process.cwd(), 'src/content/documents')).map((f) => f.replace(/\.mdx$/, ''));
  it('speak to readers: no document slugs, file names, record keys or schema paths', () => {
    const keys = records.map((r) => r.id);
    for (const r of records) {
      for (const note of [...(r.custom?.doubts ?? []), ...(r.custom?.inferences ?? [])].map((n) => n.note)) {
        for (const word of [...slugs, ...keys, '.json', 'custom.', 'source line']) expect(note, `${r.id}: "${note}"`).not.toContain(word);
        expect(note, r.id).toMatch(/^[A-Z0-9“‘“[]/);
      }
    }
  });
  it('flag as incomplete exactly the DOIs that look cut short (fewer digits after the year than the publisher’s complete ones)', () => {
    const flagged = records
      .filter((r) => r.custom?.doubts?.some((d) => d.incomplete))
      .map((r) => r.id)
      .sort();
    expect(flagged).toEqual(['blakemore2020', 'byrne2019', 'chan2019', 'turner2016']);
    for (const r of records.filter((x) => x.DOI?.startsWith('10.1080/'))) {
      const short = /\.\d{4}\.\d{1,6}$/.test(r.DOI!);
      expect(flagged.includes(r.id), `${r.id} ${r.DOI}`).toBe(short);
    }
  });
  it('give an original date only with an inference saying where it comes from, and never after the cited year', () => {
    for (const r of records.filter((x) => x['original-date'])) {
      expect(
        r.custom?.inferences?.some((i) => i.field === 'original-date'),
        r.id,
      ).toBe(true);
      expect(r['original-date']!['date-parts']![0]![0]!).toBeLessThan(r.issued!['date-parts']![0]![0]!);
    }
    expect(
      records
        .filter((x) => x['original-date'])
        .map((r) => r.id)
        .sort(),
    ).toEqual(['foucault1997', 'lipsky2010', 'polanyi2001', 'titmuss2019']);
  });
});
