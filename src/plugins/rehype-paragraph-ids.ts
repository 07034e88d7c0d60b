/**
 * Gives every paragraph of a document body a stable id (`p-1`, `p-2`, …) so that a passage
 * can be linked and cited. Numbering follows document order, so it only changes when the
 * text itself changes; `tests/unit/paragraph-ids.snapshot.test.ts` guards that.
 *
 * A "paragraph" is a <p>, or a list item whose text is not wrapped in a <p> (tight lists).
 * Paragraphs inside figures (captions) are not numbered: they are not passages.
 */
import type { Root, Element, ElementContent, Nodes } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

export interface ParagraphIdOptions {
  prefix?: string;
}

const hasParagraphChild = (el: Element): boolean =>
  el.children.some((c: ElementContent) => c.type === 'element' && c.tagName === 'p');

export function rehypeParagraphIds(options: ParagraphIdOptions = {}) {
  const prefix = options.prefix ?? 'p-';
  return (tree: Root): void => {
    let n = 0;
    visit(tree, (node: Nodes | { type: string }) => {
      // MDX components (reconstructed figures) carry captions, not passages.
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return SKIP;
      if (node.type !== 'element') return undefined;
      const el = node as Element;
      if (el.tagName === 'figure' || el.tagName === 'svg') return SKIP;
      const isPassage = el.tagName === 'p' || (el.tagName === 'li' && !hasParagraphChild(el));
      if (!isPassage) return undefined;
      n += 1;
      if (el.properties.id === undefined) el.properties.id = `${prefix}${n}`;
      return undefined;
    });
  };
}
