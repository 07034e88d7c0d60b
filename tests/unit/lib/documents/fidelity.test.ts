import { describe, expect, it } from 'vitest';
import { findMissingSentences, manifestProblems, normaliseForComparison, partSourceText, splitSentences } from '../../../../src/lib/documents/fidelity';
import { toPlainText } from '../../../../src/lib/content/plain-text';

describe('normaliseForComparison', () => {
  it('folds curly quotes, dashes and whitespace only', () => {
    expect(normaliseForComparison('It’s  “we”\nand – ‘me’ — ok')).toBe(`It's "we" and - 'me' - ok`);
  });
  it('keeps letters, case and other punctuation', () => {
    expect(normaliseForComparison('Social Work…')).toBe('Social Work…');
    expect(normaliseForComparison('social work')).not.toBe(normaliseForComparison('Social work'));
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends and line breaks', () => {
    expect(splitSentences('One here. Two there?\nHeading\nThree (x).')).toEqual(['One here.', 'Two there?', 'Heading', 'Three (x).']);
  });
  it('drops fragments without letters or digits', () => {
    expect(splitSentences('-- \n . ')).toEqual([]);
  });
});

describe('findMissingSentences', () => {
  const page =
    'Introduction\nDecades of neoliberalism have passed. We propose that the application of solidarity delivers a practice that promotes social inclusion.';
  it('finds nothing missing when the page holds every sentence, across a page-break split', () => {
    const source =
      'Introduction\n\nDecades of neoliberalism have passed. We propose that the application of solidarity delivers a practice that\n\npromotes social inclusion.';
    expect(findMissingSentences(toPlainText(source, 'markdown'), page)).toEqual([]);
  });
  it('reports a sentence that is absent or altered', () => {
    const source = 'Decades of neoliberalism have passed. A sentence the page lost.';
    expect(findMissingSentences(source, page)).toEqual([{ sentence: 'A sentence the page lost.', problem: 'missing' }]);
    expect(findMissingSentences('Decades of neoliberalism has passed.', page)).toHaveLength(1);
  });
});

describe('findMissingSentences order', () => {
  it('reports a sentence that appears only before the one preceding it in the source', () => {
    const page = 'Second sentence here. First sentence here. Third one.';
    expect(findMissingSentences('First sentence here. Second sentence here. Third one.', page)).toEqual([
      { sentence: 'Second sentence here.', problem: 'out of order' },
    ]);
  });
});

describe('partSourceText', () => {
  const lines = ['Cover sheet', '', 'Body one.', 'Running head', 'Body two 2103.'];
  it('applies omissions and corrections within the part', () => {
    const text = partSourceText(lines, {
      lines: [3, 5],
      page: '/x/',
      omit: [{ lines: [4, 4], reason: 'running head' }],
      corrections: [{ line: 5, from: '2103', to: '2013', note: 'typo' }],
    });
    expect(text).toContain('Body one.');
    expect(text).not.toContain('Running head');
    expect(text).toContain('Body two 2013.');
    expect(text).not.toContain('Cover sheet');
  });
});

describe('manifestProblems', () => {
  it('accepts parts that cover every line once', () => {
    expect(
      manifestProblems(
        {
          file: 'f',
          parts: [
            { lines: [1, 2], excluded: 'cover' },
            { lines: [3, 9], page: '/a/' },
          ],
        },
        9,
      ),
    ).toEqual([]);
  });
  it('reports gaps, overlaps, short coverage and unexplained exclusions', () => {
    const problems = manifestProblems(
      { file: 'f', parts: [{ lines: [1, 2], excluded: 'cover' }, { lines: [4, 6] }, { lines: [6, 8], page: '/a/', omit: [{ lines: [9, 9], reason: '' }] }] },
      10,
    );
    expect(problems.join('\n')).toMatch(/starts at line 4, expected 3/);
    expect(problems.join('\n')).toMatch(/names neither a page nor a reason/);
    expect(problems.join('\n')).toMatch(/starts at line 6, expected 7/);
    expect(problems.join('\n')).toMatch(/fall outside the part/);
    expect(problems.join('\n')).toMatch(/parts end at line 8, the file has 10 lines/);
  });
});
