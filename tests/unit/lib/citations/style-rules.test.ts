/**
 * The style rules of docs/citation-style-rules.md, one test each, with small inline records and
 * the exact string each guide prescribes; then every record of the corpus formatted in both
 * styles, checked for text the styles would add that the data does not hold.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatEntries, formatInText, formatReference } from '../../../../src/lib/citations/format';
import { capitaliseTitleStarts, cslForStyle, editionForStyle, hasPrintedEtAl } from '../../../../src/lib/citations/style-data';
import type { CslItem } from '../../../../src/content/schemas/bibliography';
import { STYLE_NAMES, type StyleName } from '../../../../src/lib/citations/styles';

const year = (y: number, m?: number, d?: number) => ({ 'date-parts': [[y, ...(m ? [m] : []), ...(d ? [d] : [])]] });
const both = (item: CslItem, style: StyleName) => formatInText([item], style).get(item.id)!;

describe('nothing added: a journal article without volume and pages is not a preprint', () => {
  const article: CslItem = {
    id: 'mishna',
    type: 'article-journal',
    author: [{ family: 'Mishna', given: 'F.' }],
    issued: year(2019),
    title: 'Informal use of technology',
    'container-title': 'Clinical Social Work Journal',
    DOI: '10.1007/s10615-019-00729-9',
  };
  it('Cite Them Right (journal articles): no "[Preprint]" that the record does not state', () => {
    expect(formatReference(article, 'harvard')).toBe(
      'Mishna, F. (2019) ‘Informal use of technology’, Clinical Social Work Journal. Available at: https://doi.org/10.1007/s10615-019-00729-9.',
    );
  });
  it('Cite Them Right (preprints): a record typed as a preprint (CSL "article") keeps "[Preprint]"', () => {
    const preprint: CslItem = { ...article, id: 'pre', type: 'article', 'container-title': 'SocArXiv' };
    expect(formatReference(preprint, 'harvard')).toBe(
      'Mishna, F. (2019) ‘Informal use of technology’, SocArXiv [Preprint]. Available at: https://doi.org/10.1007/s10615-019-00729-9.',
    );
  });
  it('APA 7 §10.1 (journal article): no volume or pages means nothing is printed in their place', () => {
    expect(formatReference(article, 'apa')).toBe(
      'Mishna, F. (2019). Informal use of technology. Clinical Social Work Journal. https://doi.org/10.1007/s10615-019-00729-9',
    );
  });
  it('a number where CSL expects text (volume 3) is formatted, not a crash in citeproc', () => {
    const numeric: CslItem = { ...article, id: 'num', volume: 3, issue: 1, page: '5–9' };
    expect(formatReference(numeric, 'apa')).toContain('Clinical Social Work Journal, 3(1), 5–9.');
    expect(cslForStyle(numeric, 'harvard').volume).toBe('3');
  });
});

describe('classic works: the original date (CSL original-date) of a later edition', () => {
  const lipsky: CslItem = {
    id: 'lipsky',
    type: 'book',
    author: [{ family: 'Lipsky', given: 'M.' }],
    issued: year(2010),
    'original-date': year(1980),
    title: 'Street-level bureaucracy: dilemmas of the individual in public services',
    edition: '30th anniversary expanded edn',
    publisher: 'Russell Sage Foundation',
    'publisher-place': 'New York',
  };
  it('APA 7 §9.41: the reference ends "(Original work published 1980)"', () => {
    expect(formatReference(lipsky, 'apa')).toBe(
      'Lipsky, M. (2010). Street-level bureaucracy: Dilemmas of the individual in public services (30th anniversary expanded ed.). Russell Sage Foundation. (Original work published 1980)',
    );
  });
  it('APA 7 §8.15: in-text "(Lipsky, 1980/2010)" and "Lipsky (1980/2010)", with a pinpoint after both years', () => {
    expect(both(lipsky, 'apa')).toEqual({ parenthetical: '(Lipsky, 1980/2010)', narrative: 'Lipsky (1980/2010)' });
    expect(formatInText([lipsky], 'apa', { label: 'page', value: '5' }).get('lipsky')).toEqual({
      parenthetical: '(Lipsky, 1980/2010, p. 5)',
      narrative: 'Lipsky (1980/2010, p. 5)',
    });
  });
  it('Cite Them Right (editions; cite the edition used): the year of the edition used, and the reference ends "Originally published 1980."', () => {
    expect(formatReference(lipsky, 'harvard')).toBe(
      'Lipsky, M. (2010) Street-level bureaucracy: dilemmas of the individual in public services. 30th anniversary expanded edn. New York: Russell Sage Foundation. Originally published 1980.',
    );
    expect(both(lipsky, 'harvard')).toEqual({ parenthetical: '(Lipsky, 2010)', narrative: 'Lipsky (2010)' });
  });
  it('a work without original-date shows one year only, in both styles', () => {
    const { 'original-date': _o, ...first } = lipsky;
    expect(formatReference(first, 'apa')).not.toContain('Original work');
    expect(formatReference(first, 'harvard')).not.toContain('Originally');
    expect(both(first, 'apa').parenthetical).toBe('(Lipsky, 2010)');
  });
});

describe('APA capitals in titles (APA 7 §6.17: sentence case for works, title case for periodical names)', () => {
  it('capitalises the first word after a colon and keeps every other capital as recorded', () => {
    expect(capitaliseTitleStarts('The personal is political: reframing individual acts of kindness as social solidarity')).toBe(
      'The personal is political: Reframing individual acts of kindness as social solidarity',
    );
    expect(capitaliseTitleStarts('Social work in England: the NHS and the Children Act')).toBe('Social work in England: The NHS and the Children Act');
  });
  it('capitalises after a question mark, an exclamation mark and an em dash, and the first word', () => {
    expect(capitaliseTitleStarts('Re B-S: a glass half full? an exploration')).toBe('Re B-S: A glass half full? An exploration');
    expect(capitaliseTitleStarts('stop! look—listen')).toBe('Stop! Look—Listen');
  });
  it('looks through opening quotation marks and leaves words that already hold a capital', () => {
    expect(capitaliseTitleStarts('Poverty: “the politics of recognition”')).toBe('Poverty: “The politics of recognition”');
    expect(capitaliseTitleStarts('Apps: eHealth and iPhone use')).toBe('Apps: eHealth and iPhone use');
    expect(capitaliseTitleStarts('Street-Level Bureaucracy: Dilemmas of the Individual')).toBe('Street-Level Bureaucracy: Dilemmas of the Individual');
  });
  it('applies to article, chapter and book titles in APA references; the journal name is in title case', () => {
    const article: CslItem = {
      id: 'hill2020',
      type: 'article-journal',
      author: [
        { family: 'Hill', given: 'D.' },
        { family: 'Laredo', given: 'E.' },
      ],
      issued: year(2020),
      title: 'The personal is political: reframing individual acts of kindness as social solidarity in social work practice',
      'container-title': 'European journal of social work',
      volume: '23',
      issue: '6',
      page: '969–979',
    };
    expect(formatReference(article, 'apa')).toBe(
      'Hill, D., & Laredo, E. (2020). The personal is political: Reframing individual acts of kindness as social solidarity in social work practice. European Journal of Social Work, 23(6), 969–979.',
    );
    const chapter: CslItem = {
      id: 'chap',
      type: 'chapter',
      author: [{ family: 'Hill', given: 'D.' }],
      editor: [{ family: 'Utting', given: 'D.' }],
      issued: year(2018),
      title: 'Social work in England: regulation and change',
      'container-title': 'Contemporary social evils: a reader',
      publisher: 'Policy Press',
      page: '1–10',
    };
    expect(formatReference(chapter, 'apa')).toBe(
      'Hill, D. (2018). Social work in England: Regulation and change. In D. Utting (Ed.), Contemporary social evils: A reader (pp. 1–10). Policy Press.',
    );
  });
  it('leaves a title in another language as recorded (sentence case is a rule for English titles)', () => {
    const spanish: CslItem = {
      id: 'es',
      type: 'book',
      language: 'es',
      author: [{ family: 'Martino', given: 'S.' }],
      issued: year(2018),
      title: 'Trabajo social: desafíos para la formación',
      publisher: 'Dykinson',
    };
    expect(formatReference(spanish, 'apa')).toBe('Martino, S. (2018). Trabajo social: desafíos para la formación. Dykinson.');
    expect(formatReference({ ...spanish, language: 'en-GB' }, 'apa')).toBe('Martino, S. (2018). Trabajo social: Desafíos para la formación. Dykinson.');
  });
  it('Cite Them Right (titles as on the title page): the title keeps the recorded capitals, lower case after the colon included', () => {
    const book: CslItem = {
      id: 'b',
      type: 'book',
      author: [{ family: 'Bailey', given: 'S.' }],
      issued: year(2018),
      title: 'Academic writing: a handbook for international students',
      publisher: 'Routledge',
      'publisher-place': 'Abingdon',
    };
    expect(formatReference(book, 'harvard')).toBe('Bailey, S. (2018) Academic writing: a handbook for international students. Abingdon: Routledge.');
  });
  it('Cite Them Right (journal articles): the journal name with capital initials', () => {
    const article: CslItem = {
      id: 'g',
      type: 'article-journal',
      author: [{ family: 'Garrett', given: 'P.M.' }],
      issued: year(2019),
      title: 'Neoliberalism',
      'container-title': 'European journal of social work',
      volume: '22',
      issue: '2',
      page: '188–200',
    };
    expect(formatReference(article, 'harvard')).toBe('Garrett, P.M. (2019) ‘Neoliberalism’, European Journal of Social Work, 22(2), pp. 188–200.');
  });
});

describe('APA 7 §6.17 sentence case from the reviewed title (custom.sentenceCaseTitle)', () => {
  const dir = join(process.cwd(), 'src/content/bibliography');
  const record = (id: string) => JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as CslItem;

  it('APA 7 §6.17 sentence case: a book recorded in title case is printed in sentence case (lipsky2010)', () => {
    expect(formatReference(record('lipsky2010'), 'apa')).toBe(
      'Lipsky, M. (2010). Street-level bureaucracy: Dilemmas of the individual in public services (Updated ed.). Russell Sage Foundation. (Original work published 1980)',
    );
  });
  it('APA 7 §6.17 sentence case: the book of a chapter too, from its reviewed title (westwood2012); Harvard keeps it as recorded', () => {
    expect(formatReference(record('westwood2012'), 'apa')).toBe(
      'Westwood, J. L. (2012). Media and social work. In A. Worsely et al. (Eds.), Key concepts in social work practice (pp. 137–141). SAGE Publishers.',
    );
    expect(formatReference(record('westwood2012'), 'harvard')).toContain('Key Concepts in Social Work Practice');
  });
  it('APA 7 §6.17 sentence case: proper nouns keep their capitals (cree2018, laming2003, strier2019)', () => {
    expect(formatReference(record('cree2018'), 'apa')).toBe('Cree, V., & Smith, M. (2018). Social work in a changing Scotland. Routledge.');
    expect(formatReference(record('laming2003'), 'apa')).toBe(
      'Laming. (2003). Report of the inquiry into the death of Victoria Climbié. Department of Health.',
    );
    expect(formatReference(record('strier2019'), 'apa')).toBe(
      'Strier, R. (2019). Resisting neoliberal social work fragmentation: The Wall-to-Wall Alliance. Social Work, 64(4), 339–345.',
    );
  });
  it('APA 7 §6.17 sentence case: the first word after a colon is still raised from the reviewed title', () => {
    const item: CslItem = { ...record('lipsky2010'), custom: { sentenceCaseTitle: 'Street-level bureaucracy: dilemmas of the individual in public services' } };
    expect(cslForStyle(item, 'apa').title).toBe('Street-level bureaucracy: Dilemmas of the individual in public services');
  });
  it('Cite Them Right: the same records keep the title as recorded', () => {
    expect(formatReference(record('lipsky2010'), 'harvard')).toBe(
      'Lipsky, M. (2010) Street-Level Bureaucracy: Dilemmas of the Individual in Public Services. Updated edn. New York: Russell Sage Foundation. Originally published 1980.',
    );
    expect(formatReference(record('cree2018'), 'harvard')).toBe('Cree, V. and Smith, M. (2018) Social work in a Changing Scotland. Oxon: Routledge.');
    expect(cslForStyle(record('strier2019'), 'harvard').title).toBe('Resisting Neoliberal Social Work Fragmentation: The Wall-to-Wall Alliance');
  });
});

describe('a printed "et al." that hides co-authors the source does not name is kept', () => {
  const fraser: CslItem = {
    id: 'fraser',
    type: 'article-journal',
    author: [{ family: 'Fraser', given: 'H.' }, { literal: 'et al.' }],
    issued: year(2017),
    title: 'Is there a renaissance of radical social work?',
    'container-title': 'Aoteroa New Zealand Social Work',
    volume: '29',
    issue: '2',
    page: '1–15',
  };
  it('Cite Them Right (four or more authors: first author et al.): "Fraser, H. et al. (2017)", italic et al. in HTML', () => {
    expect(formatReference(fraser, 'harvard')).toBe(
      'Fraser, H. et al. (2017) ‘Is there a renaissance of radical social work?’, Aoteroa New Zealand Social Work, 29(2), pp. 1–15.',
    );
    expect(formatReference(fraser, 'harvard', 'html')).toMatch(/^Fraser, H\. <i>et al\.<\/i> \(2017\)/);
    expect(both(fraser, 'harvard')).toEqual({ parenthetical: '(Fraser et al., 2017)', narrative: 'Fraser et al. (2017)' });
  });
  it('APA 7 §9.8 (names separated by commas) and §8.17 (et al. in text): "Fraser, H., et al. (2017)", "(Fraser et al., 2017)"', () => {
    expect(formatReference(fraser, 'apa')).toBe(
      'Fraser, H., et al. (2017). Is there a renaissance of radical social work? Aoteroa New Zealand Social Work, 29(2), 1–15.',
    );
    expect(both(fraser, 'apa')).toEqual({ parenthetical: '(Fraser et al., 2017)', narrative: 'Fraser et al. (2017)' });
  });
  it('keeps two named authors before the marker in the reference list (APA) and names the first in text', () => {
    const two: CslItem = {
      id: 'two',
      type: 'book',
      author: [{ family: 'Hill', given: 'D.' }, { family: 'Bell', given: 'M.' }, { literal: 'et al.' }],
      issued: year(2024),
      title: 'Street work',
      publisher: 'Policy Press',
    };
    expect(formatReference(two, 'apa')).toBe('Hill, D., Bell, M., et al. (2024). Street work. Policy Press.');
    expect(both(two, 'apa').parenthetical).toBe('(Hill et al., 2024)');
  });
  it('works for editors: Cite Them Right "in A. Worsely et al. (eds)", APA "In A. Worsely et al. (Eds.)"', () => {
    const chapter: CslItem = {
      id: 'westwood',
      type: 'chapter',
      author: [{ family: 'Westwood', given: 'J.L.' }],
      editor: [{ family: 'Worsely', given: 'A.' }, { literal: 'et al.' }],
      issued: year(2012),
      title: 'Media and social work',
      'container-title': 'Key concepts in social work practice',
      publisher: 'SAGE',
      'publisher-place': 'London',
      page: '137–141',
    };
    expect(formatReference(chapter, 'harvard')).toBe(
      'Westwood, J.L. (2012) ‘Media and social work’, in A. Worsely et al. (eds) Key concepts in social work practice. London: SAGE, pp. 137–141.',
    );
    expect(formatReference(chapter, 'apa')).toBe(
      'Westwood, J. L. (2012). Media and social work. In A. Worsely et al. (Eds.), Key concepts in social work practice (pp. 137–141). SAGE.',
    );
  });
  it('is recognised by hasPrintedEtAl, and a marker that is alone or not last fails loudly', () => {
    expect(hasPrintedEtAl(fraser)).toBe(true);
    expect(hasPrintedEtAl({ ...fraser, author: [{ family: 'Fraser', given: 'H.' }] })).toBe(false);
    expect(() => formatReference({ ...fraser, author: [{ literal: 'et al.' }] }, 'apa')).toThrow(/fraser: author\[0\] is "et al\."/);
    expect(() => formatReference({ ...fraser, author: [{ literal: 'et al.' }, { family: 'Fraser' }] }, 'harvard')).toThrow(/come last/);
  });
});

describe('editions in each style’s words', () => {
  const book = (edition: string | number): CslItem => ({
    id: 'e',
    type: 'book',
    author: [{ family: 'Lipsky', given: 'M.' }],
    issued: year(2010),
    title: 'Street-level bureaucracy',
    edition,
    publisher: 'Russell Sage Foundation',
    'publisher-place': 'New York',
  });
  it('APA 7 §10.2 (edition after the title): "Updated edn" as recorded becomes "(Updated ed.)"', () => {
    expect(formatReference(book('Updated edn'), 'apa')).toBe('Lipsky, M. (2010). Street-level bureaucracy (Updated ed.). Russell Sage Foundation.');
  });
  it('Cite Them Right (edition after the title): "Updated edn."', () => {
    expect(formatReference(book('Updated edn'), 'harvard')).toBe('Lipsky, M. (2010) Street-level bureaucracy. Updated edn. New York: Russell Sage Foundation.');
  });
  it('a numbered edition: Cite Them Right "2nd edn", APA "(2nd ed.)", whether recorded as 2, "2nd" or "2nd edition"', () => {
    for (const e of [2, '2nd', '2nd edition', '2nd ed.']) {
      expect(formatReference(book(e), 'harvard'), String(e)).toContain('Street-level bureaucracy. 2nd edn. New York');
      expect(formatReference(book(e), 'apa'), String(e)).toContain('Street-level bureaucracy (2nd ed.). Russell');
    }
  });
  it('Cite Them Right and APA: a first edition is not mentioned', () => {
    expect(formatReference(book('1st'), 'harvard')).toBe('Lipsky, M. (2010) Street-level bureaucracy. New York: Russell Sage Foundation.');
    expect(formatReference(book('1st'), 'apa')).toBe('Lipsky, M. (2010). Street-level bureaucracy. Russell Sage Foundation.');
    expect(editionForStyle('First edition', 'apa')).toBeUndefined();
    expect(editionForStyle('Revised edition', 'apa')).toBe('Revised ed.');
  });
});

describe('corporate authors and works without an author', () => {
  const ncercc: CslItem = {
    id: 'ncercc',
    type: 'post-weblog',
    author: [{ literal: 'National Centre for Excellence in Residential Child Care' }],
    issued: year(2020, 5, 4),
    title: 'Keeping the social in social work',
    'container-title': 'NCERCC',
    URL: 'https://ncercc.co.uk/keeping-the-social/',
    accessed: year(2024, 1, 2),
  };
  it('Cite Them Right (corporate authors): the organisation is the author in the reference and in text', () => {
    expect(formatReference(ncercc, 'harvard')).toBe(
      'National Centre for Excellence in Residential Child Care (2020) ‘Keeping the social in social work’, NCERCC, 4 May. Available at: https://ncercc.co.uk/keeping-the-social/ (Accessed: 2 January 2024).',
    );
    expect(both(ncercc, 'harvard')).toEqual({
      parenthetical: '(National Centre for Excellence in Residential Child Care, 2020)',
      narrative: 'National Centre for Excellence in Residential Child Care (2020)',
    });
  });
  it('APA 7 §9.11 and §8.21 (group authors): the organisation is the author in the reference and in text', () => {
    expect(formatReference(ncercc, 'apa')).toBe(
      'National Centre for Excellence in Residential Child Care. (2020, May 4). Keeping the social in social work. NCERCC. https://ncercc.co.uk/keeping-the-social/',
    );
    expect(both(ncercc, 'apa')).toEqual({
      parenthetical: '(National Centre for Excellence in Residential Child Care, 2020)',
      narrative: 'National Centre for Excellence in Residential Child Care (2020)',
    });
  });
  it('people and an organisation together: Cite Them Right without a serial comma, APA with its comma before "&"', () => {
    const gupta: CslItem = {
      id: 'gupta',
      type: 'article-journal',
      author: [{ family: 'Gupta', given: 'A.' }, { family: 'Blumhardt', given: 'H.' }, { literal: 'ATD Fourth World' }],
      issued: year(2018),
      title: 'Poverty',
      'container-title': 'European Journal of Social Work',
      volume: '21',
      issue: '2',
      page: '247–259',
    };
    expect(formatReference(gupta, 'harvard')).toMatch(/^Gupta, A\., Blumhardt, H\. and ATD Fourth World \(2018\)/);
    expect(both(gupta, 'harvard').parenthetical).toBe('(Gupta, Blumhardt and ATD Fourth World, 2018)');
    const pair: CslItem = { ...gupta, id: 'pair', author: [{ family: 'Gupta', given: 'A.' }, { literal: 'ATD Fourth World' }] };
    expect(formatReference(pair, 'apa')).toMatch(/^Gupta, A\., & ATD Fourth World\. \(2018\)/);
    expect(both(pair, 'apa')).toEqual({ parenthetical: '(Gupta & ATD Fourth World, 2018)', narrative: 'Gupta and ATD Fourth World (2018)' });
  });
  const untitledAuthor: CslItem = {
    id: 'frontiers',
    type: 'article-journal',
    title: 'Facilitating collective psychosocial resilience',
    'container-title': 'Frontiers in Public Health',
  };
  it('Cite Them Right (no author: use the title): a journal article starts with its title, not the journal’s name', () => {
    expect(formatReference(untitledAuthor, 'harvard')).toBe('‘Facilitating collective psychosocial resilience’ (no date) Frontiers in Public Health.');
    expect(both(untitledAuthor, 'harvard')).toEqual({
      parenthetical: '(‘Facilitating collective psychosocial resilience’, no date)',
      narrative: '‘Facilitating collective psychosocial resilience’ (no date)',
    });
  });
  it('APA 7 §9.12 and §8.14 (no author): the title moves to the author position; in text it is quoted in title case', () => {
    expect(formatReference(untitledAuthor, 'apa')).toBe('Facilitating collective psychosocial resilience. (n.d.). Frontiers in Public Health.');
    expect(both(untitledAuthor, 'apa')).toEqual({
      parenthetical: '(“Facilitating Collective Psychosocial Resilience,” n.d.)',
      narrative: '“Facilitating Collective Psychosocial Resilience” (n.d.)',
    });
  });
  it('Cite Them Right (newspaper article without an author): the newspaper’s name stands first', () => {
    const news: CslItem = {
      id: 'news',
      type: 'article-newspaper',
      title: 'Benefit sanctions rise',
      'container-title': 'The Guardian',
      issued: year(2020, 6, 3),
    };
    expect(formatReference(news, 'harvard')).toBe('The Guardian (2020) ‘Benefit sanctions rise’, 3 June.');
  });
  it('Cite Them Right (chapter in a book): "in" the book even when the book has no editor', () => {
    const chapter: CslItem = {
      id: 'hanisch',
      type: 'chapter',
      author: [{ family: 'Hanisch', given: 'C.' }],
      issued: year(1969),
      title: 'The personal is political',
      'container-title': 'Notes from the second year',
    };
    expect(formatReference(chapter, 'harvard')).toBe('Hanisch, C. (1969) ‘The personal is political’, in Notes from the second year.');
  });
});

describe('the 132 records of the corpus in both styles', () => {
  const dir = join(process.cwd(), 'src/content/bibliography');
  const all = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CslItem);
  /** Every string the record holds, as the styles may print it (straight quotes curled). */
  const held = (item: CslItem) => {
    const texts: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === 'string') texts.push(v, v.replace(/'/g, '’'));
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    const { custom: _c, ...csl } = item;
    walk(csl);
    return texts.join('\n').toLowerCase();
  };
  /** Wording the CSL styles can add on their own that no record here justifies. */
  const INVENTED =
    /\b(preprint|manuscript submitted|unpublished manuscript|in press|advance online publication|n\.p\.|s\.l\.|retrieved from|anonymous|anon\.)/i;

  it('reads all the records', () => {
    expect(all.length).toBeGreaterThanOrEqual(132);
  });
  /** What each style prints for the items that the items themselves do not hold. */
  const additions = (items: CslItem[], style: StyleName) => {
    const refs = formatEntries(items, style, 'text');
    const inText = formatInText(items, style);
    const problems: string[] = [];
    for (const item of items) {
      const forms = inText.get(item.id)!;
      const source = held(item);
      for (const s of [refs.get(item.id)!, forms.parenthetical, forms.narrative]) {
        for (const [, inside] of s.matchAll(/\[([^\]]+)\]/g)) if (!source.includes(inside!.toLowerCase())) problems.push(`${item.id}: [${inside}] in "${s}"`);
        const invented = INVENTED.exec(s);
        if (invented && !source.includes(invented[0].toLowerCase())) problems.push(`${item.id}: "${invented[0]}" in "${s}"`);
      }
    }
    return problems;
  };
  for (const style of STYLE_NAMES) {
    it(`${style}: every bracketed description in a reference or citation is held by the record, and no status is invented`, () => {
      expect(additions(all, style)).toEqual([]);
    });
  }
  it('the scan reports a bracket the record does not hold: a CSL preprint, whose "[Preprint]" comes from its type alone', () => {
    const preprint: CslItem = {
      id: 'pre',
      type: 'article',
      author: [{ family: 'Smith', given: 'J.' }],
      issued: year(2020),
      title: 'A paper',
      'container-title': 'SocArXiv',
    };
    const reference = 'Smith, J. (2020) ‘A paper’, SocArXiv [Preprint].';
    expect(additions([preprint], 'harvard')).toEqual([`pre: [Preprint] in "${reference}"`, `pre: "Preprint" in "${reference}"`]);
  });
});
