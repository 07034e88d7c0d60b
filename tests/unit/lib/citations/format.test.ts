/**
 * Citation formatting through citation-js and the official CSL styles, checked against the
 * patterns of the style guides (Cite Them Right 12th ed., APA 7th ed.), and exports checked by
 * parsing them back with independent parsers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { read as readRis } from '@customcommander/ris';
import { Ajv } from 'ajv';
import {
  formatEntries,
  formatEachAlone,
  formatEntriesTogether,
  formatInText,
  formatInTextTogether,
  formatReference,
  toBibtex,
  toCslJson,
  toRis,
  zoteroExtraLines,
} from '../../../../src/lib/citations/format';
import type { CslItem } from '../../../../src/content/schemas/bibliography';

const dir = join(process.cwd(), 'src/content/bibliography');
const load = (key: string) => JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as CslItem;
const all = readdirSync(dir).map((f) => load(f.replace(/\.json$/, '')));

describe('Harvard (Cite Them Right)', () => {
  it('formats a journal article: Author (Year) ‘Title’, Journal, vol(issue), pp. x–y. Available at: DOI URL.', () => {
    expect(formatReference(load('hill2019'), 'harvard')).toBe(
      'Hill, D. and Laredo, E. (2019) ‘First and last and always: streetwork as a methodology for radical community social work practice’, Critical and Radical Social Work, 7(1), pp. 25–39. Available at: https://doi.org/10.1332/204986019X15491042559682.',
    );
  });
  it('formats a book: Author (Year) Title. Place: Publisher.', () => {
    expect(formatReference(load('harvey2005'), 'harvard')).toBe('Harvey, D. (2005) A Brief History of Neo Liberalism. Oxford: Oxford University Press.');
  });
  it('formats a chapter: Author (Year) ‘Chapter’, in Editor (ed.) Book. Place: Publisher, pp. x–y.', () => {
    expect(formatReference(load('bauman2009'), 'harvard')).toBe(
      'Bauman, Z. (2009) ‘The absence of society’, in D. Utting (ed.) Contemporary Social Evils. Bristol: Policy Press and Joseph Rowntree Foundation, pp. 30–39.',
    );
  });
  it('italicises the container in HTML and links the DOI', () => {
    const html = formatEntries([load('hill2019')], 'harvard').get('hill2019')!;
    expect(html).toContain('<i>Critical and Radical Social Work</i>');
    expect(html).toContain('<a href="https://doi.org/10.1332/204986019X15491042559682">');
  });
  it('says "no date" for an undated work, as Cite Them Right does', () => {
    expect(formatReference({ id: 'x', type: 'webpage', title: 'Page', author: [{ literal: 'NCERCC' }] }, 'harvard')).toMatch(/^NCERCC \(no date\) Page/);
  });
  it('keeps 2012a/2012b apart when one author has two works in a year', () => {
    const entries = formatEntries([load('ifsw2012'), load('ifsw2012b')], 'harvard', 'text');
    expect(entries.get('ifsw2012')).toContain('(2012a)');
    expect(entries.get('ifsw2012b')).toContain('(2012b)');
  });
});

describe('APA 7th edition', () => {
  it('formats a journal article: Author, A., & Author, B. (Year). Title: Subtitle. Journal, vol(issue), x–y. https://doi.org/… (capital after the colon, APA 7 §6.17)', () => {
    expect(formatReference(load('hill2019'), 'apa')).toBe(
      'Hill, D., & Laredo, E. (2019). First and last and always: Streetwork as a methodology for radical community social work practice. Critical and Radical Social Work, 7(1), 25–39. https://doi.org/10.1332/204986019X15491042559682',
    );
  });
  it('formats a book without the place of publication: Author (Year). Title. Publisher.', () => {
    expect(formatReference(load('harvey2005'), 'apa')).toBe('Harvey, D. (2005). A brief history of neo liberalism. Oxford University Press.');
  });
  it('formats a chapter: Author (Year). Chapter. In E. Editor (Ed.), Book (pp. x–y). Publisher.', () => {
    expect(formatReference(load('bauman2009'), 'apa')).toBe(
      'Bauman, Z. (2009). The absence of society. In D. Utting (Ed.), Contemporary social evils (pp. 30–39). Policy Press and Joseph Rowntree Foundation.',
    );
  });
});

describe('exports round-trip through independent parsers', () => {
  const year = (i: CslItem) => String(i.issued?.['date-parts']?.[0]?.[0] ?? '');
  const families = (i: CslItem) => (i.author ?? []).map((a) => a.family ?? a.literal);

  it('BibTeX parses with @retorquere/bibtex-parser, keeping keys, authors, year, title, container, pages and DOI', () => {
    const bib = toBibtex(all);
    const parsed = parseBibtex(bib, { sentenceCase: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(all.length);
    for (const item of all) {
      const e = parsed.entries.find((x) => x.key === item.id);
      expect(e, item.id).toBeDefined();
      const f = e!.fields as Record<string, unknown>;
      const authors =
        (f.author as { lastName?: string; prefix?: string; name?: string }[] | undefined)?.map(
          (a) => a.name ?? [a.prefix, a.lastName].filter(Boolean).join(' '),
        ) ?? [];
      expect(authors, item.id).toEqual(families(item));
      if (year(item)) expect(String(f.date).slice(0, 4), item.id).toBe(year(item));
      if (item.title) expect(String(f.title).replace(/\s+/g, ' '), item.id).toBe(item.title.replace(/\s+/g, ' '));
      if (item.DOI) expect(f.doi, item.id).toBe(item.DOI);
      if (item.page) expect(String(f.pages).replace(/[–-]+/g, '-'), item.id).toBe(item.page.replace(/\s*[–-]+\s*/g, '-'));
      if (item.type === 'article-journal' && item['container-title']) expect(f.journaltitle, item.id).toBe(item['container-title']);
    }
  });

  it('BibTeX is biblatex: access dates as urldate (not a note), web pages and blog posts as @online, newspapers and magazines by entrysubtype, the kind of thesis as type', () => {
    const items: CslItem[] = [
      { id: 'w', type: 'webpage', title: 'W', 'container-title': 'Site', URL: 'https://e.org/w', accessed: { 'date-parts': [[2020, 6, 3]] } },
      { id: 'b', type: 'post-weblog', title: 'B', 'container-title': 'Blog', URL: 'https://e.org/b' },
      { id: 'n', type: 'article-newspaper', title: 'N', 'container-title': 'The Guardian', issued: { 'date-parts': [[2020, 1, 28]] } },
      { id: 'm', type: 'article-magazine', title: 'M', 'container-title': 'Community Care', 'publisher-place': 'London' },
      { id: 't', type: 'thesis', title: 'T', genre: 'PhD Thesis', publisher: 'Cardiff University' },
    ];
    const parsed = parseBibtex(toBibtex(items), { sentenceCase: false });
    expect(parsed.errors).toEqual([]);
    const byKey = new Map(parsed.entries.map((e) => [e.key, e]));
    // biblatex manual §2.1.1 (@online) and §2.3.2 (urldate, entrysubtype, type).
    expect(byKey.get('w')).toMatchObject({ type: 'online', fields: { urldate: '2020-06-03', url: 'https://e.org/w' } });
    expect(byKey.get('w')!.fields.note).toBeUndefined();
    expect(byKey.get('b')!.type).toBe('online');
    expect(byKey.get('n')).toMatchObject({ type: 'article', fields: { entrysubtype: 'newspaper', journaltitle: 'The Guardian', date: '2020-01-28' } });
    expect(byKey.get('m')).toMatchObject({ type: 'article', fields: { entrysubtype: 'magazine', location: ['London'] } });
    expect(byKey.get('t')).toMatchObject({ type: 'thesis', fields: { type: 'PhD Thesis', institution: ['Cardiff University'] } });
  });

  it('BibTeX escapes & % $ # _ outside URLs and keeps non-Latin text', () => {
    const bib = toBibtex([{ id: 'x2020', type: 'book', title: 'Care & control: 50% of cases in Zürich', URL: 'https://e.org/a_b#c' }]);
    expect(bib).toContain('Care \\& control: 50\\%');
    expect(bib).toContain('ürich');
    expect(bib).toContain('url = {https://e.org/a_b#c}');
    expect(parseBibtex(bib, { sentenceCase: false }).entries[0]!.fields.title).toBe('Care & control: 50% of cases in Zürich');
  });

  it('BibTeX writes a full date as biblatex date (classic month cannot hold a day) and no month field', () => {
    const bib = toBibtex([{ id: 'post2019', type: 'post-weblog', title: 'A post', issued: { 'date-parts': [[2019, 9, 6]] } }]);
    expect(bib).toContain('\tdate = {2019-09-06},');
    expect(bib).not.toMatch(/month = /);
    const parsed = parseBibtex(bib, { sentenceCase: false });
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries[0]!.fields).toMatchObject({ date: '2019-09-06' });
    const monthOnly = toBibtex([{ id: 'r2020', type: 'report', title: 'R', issued: { 'date-parts': [[2020, 3]] } }]);
    expect(monthOnly).toContain('\tdate = {2020-03},\n');
  });

  it('RIS writes the access date as Y2 for every type, the full date as DA and the website as T2', () => {
    const ris = toRis([
      { id: 'w', type: 'webpage', title: 'W', 'container-title': 'Site', URL: 'https://e.org/w', accessed: { 'date-parts': [[2020, 6, 3]] } },
      { id: 'b', type: 'post-weblog', title: 'B', URL: 'https://e.org/b', accessed: { 'date-parts': [[2020, 6, 5]] } },
      {
        id: 'n',
        type: 'article-newspaper',
        title: 'N',
        author: [{ family: 'Butler', given: 'P.' }],
        'container-title': 'The Guardian',
        issued: { 'date-parts': [[2020, 1, 28]] },
      },
    ]);
    const [w, b, n] = ris.split('\n\n');
    expect(w).toMatch(/^Y2 {2}- 2020\/06\/03\/$/m);
    expect(w).toMatch(/^T2 {2}- Site$/m);
    expect(w).not.toMatch(/^M1 /m);
    expect(b).toMatch(/^Y2 {2}- 2020\/06\/05\/$/m);
    // citation-js writes a blog post's access date as its volume (VL).
    expect(b).not.toMatch(/^VL /m);
    expect(n).toMatch(/^DA {2}- 2020\/01\/28\/$/m);
    expect(n).toMatch(/^AU {2}- Butler, P\.$/m);
  });

  it('RIS parses with @customcommander/ris, one record per work, long URLs unbroken', () => {
    const records = readRis(toRis(all));
    expect(records).not.toBeNull();
    expect(records!).toHaveLength(all.length);
    for (const item of all) {
      const r = records!.find((x: Record<string, unknown>) => (x.ID as string[] | undefined)?.[0] === item.id.slice(0, 20)); // RIS IDs are at most 20 characters as Record<string, unknown[]> | undefined;
      expect(r, item.id).toBeDefined();
      const au = ((r!.AU ?? []) as { last_name: string }[]).map((a) => a.last_name);
      expect(au, item.id).toEqual(families(item));
      if (item.title) expect((r!.TI as string[])[0], item.id).toBe(item.title);
      if (item.DOI) expect((r!.DO as string[])[0], item.id).toBe(item.DOI);
      if (item.URL) expect((r!.UR as string[])[0], item.id).toBe(item.URL);
      if (year(item)) expect(JSON.stringify(r!.PY ?? r!.DA), item.id).toContain(year(item));
      if (item.type === 'article-journal' && item['container-title']) expect((r!.T2 ?? r!.JO ?? r!.JF) as string[], item.id).toContain(item['container-title']);
      if (item.page) expect(`${(r!.SP as string[])[0]}${r!.EP ? `-${(r!.EP as string[])[0]}` : ''}`, item.id).toBe(item.page.replace(/\s*[–-]+\s*/g, '-'));
    }
  });

  it('CSL-JSON validates against the official CSL-JSON schema and keeps every record', () => {
    const schema = JSON.parse(readFileSync(join(process.cwd(), 'src/csl/csl-data.json'), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const data = JSON.parse(toCslJson(all));
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(data.map((d: { id: string }) => d.id).sort()).toEqual(all.map((i) => i.id).sort());
    expect(data.every((d: Record<string, unknown>) => !('custom' in d))).toBe(true);
  });
});

