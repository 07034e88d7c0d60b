import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { remarkParagraphIds } from '../../src/plugins/remark-paragraph-ids';

const render = (md: string) =>
  String(unified().use(remarkParse).use(remarkParagraphIds).use(remarkRehype).use(rehypeStringify).processSync(md));

describe('remarkParagraphIds', () => {
  it('numbers paragraphs, quoted paragraphs and tight list items in order, not headings', () => {
    const html = render('## Head\n\nOne.\n\n> Quote.\n\n- item a\n- item b\n\nTwo.');
    expect(html).toContain('<h2>Head</h2>');
    expect(html).toContain('<p id="p-1">One.</p>');
    expect(html).toContain('<p id="p-2">Quote.</p>');
    expect(html).toContain('<li id="p-3">item a</li>');
    expect(html).toContain('<li id="p-4">item b</li>');
    expect(html).toContain('<p id="p-5">Two.</p>');
  });
  it('numbers the paragraph inside a loose list item, not the item', () => {
    const html = render('- a\n\n- b\n');
    expect(html).toMatch(/<li>\s*<p id="p-1">a<\/p>/);
    expect(html).toMatch(/<li>\s*<p id="p-2">b<\/p>/);
  });
  it('numbers a nested list in reading order', () => {
    const html = render('- a\n  - a1\n- b\n');
    expect(html.indexOf('id="p-1"')).toBeLessThan(html.indexOf('id="p-2"'));
    expect(html).toMatch(/<li id="p-1">a\s*<ul>\s*<li id="p-2">a1<\/li>/);
    expect(html).toContain('<li id="p-3">b</li>');
  });
  it('gives the same ids on every run', () => {
    const md = 'A.\n\nB.\n\nC.';
    expect(render(md)).toBe(render(md));
  });
});
