import { describe, expect, it } from 'vitest';
import { citingSentence } from '../../../../src/lib/citations/citing-sentence';

const at = (text: string, cite: string) => citingSentence(text, text.indexOf(cite), text.indexOf(cite) + cite.length);

describe('citingSentence', () => {
  it('returns the sentence holding the citation', () => {
    const text = 'First one. The second (Lipsky, 2010) is here. Third!';
    expect(at(text, '(Lipsky, 2010)')).toBe('The second (Lipsky, 2010) is here.');
    expect(at(text, 'First')).toBe('First one.');
    expect(at(text, 'Third')).toBe('Third!');
  });
  it('does not end a sentence at "et al." or a page number', () => {
    const text = 'Before. As Hill et al. (2018) argue, care is political (p. 12). After.';
    expect(at(text, 'Hill et al. (2018)')).toBe('As Hill et al. (2018) argue, care is political (p. 12).');
    expect(at(text, 'p. 12')).toBe('As Hill et al. (2018) argue, care is political (p. 12).');
  });
  it('ends at a closing quote or bracket after the stop', () => {
    const text = '“It was so.” They said it (Ahmed, 2017). Then more.';
    expect(at(text, 'Ahmed')).toBe('They said it (Ahmed, 2017).');
  });
  it('takes every sentence a citation spans, and collapses white space', () => {
    const text = 'One.\nTwo (see A. Smith. Also B, 2020) three. Four.';
    expect(at(text, '(see A. Smith. Also B, 2020)')).toBe('Two (see A. Smith. Also B, 2020) three.');
  });
  it('gives the whole text when it has no sentence end', () => {
    expect(at('Lipsky (2010)', 'Lipsky')).toBe('Lipsky (2010)');
  });
});