describe('in-text citations (formatInText)', () => {
  it('gives both forms in Harvard: "(Lipsky, 2010)" and "Lipsky (2010)" (Cite Them Right, author-date citations)', () => {
    expect(formatInText([load('lipsky2010')], 'harvard').get('lipsky2010')).toEqual({ parenthetical: '(Lipsky, 2010)', narrative: 'Lipsky (2010)' });
  });
  it('puts a paragraph pinpoint after the year as "para." in both styles (APA 7 §8.28; Cite Them Right, citing specific parts)', () => {
    const item = {
      id: 'x',
      type: 'article-journal' as const,
      title: 'T',
      author: [
        { family: 'Hill', given: 'D.' },
        { family: 'Bell', given: 'M.' },
        { family: 'Laredo', given: 'E.' },
      ],
      issued: { 'date-parts': [[2024]] },
    };
    expect(formatInText([item], 'harvard', { label: 'paragraph', value: '12' }).get('x')).toEqual({
      parenthetical: '(Hill, Bell and Laredo, 2024, para. 12)',
      narrative: 'Hill, Bell and Laredo (2024, para. 12)',
    });
    expect(formatInText([item], 'apa', { label: 'paragraph', value: '12' }).get('x')).toEqual({
      parenthetical: '(Hill et al., 2024, para. 12)',
      narrative: 'Hill et al. (2024, para. 12)',
    });
  });
  it('writes "&" inside parentheses and "and" in running text in APA (APA 7 §8.17)', () => {
    const forms = formatInText([load('hill2019')], 'apa').get('hill2019')!;
    expect(forms.parenthetical).toBe('(Hill & Laredo, 2019)');
    expect(forms.narrative).toBe('Hill and Laredo (2019)');
  });
  it('keeps the 2012a/2012b suffixes of the bibliography when every work is registered together', () => {
    const forms = formatInText(all, 'harvard');
    expect(forms.get('ifsw2012')!.parenthetical).toMatch(/2012a\)$/);
    expect(forms.get('ifsw2012b')!.narrative).toMatch(/\(2012b\)$/);
  });
});

