/**
 * Citing a passage: the in-text templates built at build time from the official CSL styles
 * (src/lib/citations/passage-citation.ts) and the quotation forms the browser makes from them
 * (src/client/cite/passage-quote.ts). Rules: docs/citing-passages.md.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../../src/content/schemas/documents';
import { splitFrontmatter } from '../../../../src/lib/content/frontmatter';
import { documentToCsl } from '../../../../src/lib/citations/document-citation';
import { NAMESAKES_NAMED, passageNumbersNote, passageTemplates, PINPOINT, QUOTE_MARKS } from '../../../../src/lib/citations/passage-citation';
import { inText, nestQuotes, normaliseSelection, pinpoint, quoteWithCitation, runInQuotation } from '../../../../src/client/cite/passage-quote';

const DIR = join(process.cwd(), 'src', 'content', 'documents');
const documents = new Map(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => [f.replace(/\.mdx$/, ''), documentSchema.parse(splitFrontmatter(readFileSync(join(DIR, f), 'utf8')).data)] as const),
);
// citeproc engines are slow to start on a busy machine: each document's templates are built once.
const built = new Map<string, ReturnType<typeof passageTemplates>>();
const templatesOf = (slug: string) => {
  if (!built.has(slug)) built.set(slug, passageTemplates(documentToCsl(slug, documents.get(slug)!, `https://example.org/documents/${slug}/`)));
  return built.get(slug)!;
};

describe('passageTemplates (from formatInText with a paragraph locator)', () => {
  const article = templatesOf('solidarity-is-not-a-dirty-word');
  const manuscript = templatesOf('the-personal-is-political');
  const essay = templatesOf('essay-holly-clarke');

  it('Cite Them Right: "para." for one paragraph, "paras" for a run, all authors up to three', () => {
    // Cite Them Right: sources without page numbers are cited by paragraph number where quoted.
    expect(inText(article.harvard, 12)).toEqual({
      parenthetical: '(Hill, Bell and Laredo, 2024, para. 12)',
      narrative: 'Hill, Bell and Laredo (2024, para. 12)',
    });
    expect(inText(article.harvard, 12, 13).parenthetical).toBe('(Hill, Bell and Laredo, 2024, paras 12–13)');
  });
  it('APA 7 (section 8.28): "para." and "paras.", "et al." from three authors, "&" only in parentheses', () => {
    expect(inText(article.apa, 12)).toEqual({ parenthetical: '(Hill et al., 2024, para. 12)', narrative: 'Hill et al. (2024, para. 12)' });
    expect(inText(article.apa, 13, 12).parenthetical).toBe('(Hill et al., 2024, paras. 12–13)');
    expect(inText(manuscript.apa, 4)).toEqual({ parenthetical: '(Hill & Laredo, 2020, para. 4)', narrative: 'Hill and Laredo (2020, para. 4)' });
  });
  it('cites the manuscript as its published version (2020) and an undated essay as n.d. / no date', () => {
    expect(inText(manuscript.harvard, 4).parenthetical).toBe('(Hill and Laredo, 2020, para. 4)');
    expect(inText(essay.harvard, 3).parenthetical).toBe('(Clarke, no date, para. 3)');
    expect(inText(essay.apa, 3).parenthetical).toBe('(Clarke, n.d., para. 3)');
  });
  it('builds a template with a pinpoint for every document in both styles', () => {
    expect(documents.size).toBe(8);
    for (const slug of documents.keys()) {
      for (const t of Object.values(templatesOf(slug))) {
        for (const forms of [t.single, t.range]) {
          expect(forms.parenthetical).toContain(PINPOINT);
          expect(forms.narrative).toContain(PINPOINT);
          expect(forms.parenthetical).not.toMatch(/99999/);
        }
      }
    }
  }, 120_000);
});

describe('quotation marks', () => {
  it("are the en-GB locale's for Cite Them Right (the locale the style is formatted with)", () => {
    const locale = readFileSync(join(process.cwd(), 'src', 'csl', 'locales-en-GB.xml'), 'utf8');
    const term = (name: string) => new RegExp(`<term name="${name}">([^<]+)</term>`).exec(locale)![1];
    expect(QUOTE_MARKS.harvard).toEqual([term('open-quote'), term('close-quote'), term('open-inner-quote'), term('close-inner-quote')]);
  });
  it('are double for APA, single inside (APA 7, section 8.33)', () => {
    expect(QUOTE_MARKS.apa).toEqual(['“', '”', '‘', '’']);
  });
});

describe('quoteWithCitation', () => {
  const article = templatesOf('solidarity-is-not-a-dirty-word');
  it('runs a short quotation into the sentence with the pinpointed citation after it', () => {
    expect(quoteWithCitation('  social work is both\n a political ', 'harvard', article.harvard, 12)?.text).toBe(
      '‘social work is both a political’ (Hill, Bell and Laredo, 2024, para. 12)',
    );
    expect(quoteWithCitation('social work is both a political', 'apa', article.apa, 12)?.text).toBe(
      '“social work is both a political” (Hill et al., 2024, para. 12)',
    );
  });
  it("leaves the source sentence's closing full stop to the student's sentence, keeps ? and !", () => {
    expect(quoteWithCitation('it is political.', 'apa', article.apa, 2)?.text).toBe('“it is political” (Hill et al., 2024, para. 2)');
    expect(quoteWithCitation('is it political?', 'harvard', article.harvard, 2)?.text).toBe('‘is it political?’ (Hill, Bell and Laredo, 2024, para. 2)');
  });
  it('turns quotation marks inside the quotation into the inner marks of the style, not apostrophes', () => {
    expect(quoteWithCitation('they called it "real work" and didn’t stop', 'apa', article.apa, 3)?.text).toBe(
      '“they called it ‘real work’ and didn’t stop” (Hill et al., 2024, para. 3)',
    );
    expect(quoteWithCitation("they called it 'real work' and didn’t stop", 'harvard', article.harvard, 3)?.text).toBe(
      '‘they called it “real work” and didn’t stop’ (Hill, Bell and Laredo, 2024, para. 3)',
    );
  });
  it('cites a run of paragraphs with a range', () => {
    expect(quoteWithCitation('end of one. Start of the next', 'harvard', article.harvard, 4, 5)?.text).toBe(
      '‘end of one. Start of the next’ (Hill, Bell and Laredo, 2024, paras 4–5)',
    );
  });
  it('sets an APA quotation of 40 words or more as a block: no marks, citation after its punctuation (APA 7, section 8.27)', () => {
    const forty = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ') + '.';
    expect(quoteWithCitation(forty, 'apa', article.apa, 7)).toEqual({ text: `${forty} (Hill et al., 2024, para. 7)`, block: true });
    expect(quoteWithCitation(forty.split(' ').slice(1).join(' '), 'apa', article.apa, 7)?.block).toBe(false);
  });
  it('offers nothing for an empty selection', () => {
    expect(quoteWithCitation('  .  ', 'apa', article.apa, 1)).toBeUndefined();
  });
});

describe('pure helpers', () => {
  it('pinpoint orders a range and uses an en dash', () => {
    expect(pinpoint(3)).toBe('3');
    expect(pinpoint(9, 7)).toBe('7–9');
  });
  it('normaliseSelection drops quotation marks that enclose the whole selection only', () => {
    expect(normaliseSelection('“whole”')).toBe('whole');
    expect(normaliseSelection('"a" and "b"')).toBe('"a" and "b"');
    expect(runInQuotation('words;')).toBe('words');
  });
  it('nestQuotes leaves apostrophes and possessives alone', () => {
    expect(nestQuotes("the workers' union didn't", QUOTE_MARKS.harvard)).toBe("the workers' union didn't");
  });
});

describe('passageNumbersNote: one line per kind of document, true of each text', () => {
  it.each([...documents.keys()])('%s', (slug) => {
    const d = documents.get(slug)!;
    const note = passageNumbersNote(d);
    expect(note).toMatch(/^Paragraph numbers count /);
    expect(note.split(/\n/)).toHaveLength(1);
    if (d.type === 'journal-article') expect(note).toContain(`(pp. ${d.pages}) are not marked in the source text`);
    if (d.type === 'author-manuscript') expect(note).toContain('published article’s pages and paragraphs may differ');
    if (d.type === 'blog-post') expect(note).toContain('post has no page numbers');
    if (d.type === 'student-essay') expect(note).toContain('essay');
  });
});

describe('texts whose authors share a surname (Holly and Verity Clarke)', () => {
  const csl = (slug: string) => documentToCsl(slug, documents.get(slug)!, `https://example.org/documents/${slug}/`);
  const everyOther = (slug: string) => [...documents.keys()].filter((s) => s !== slug).map((s) => ({ item: csl(s), name: s }));

  it('also give the forms that tell the authors apart, with initials (APA 7 §8.20; Cite Them Right, authors with the same surname)', () => {
    const t = passageTemplates(csl('essay-holly-clarke'), everyOther('essay-holly-clarke'));
    expect(t.apa.single.parenthetical).toBe(`(Clarke, n.d., para. ${PINPOINT})`);
    expect(t.apa.namesake).toEqual({
      single: { parenthetical: `(H. Clarke, n.d., para. ${PINPOINT})`, narrative: `H. Clarke (n.d., para. ${PINPOINT})` },
      works: ['essay-verity-clarke'],
    });
    expect(t.harvard.namesake?.single.parenthetical).toBe(`(H. Clarke, no date, para. ${PINPOINT})`);
  });

  it('name only the namesakes whose presence changes the citation: the same authors in the same year (2020a/2020b), not the same authors in another year', () => {
    const copy = (n: number) => ({ ...csl('the-personal-is-political'), id: `copy-${n}`, title: `Copy ${n}`, URL: `https://example.org/documents/copy-${n}/` });
    // The whole surname group, the text itself included, as the passages.json route gives it.
    const group = [
      { item: csl('solidarity-is-not-a-dirty-word'), name: 'Hill, Bell and Laredo (2024)' },
      { item: csl('the-personal-is-political'), name: 'Hill and Laredo (2020)' },
      { item: copy(1), name: 'Copy 1' },
      { item: copy(2), name: 'Copy 2' },
    ];
    const t = passageTemplates(csl('the-personal-is-political'), group);
    expect(t.harvard.single.parenthetical).toBe(`(Hill and Laredo, 2020, para. ${PINPOINT})`);
    expect(t.harvard.namesake?.single.parenthetical).toMatch(new RegExp(`^\\(Hill and Laredo, 2020[abc], para\\. \\{n\\}\\)$`));
    expect(t.harvard.namesake?.works).toEqual(['Copy 1', 'Copy 2']);
    expect(t.apa.namesake?.works).toEqual(['Copy 1', 'Copy 2']);
    // Each member of the group is cited as the group formatted together gives it: no two alike.
    const suffixes = [t, passageTemplates(copy(1), group), passageTemplates(copy(2), group)].map((x) => x.apa.namesake?.single.parenthetical);
    expect(new Set(suffixes).size).toBe(3);
    expect(passageTemplates(csl('solidarity-is-not-a-dirty-word'), group).apa.namesake).toBeUndefined();
    // A member of the list it is given (as the route gives it) gets what it gets formatted on its own.
    expect(passageTemplates(group[1]!.item, group)).toEqual(t);
    expect(passageTemplates(group[2]!.item, group)).toEqual(passageTemplates(copy(1), group));
  }, 60_000);

  it('name each namesake once, however many texts bear its name', () => {
    const verity = csl('essay-verity-clarke');
    const group = [
      { item: csl('essay-holly-clarke'), name: 'Holly Clarke’s essay' },
      { item: verity, name: 'Verity Clarke’s essay' },
      { item: { ...verity, id: 'verity-2', URL: 'https://example.org/documents/verity-2/' }, name: 'Verity Clarke’s essay' },
    ];
    expect(passageTemplates(csl('essay-holly-clarke'), group).apa.namesake?.works).toEqual(['Verity Clarke’s essay']);
  }, 60_000);

  it('name the first few namesakes and count the rest', () => {
    const copies = Array.from({ length: NAMESAKES_NAMED + 5 }, (_, i) => ({
      item: { ...csl('essay-verity-clarke'), id: `verity-${i}`, URL: `https://example.org/documents/verity-${i}/` },
      name: `Essay ${i + 1}`,
    }));
    const works = passageTemplates(csl('essay-holly-clarke'), copies).harvard.namesake?.works;
    expect(works).toHaveLength(NAMESAKES_NAMED);
    expect(works?.slice(0, 2)).toEqual(['Essay 1', 'Essay 2']);
    expect(works?.at(-1)).toBe('6 other texts');
  }, 60_000);

  it('give none where no other text shares the surname', () => {
    const t = passageTemplates(csl('essay-omar-mohamed'), everyOther('essay-omar-mohamed'));
    expect(t.apa.namesake).toBeUndefined();
    expect(t.harvard.namesake).toBeUndefined();
  });
});
