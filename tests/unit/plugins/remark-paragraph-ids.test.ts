import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { remarkParagraphIds } from '../../../src/plugins/remark-paragraph-ids';
import { readDocumentFacts } from '../../../src/plugins/document-facts';

const processor = () => unified().use(remarkParse).use(remarkParagraphIds).use(remarkRehype).use(rehypeStringify);
const render = (md: string) => String(processor().processSync(md));

/** The number of passages the plugin records, read through the facts contract as the corpus loader reads it. */
const passageCount = (md: string): number => {
  const file = new VFile({ path: 'doc.mdx', value: md });
  processor().processSync(file);
  return readDocumentFacts('doc.mdx', file.data.astro?.frontmatter, ['passageCount']).passageCount;
};

/** The number link each passage starts with (its digits come from a CSS counter). */
const pn = (n: number) => `<a href="#p-${n}" class="pn" aria-hidden="true" tabindex="-1"></a>`;

describe('remarkParagraphIds', () => {
  it('numbers paragraphs, quoted paragraphs and tight list items in order, not headings', () => {
    const html = render('## Head\n\nOne.\n\n> Quote.\n\n- item a\n- item b\n\nTwo.');
    expect(html).toContain('<h2>Head</h2>');
    expect(html).toContain(`<p id="p-1">${pn(1)}One.</p>`);
    expect(html).toContain(`<p id="p-2">${pn(2)}Quote.</p>`);
    expect(html).toContain(`<li id="p-3">${pn(3)}item a</li>`);
    expect(html).toContain(`<li id="p-4">${pn(4)}item b</li>`);
    expect(html).toContain(`<p id="p-5">${pn(5)}Two.</p>`);
  });
  it('numbers the paragraph inside a loose list item, not the item', () => {
    const html = render('- a\n\n- b\n');
    expect(html).toContain(`<p id="p-1">${pn(1)}a</p>`);
    expect(html).toContain(`<p id="p-2">${pn(2)}b</p>`);
    expect(html).not.toMatch(/<li id=/);
  });
  it('numbers a nested list in reading order', () => {
    const html = render('- a\n  - a1\n- b\n');
    expect(html.indexOf('id="p-1"')).toBeLessThan(html.indexOf('id="p-2"'));
    expect(html).toContain(`<li id="p-1">${pn(1)}a\n<ul>\n<li id="p-2">${pn(2)}a1</li>`);
    expect(html).toContain(`<li id="p-3">${pn(3)}b</li>`);
  });
  it('starts every passage with exactly one number link to itself, in document order', () => {
    const html = render('One.\n\n> Quote.\n\n- a\n  - a1\n\n- b\n\n  b2\n\nTwo.');
    const ids = [...html.matchAll(/id="(p-\d+)"><a href="#([^"]+)" class="pn"/g)];
    const links = [...html.matchAll(/class="pn"/g)];
    expect(ids.length).toBeGreaterThan(4);
    expect(links).toHaveLength(ids.length);
    ids.forEach(([, id, target], i) => {
      expect(id).toBe(`p-${i + 1}`);
      expect(target).toBe(id);
    });
  });
  it('records how many passages it numbered', () => {
    expect(passageCount('## Head\n\nOne.\n\n> Quote.\n\n- item a\n- item b\n\nTwo.')).toBe(5);
    expect(passageCount('- a\n\n- b\n')).toBe(2);
    expect(passageCount('## Only a heading')).toBe(0);
  });
  it('gives the same ids on every run', () => {
    const md = 'A.\n\nB.\n\nC.';
    expect(render(md)).toBe(render(md));
  });
});
