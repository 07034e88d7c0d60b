import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../../../src/lib/content/plain-text';

const lines = (text: string) => text.split('\n').filter((l) => l.trim());

describe('toPlainText of Markdown (the sources, printed references)', () => {
  it('drops emphasis, escapes, link targets and bullets, one line per block', () => {
    const md = '## Intro\n\nSee *Anti-Oedipus* by [Deleuze \\(1972\\)](#).\n\n- Item <https://x.org/a>';
    expect(lines(toPlainText(md, 'markdown'))).toEqual(['Intro', 'See Anti-Oedipus by Deleuze (1972).', 'Item https://x.org/a']);
  });

  it('keeps the text of inline HTML and of code, and reads a hard line break as a space', () => {
    expect(lines(toPlainText('An <u>underlined</u> word and `code`.', 'markdown'))).toEqual(['An underlined word and code.']);
    expect(lines(toPlainText('First line\\\nsecond line', 'markdown'))).toEqual(['First line second line']);
  });

  it('gives each paragraph of a quotation and each list item its own line', () => {
    expect(lines(toPlainText('> Quoted one.\n>\n> Quoted two.\n\n1. First\n2. Second', 'markdown'))).toEqual(['Quoted one.', 'Quoted two.', 'First', 'Second']);
  });

  it('reads component tags as markup, not as MDX', () => {
    expect(lines(toPlainText('Before <Figure caption="A caption" /> after {braces}.', 'markdown'))).toEqual(['Before  after {braces}.']);
  });
});

describe('toPlainText of MDX (a document body standing in for its page)', () => {
  it('keeps the text components are given as string props, and leaves out imports and expressions', () => {
    const mdx =
      'import Figure from \'./Figure.astro\';\n\nText before.\n\n<Figure caption="Support over time" alt="A triangle" size={3} />\n\nA {\'computed\'} value.';
    expect(lines(toPlainText(mdx, 'mdx')).map((l) => l.trim())).toEqual(['Text before.', 'Support over time  A triangle', 'A  value.']);
  });

  it('reads GFM tables cell by cell and struck text as text', () => {
    const mdx = '| Factor | Weight |\n| --- | --- |\n| Time | High |\n\n~~Struck~~ words.';
    expect(lines(toPlainText(mdx, 'mdx'))).toEqual(['Factor', 'Weight', 'Time', 'High', 'Struck words.']);
  });

  it('keeps the text inside a component', () => {
    expect(lines(toPlainText('<Aside>\n\nInside the *aside*.\n\n</Aside>', 'mdx'))).toEqual(['Inside the aside.']);
  });
});