describe('each work formatted once per group it could be confused in, and reused', () => {
  // A list in an order no caller uses, so that nothing depends on the order of the records.
  const shuffled = [...all].sort((a, b) => (a.id.split('').reverse().join('') < b.id.split('').reverse().join('') ? -1 : 1));

  it('gives every work of the bibliography exactly what one citeproc run over the whole list gives, in both styles, HTML and text', () => {
    for (const style of ['harvard', 'apa'] as const) {
      for (const format of ['html', 'text'] as const) {
        expect(formatEntries(shuffled, style, format)).toEqual(formatEntriesTogether(shuffled, style, format));
        expect(formatInText(shuffled, style, undefined, format)).toEqual(formatInTextTogether(shuffled, style, undefined, format));
      }
      const pin = { label: 'paragraph', value: '7' } as const;
      expect(formatInText(shuffled, style, pin)).toEqual(formatInTextTogether(shuffled, style, pin));
    }
  }, 120_000);

  it('gives the same citations from records registered once as from records registered afresh', () => {
    const list = [load('ifsw2012'), load('ifsw2012b'), load('lipsky2010')];
    const one = { label: 'paragraph', value: '3' } as const;
    const range = { label: 'paragraph', value: '3–4' } as const;
    formatInTextTogether(list, 'apa', one);
    const reused = formatInTextTogether(list, 'apa', range);
    formatInTextTogether([load('hill2019')], 'apa', range);
    expect(formatInTextTogether(list, 'apa', range)).toEqual(reused);
    expect(reused.get('ifsw2012b')!.parenthetical).toMatch(/2012b, paras\. 3–4\)$/);
  });

  it('gives the entries by id in the order of the list, whatever the style sorts by', () => {
    const list = [load('lipsky2010'), load('bauman2009'), load('hill2019')];
    expect([...formatEntries(list, 'harvard').keys()]).toEqual(['lipsky2010', 'bauman2009', 'hill2019']);
  });

  it('still writes 2012a/2012b in a list that holds both works, after either was formatted alone', () => {
    expect(formatReference(load('ifsw2012'), 'harvard')).toContain('(2012)');
    expect(formatInText([load('ifsw2012b')], 'apa').get('ifsw2012b')!.parenthetical).toMatch(/, 2012\)$/);
    const list = [load('lipsky2010'), load('ifsw2012b'), load('bauman2009'), load('ifsw2012')];
    const entries = formatEntries(list, 'harvard', 'text');
    expect(entries.get('ifsw2012')).toContain('(2012a)');
    expect(entries.get('ifsw2012b')).toContain('(2012b)');
    expect(entries.get('lipsky2010')).toBe(formatReference(load('lipsky2010'), 'harvard'));
    expect(formatInText(list, 'apa').get('ifsw2012b')!.parenthetical).toMatch(/2012b\)$/);
  });

  it('tells two authors of one surname apart only in a list that holds both (APA 7 §8.20)', () => {
    const holly = { id: 'h', type: 'webpage' as const, title: 'One', author: [{ family: 'Clarke', given: 'Holly' }] };
    const verity = { id: 'v', type: 'webpage' as const, title: 'Two', author: [{ family: 'Clarke', given: 'Verity' }] };
    expect(formatInText([holly], 'apa').get('h')!.parenthetical).toBe('(Clarke, n.d.)');
    expect(formatInText([load('lipsky2010'), holly, verity], 'apa').get('h')!.parenthetical).toBe('(H. Clarke, n.d.)');
    expect(formatInText([holly, load('lipsky2010')], 'apa').get('h')!.parenthetical).toBe('(Clarke, n.d.)');
  });

  it('formats records asked for one at a time in few runs, each as it comes out alone', () => {
    // Texts of one author and year (the copies a corpus may hold) and of namesakes: runs must keep them apart.
    const text = (id: string, family: string, title: string) => ({
      id,
      type: 'webpage' as const,
      title,
      issued: { 'date-parts': [[2024]] },
      author: [{ family, given: 'A' }],
    });
    const texts = [
      text('t1', 'Clarke', 'One'),
      text('t2', 'Clarke', 'Two'),
      text('t3', 'Kerr', 'Three'),
      text('t4', 'Clarke', 'Four'),
      text('t5', 'Pitt', 'Five'),
    ];
    const works = [load('ifsw2012'), load('ifsw2012b'), load('lipsky2010')];
    for (const style of ['harvard', 'apa'] as const) {
      for (const format of ['html', 'text'] as const) {
        formatEachAlone([...texts, ...works], style, format);
        for (const item of [...texts, ...works]) expect(formatReference(item, style, format)).toBe(formatEntriesTogether([item], style, format).get(item.id));
      }
    }
  });

  it('formats a record again when it has changed (an edit in astro dev)', () => {
    const page = { id: 'p', type: 'webpage' as const, title: 'Before', author: [{ literal: 'NCERCC' }] };
    expect(formatReference(page, 'harvard')).toContain('Before');
    expect(formatReference({ ...page, title: 'After' }, 'harvard')).toContain('After');
  });
});

