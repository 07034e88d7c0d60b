/** Plain text of an MDX body, for checks that run without a full site build. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { load as loadYaml } from 'js-yaml';
import type { Nodes } from 'mdast';

export function splitFrontmatter(raw: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
  if (!match) return { data: {}, body: raw };
  return { data: loadYaml(match[1]!), body: raw.slice(match[0].length) };
}

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'mdxJsxFlowElement', 'blockquote']);

export function mdxToPlainText(body: string): string {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body) as Nodes;
  const out: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') out.push(node.value);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      // Text given to components as string props (captions, labels) reaches the page too.
      for (const attr of node.attributes) if (attr.type === 'mdxJsxAttribute' && typeof attr.value === 'string') out.push(` ${attr.value} `);
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
    if (BLOCKS.has(node.type)) out.push(' ');
  };
  walk(tree);
  return out.join('');
}
