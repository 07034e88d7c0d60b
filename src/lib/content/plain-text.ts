/**
 * The text a reader sees of Markdown or MDX, without its markup, one line per block (a
 * paragraph, heading, list item, table cell or component), so that a heading and the next
 * paragraph are never read as one sentence. Serves:
 * - the fidelity check (src/lib/documents/fidelity.ts): the sources in `sources/` carry a
 *   little Markdown from their extraction (emphasis, escaped brackets, autolinks, bullets);
 * - the printed form of reference-list entries (src/lib/citations/reference-list.ts);
 * - the quick document check (scripts/content/check-document.ts), which stands a
 *   document's MDX in for its built page.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Nodes } from 'mdast';

/** `markdown`: CommonMark, as the sources are. `mdx`: the content files' MDX with GFM (tables). */
type MarkupSyntax = 'markdown' | 'mdx';

const BLOCKS = new Set<Nodes['type']>(['paragraph', 'heading', 'listItem', 'tableCell', 'mdxJsxFlowElement']);

export function toPlainText(source: string, syntax: MarkupSyntax): string {
  const parser = syntax === 'mdx' ? unified().use(remarkParse).use(remarkMdx).use(remarkGfm) : unified().use(remarkParse);
  const out: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') out.push(node.value);
    // Inline HTML in Markdown (e.g. <u>…</u>) is markup; keep only its text.
    else if (node.type === 'html') out.push(node.value.replace(/<[^>]+>/g, ''));
    else if (node.type === 'break') out.push(' ');
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      // Text given to components as string props (captions, labels) reaches the page too.
      for (const attr of node.attributes) if (attr.type === 'mdxJsxAttribute' && typeof attr.value === 'string') out.push(` ${attr.value} `);
    }
    if ('children' in node) for (const child of node.children) walk(child);
    if (BLOCKS.has(node.type)) out.push('\n');
  };
  walk(parser.parse(source));
  return out.join('');
}