describe('exports of a list', () => {
  it('are its works’ entries in order, each the same in every list (BibTeX entries a blank line apart, RIS records too)', () => {
    const list = [load('lipsky2010'), load('ifsw2012'), load('bauman2009')];
    expect(toBibtex(list)).toBe(list.map((w) => toBibtex([w])).join('\n'));
    expect(toRis(list)).toBe(`${list.map((w) => toRis([w]).slice(0, -1)).join('\n\n')}\n`);
    expect(toBibtex(list).match(/^@/gm)).toHaveLength(3);
  });
});

describe('original dates in exports', () => {
  const lipsky = load('lipsky2010');
  it('carries the original date as Zotero Extra lines: CSL-JSON note and RIS M2', () => {
    expect(zoteroExtraLines(lipsky)).toEqual(['original-date: 1980']);
    expect(JSON.parse(toCslJson([lipsky]))[0].note).toBe('original-date: 1980');
    expect(toRis([lipsky])).toMatch(/^M2 {2}- original-date: 1980$/m);
  });
  it("writes biblatex's origdate in BibTeX", () => {
    expect(toBibtex([lipsky])).toMatch(/^\torigdate = \{1980\},$/m);
  });
  it('adds nothing for a work without an original date', () => {
    expect(zoteroExtraLines(load('harvey2005'))).toEqual([]);
    expect(JSON.parse(toCslJson([load('harvey2005')]))[0].note).toBeUndefined();
  });
});
