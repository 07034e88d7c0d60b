/**
 * COinS context objects from CSL records: the OpenURL 1.0 KEV keys Zotero's COinS reader
 * (Zotero.Utilities.parseContextObject) turns into each item type and field. Whether Zotero
 * really saves them right is checked against Zotero itself in tests/site/zotero-picklists.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { coinsContextObject } from '../../../../src/lib/citations/coins';
import type { CslItem } from '../../../../src/content/schemas/bibliography';

/** The context object as [key, decoded value] pairs, in order. */
const pairs = (item: CslItem) =>
  coinsContextObject(item)!
    .split('&')
    .map((kv) => kv.split('=').map(decodeURIComponent) as [string, string]);
const get = (item: CslItem, key: string) =>
  pairs(item)
    .filter(([k]) => k === key)
    .map(([, v]) => v);

describe('coinsContextObject', () => {
  it('writes a journal article in the journal format: atitle, jtitle, volume, issue, start and end page, DOI', () => {
    const item: CslItem = {
      id: 'a',
      type: 'article-journal',
      title: 'Solidarity is not a dirty word',
      author: [
        { family: 'Hill', given: 'D.' },
        { family: 'Bell', given: 'M.' },
      ],
      'container-title': 'Critical and Radical Social Work',
      volume: '12',
      issue: '3',
      page: '1–14',
      DOI: '10.1332/x',
      issued: { 'date-parts': [[2024, 5]] },
    };
    expect(pairs(item)).toEqual([
      ['ctx_ver', 'Z39.88-2004'],
      ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
      ['rft_id', 'info:doi/10.1332/x'],
      ['rft.genre', 'article'],
      ['rft.atitle', 'Solidarity is not a dirty word'],
      ['rft.jtitle', 'Critical and Radical Social Work'],
      ['rft.volume', '12'],
      ['rft.issue', '3'],
      ['rft.spage', '1'],
      ['rft.epage', '14'],
      ['rft.aulast', 'Hill'],
      ['rft.aufirst', 'D.'],
      ['rft.aulast', 'Bell'],
      ['rft.aufirst', 'M.'],
      ['rft.date', '2024-05'],
    ]);
  });

  it('writes books, chapters and reports in the book format with genre book, bookitem and report', () => {
    const book: CslItem = {
      id: 'b',
      type: 'book',
      title: 'Feminist social work',
      publisher: 'Macmillan',
      'publisher-place': 'London',
      edition: '2nd',
      'collection-title': 'Critical texts',
    };
    expect(get(book, 'rft.genre')).toEqual(['book']);
    expect(get(book, 'rft.btitle')).toEqual(['Feminist social work']);
    expect([get(book, 'rft.pub'), get(book, 'rft.place'), get(book, 'rft.edition'), get(book, 'rft.series')]).toEqual([
      ['Macmillan'],
      ['London'],
      ['2nd'],
      ['Critical texts'],
    ]);
    const chapter: CslItem = { id: 'c', type: 'chapter', title: 'The absence of society', 'container-title': 'Contemporary Social Evils', page: '30–39' };
    expect([get(chapter, 'rft.genre'), get(chapter, 'rft.atitle'), get(chapter, 'rft.btitle')]).toEqual([
      ['bookitem'],
      ['The absence of society'],
      ['Contemporary Social Evils'],
    ]);
    const report: CslItem = { id: 'r', type: 'report', title: 'Stability Index', publisher: "Children's Commissioner" };
    expect([get(report, 'rft.genre'), get(report, 'rft.btitle'), get(report, 'rft.pub')]).toEqual([
      ['report'],
      ['Stability Index'],
      ["Children's Commissioner"],
    ]);
  });

  it('writes a thesis in the dissertation format with its institution and degree', () => {
    const thesis: CslItem = { id: 't', type: 'thesis', title: 'A study', publisher: 'Cardiff University', genre: 'PhD Thesis' };
    expect(get(thesis, 'rft_val_fmt')).toEqual(['info:ofi/fmt:kev:mtx:dissertation']);
    expect([get(thesis, 'rft.title'), get(thesis, 'rft.inst'), get(thesis, 'rft.degree')]).toEqual([['A study'], ['Cardiff University'], ['PhD Thesis']]);
  });

  it("writes web pages, blog posts, newspaper and magazine articles in Dublin Core with Zotero's item type and the site or periodical as source", () => {
    const cases: [CslItem['type'], string][] = [
      ['webpage', 'webpage'],
      ['post-weblog', 'blogPost'],
      ['article-newspaper', 'newspaperArticle'],
      ['article-magazine', 'magazineArticle'],
    ];
    for (const [type, zoteroType] of cases) {
      const item: CslItem = {
        id: 'w',
        type,
        title: 'T',
        'container-title': 'The Guardian',
        URL: 'https://e.org/a?b=c&d',
        accessed: { 'date-parts': [[2020, 6, 3]] },
      };
      expect(get(item, 'rft_val_fmt'), type).toEqual(['info:ofi/fmt:kev:mtx:dc']);
      expect(get(item, 'rft.type'), type).toEqual([zoteroType]);
      expect(get(item, 'rft.source'), type).toEqual(['The Guardian']);
      // The address survives encoding (its & and = are escaped).
      expect(get(item, 'rft_id'), type).toEqual(['https://e.org/a?b=c&d']);
    }
  });

  it('keeps an organisation whole and in its place among the authors (rft.aulast, not rft.au which Zotero splits)', () => {
    const item: CslItem = { id: 'o', type: 'report', title: 'Guide', author: [{ literal: 'BASW' }, { family: 'Laming' }, { literal: 'CWIP' }] };
    expect(pairs(item).filter(([k]) => k.startsWith('rft.au'))).toEqual([
      ['rft.aulast', 'BASW'],
      ['rft.aulast', 'Laming'],
      ['rft.aulast', 'CWIP'],
    ]);
  });

  it('gives nothing for a work without a title (Zotero would try to look it up elsewhere)', () => {
    expect(coinsContextObject({ id: 'x', type: 'document', author: [{ family: 'Alexander' }], issued: { 'date-parts': [[2009]] } })).toBeUndefined();
  });
});
