import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBibliographyIndex, cslTypeName, documentWorkKeys, sortAuthorOf, worksByKey } from '../../../../src/lib/citations/bibliography';
import { cslItemSchema, type CslItem } from '../../../../src/content/schemas/bibliography';

const dir = join(process.cwd(), 'src/content/bibliography');
const records = readdirSync(dir).map((f) => ({ file: f, data: JSON.parse(readFileSync(join(dir, f), 'utf8')) as CslItem }));

describe('bibliography records', () => {
  it('hold about 120 distinct works or more, each valid, each named by its key', () => {
    expect(records.length).toBeGreaterThanOrEqual(120);
    for (const r of records) {
      const parsed = cslItemSchema.safeParse(r.data);
      expect(parsed.success, `${r.file}: ${parsed.error?.message}`).toBe(true);
      expect(`${r.data.id}.json`).toBe(r.file);
    }
  });
  it('never record one work twice (same DOI, or same first author, year and title)', () => {
    const seen = new Map<string, string>();
    for (const { data } of records) {
      const sig = [data.DOI?.toLowerCase(), `${sortAuthorOf(data)}|${data.issued?.['date-parts']?.[0]?.[0]}|${data.title?.toLowerCase().replace(/\W+/g, '')}`];
      for (const s of sig) {
        if (!s || s.endsWith('|undefined')) continue;
        expect(seen.get(s), `${data.id} duplicates ${seen.get(s)} (${s})`).toBeUndefined();
        seen.set(s, data.id);
      }
    }
  });
  it('record each correction with what the source printed', () => {
    const crenshaw = records.find((r) => r.data.id === 'crenshaw2013')!.data;
    expect(crenshaw.issued?.['date-parts']?.[0]?.[0]).toBe(2013);
    expect(crenshaw.custom?.corrections?.[0]).toMatchObject({ field: 'issued', printed: '2103', corrected: '2013' });
  });
});

describe('buildBibliographyIndex', () => {
  const works = worksByKey([
    { id: 'lipsky2010', data: { id: 'lipsky2010', type: 'book', author: [{ family: 'Lipsky', given: 'M.' }], issued: { 'date-parts': [[2010]] } } },
    {
      id: 'basw2014',
      data: { id: 'basw2014', type: 'report', author: [{ literal: 'British Association of Social Workers' }], issued: { 'date-parts': [[2014]] } },
    },
    { id: 'frontiersnd', data: { id: 'frontiersnd', type: 'article-journal', title: 'The Facilitating resilience' } },
  ]);
  const index = buildBibliographyIndex(works, [
    {
      id: 'a',
      title: 'A',
      citations: [
        { key: 'lipsky2010', id: 'cite-lipsky2010-1', passage: 'p-3', sentence: 'One (Lipsky, 2010).' },
        { key: 'lipsky2010', id: 'cite-lipsky2010-2', passage: 'p-8', sentence: 'Two.' },
      ],
      listedKeys: new Set(['lipsky2010']),
    },
    {
      id: 'b',
      title: 'B',
      citations: [{ key: 'lipsky2010', id: 'cite-lipsky2010-1', passage: 'p-1', sentence: 'Three.' }],
      listedKeys: new Set(['lipsky2010', 'basw2014']),
    },
  ]);
  it('sorts by author (corporate names and titles without a leading article)', () => {
    expect(index.map((e) => e.key)).toEqual(['basw2014', 'frontiersnd', 'lipsky2010']);
  });
  it('counts citations per work across documents and names each citing document', () => {
    const lipsky = index.find((e) => e.key === 'lipsky2010')!;
    expect(lipsky.citationCount).toBe(3);
    expect(lipsky.citedBy.map((d) => [d.id, d.citations.map((c) => c.passage)])).toEqual([
      ['a', ['p-3', 'p-8']],
      ['b', ['p-1']],
    ]);
    expect(index.find((e) => e.key === 'basw2014')!.citedBy).toEqual([{ id: 'b', title: 'B', citations: [], listed: true }]);
    expect(index.find((e) => e.key === 'frontiersnd')!.citedBy).toEqual([]);
  });
});

describe('documentWorkKeys', () => {
  it('lists printed entries first, then unlisted works and in-text-only citations, once each', () => {
    expect(
      documentWorkKeys(
        {
          heading: null,
          entries: [
            { key: 'b', line: 1, printed: 'x' },
            { key: 'b', line: 2, printed: 'x' },
          ],
          unlisted: [{ key: 'c', line: 3, mention: 'm' }],
        },
        ['a', 'b'],
      ),
    ).toEqual(['b', 'c', 'a']);
  });
});

describe('cslTypeName', () => {
  it('names the CSL types for readers, and leaves a type it has no name for as CSL spells it', () => {
    expect(cslTypeName('article-journal')).toBe('Journal article');
    expect(cslTypeName('chapter')).toBe('Book chapter');
    expect(cslTypeName('post-weblog')).toBe('Blog post');
    expect(cslTypeName('paper-conference')).toBe('Conference paper');
    expect(cslTypeName('motion_picture')).toBe('motion_picture');
  });

  it('has a name for every type the bibliography holds', () => {
    const unnamed = [...new Set(records.map((r) => r.data.type))].filter((t) => cslTypeName(t) === t);
    expect(unnamed).toEqual([]);
  });
});
