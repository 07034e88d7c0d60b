/**
 * The forms a reader copies to cite one work (src/lib/citations/cite-forms.ts): each style's reference
 * and both in-text forms as a reader's own list needs them, and, where the corpus holds
 * namesakes, the forms as the site's bibliography prints them and which works cause them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citeFormsOfAll, unconfusableGroups } from '../../../../src/lib/citations/cite-forms';
import { formatEntries, formatInText } from '../../../../src/lib/citations/format';
import type { CslItem } from '../../../../src/content/schemas/bibliography';
import { STYLE_NAMES, type StyleName } from '../../../../src/lib/citations/styles';

const dir = join(process.cwd(), 'src/content/bibliography');
const load = (key: string) => JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as CslItem;
const all = readdirSync(dir).map((f) => load(f.replace(/\.json$/, '')));
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#38;|&amp;/g, '&');
const forms = citeFormsOfAll(all);

describe('the forms of one work', () => {
  it('gives a later edition of a classic in both styles: the reference with its title in italics and its original date, and both in-text forms (CTR 12th ed.; APA 7 sections 8.15, 9.41)', () => {
    const lipsky = forms.get('lipsky2010')!;
    expect(lipsky.label).toBe('Lipsky (2010)');
    expect(lipsky.styles.harvard).toEqual({
      name: 'Harvard (Cite Them Right)',
      reference:
        'Lipsky, M. (2010) <i>Street-Level Bureaucracy: Dilemmas of the Individual in Public Services</i>. Updated edn. New York: Russell Sage Foundation. Originally published 1980.',
      parenthetical: '(Lipsky, 2010)',
      narrative: 'Lipsky (2010)',
    });
    expect(lipsky.styles.apa.name).toBe('APA 7th edition');
    expect(lipsky.styles.apa.parenthetical).toBe('(Lipsky, 1980/2010)');
    expect(lipsky.styles.apa.narrative).toBe('Lipsky (1980/2010)');
    expect(lipsky.styles.apa.reference).toMatch(
      /^Lipsky, M\. \(2010\)\. <i>Street-level bureaucracy: Dilemmas of the individual in public services<\/i>.*\(Original work published 1980\)$/,
    );
    expect(lipsky.namesakes).toBeUndefined();
  });

  it('keeps "and" in Harvard and "&" inside APA’s brackets but "and" in its narrative form (APA 7 section 8.17)', () => {
    const hill = forms.get('hill2019')!;
    expect(hill.styles.harvard.parenthetical).toBe('(Hill and Laredo, 2019)');
    expect(text(hill.styles.apa.parenthetical)).toBe('(Hill & Laredo, 2019)');
    expect(hill.styles.apa.narrative).toBe('Hill and Laredo (2019)');
  });

  it('keeps the access date the record gives a web page, as Cite Them Right writes it', () => {
    expect(text(forms.get('ifsw2012')!.styles.harvard.reference)).toContain('(Accessed: 14 October 2019)');
  });

  it('gives, for every work, the same reference and in-text forms as formatting the work alone', () => {
    for (const key of ['lipsky2010', 'ifsw2012', 'hill2019', 'ferguson2014', 'basw2014']) {
      const item = load(key);
      for (const style of STYLE_NAMES) {
        const f = forms.get(key)!.styles[style];
        expect(f.reference, `${key} ${style}`).toBe(formatEntries([item], style).get(key));
        const alone = formatInText([item], style, undefined, 'html').get(key)!;
        expect([f.parenthetical, f.narrative], `${key} ${style}`).toEqual([alone.parenthetical, alone.narrative]);
      }
    }
  });
});

describe('namesakes in the corpus', () => {
  it('two works of one author in one year: the main forms say 2012, the bibliography’s say 2012a, naming the other work (CTR; APA 7 section 8.19)', () => {
    const ifsw = forms.get('ifsw2012')!;
    expect(ifsw.styles.harvard.parenthetical).toBe('(International Federation of Social Workers, 2012)');
    expect(ifsw.namesakes?.styles.harvard?.parenthetical).toBe('(International Federation of Social Workers, 2012a)');
    expect(text(ifsw.namesakes!.styles.harvard!.reference)).toMatch(/^International Federation of Social Workers \(2012a\) Global Standards/);
    expect(ifsw.namesakes?.styles.apa?.narrative).toBe('International Federation of Social Workers (2012a)');
    expect(ifsw.namesakes!.works).toEqual([`International Federation of Social Workers (2012) ‘${load('ifsw2012b').title}’`]);
  });

  it('authors who share a surname: APA adds initials in the bibliography’s forms, Harvard does not (APA 7 section 8.20)', () => {
    const hill = forms.get('hill2019')!;
    expect(text(hill.namesakes!.styles.apa!.parenthetical)).toBe('(D. Hill & Laredo, 2019)');
    expect(hill.namesakes!.styles.apa!.narrative).toBe('D. Hill and Laredo (2019)');
    expect(hill.namesakes!.styles.harvard).toBeUndefined();
    // Only the other Hill changes it; D. Hill's own other works do not.
    expect(hill.namesakes!.works).toEqual([`Hill (1999) ‘${load('hill1999').title}’`]);
  });

  it('leaves out the bibliography’s forms where they are the same as the main ones', () => {
    const withNamesakes = [...forms.values()].filter((f) => f.namesakes);
    for (const f of withNamesakes) {
      for (const [style, other] of Object.entries(f.namesakes!.styles)) {
        const main = f.styles[style as StyleName];
        expect([other.reference, other.parenthetical, other.narrative], `${f.key} ${style}`).not.toEqual([main.reference, main.parenthetical, main.narrative]);
      }
    }
    expect(withNamesakes.length).toBeGreaterThan(0);
    expect(withNamesakes.length).toBeLessThan(all.length / 2);
  });
});

describe('unconfusableGroups', () => {
  it('never puts two works that share an author’s name in one group, and keeps every work', () => {
    const groups = unconfusableGroups(all);
    expect(
      groups
        .flat()
        .map((i) => i.id)
        .sort(),
    ).toEqual(all.map((i) => i.id).sort());
    for (const group of groups) {
      const names = group.flatMap((i) => (i.author ?? i.editor ?? []).map((n) => (n.family ?? n.literal ?? '').toLowerCase()));
      const perWork = group.map((i) => new Set((i.author ?? i.editor ?? []).map((n) => (n.family ?? n.literal ?? '').toLowerCase())));
      const counted = perWork.flatMap((s) => [...s]);
      expect(new Set(counted).size, names.join(', ')).toBe(counted.length);
    }
  });

  it('groups works without names by title', () => {
    const a = { id: 'a', type: 'webpage', title: 'Same' } as CslItem;
    const b = { id: 'b', type: 'webpage', title: 'Same' } as CslItem;
    const c = { id: 'c', type: 'webpage', title: 'Other' } as CslItem;
    expect(unconfusableGroups([a, b, c]).map((g) => g.map((i) => i.id))).toEqual([['a', 'c'], ['b']]);
  });
});

describe('formatInText, called many times (one engine per style, kept between calls)', () => {
  it('reads each call’s records afresh: a key reused with other data, and works no longer given, leave no trace', () => {
    const first = { id: 'x', type: 'book', title: 'One', author: [{ family: 'Smith', given: 'A.' }], issued: { 'date-parts': [[2001]] } } as CslItem;
    const twin = { ...first, id: 'y', title: 'Two' } as CslItem;
    expect(formatInText([first, twin], 'harvard').get('x')!.parenthetical).toBe('(Smith, 2001a)');
    const changed = { ...first, author: [{ family: 'Jones', given: 'B.' }], issued: { 'date-parts': [[2005]] } } as CslItem;
    expect(formatInText([changed], 'harvard').get('x')!.parenthetical).toBe('(Jones, 2005)');
    expect(formatInText([first], 'harvard').get('x')!.parenthetical).toBe('(Smith, 2001)');
  });
});

describe('a work known only by author and year', () => {
  it('offers its in-text forms but no reference: what the style would print ("Thompson. (2008).") is not one', () => {
    const thompson = forms.get('thompson2008')!;
    expect(thompson.styles.harvard.reference).toBe('');
    expect(thompson.styles.apa.reference).toBe('');
    expect(thompson.styles.harvard.parenthetical).toBe('(Thompson, 2008)');
    expect(thompson.styles.apa.narrative).toBe('Thompson (2008)');
  });
});
