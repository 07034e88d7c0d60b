/**
 * Gives every passage of a document body a stable id (`p-1`, `p-2`, …) so that it can be
 * linked and cited. Numbering follows document order, so it only changes when the text
 * itself changes; `tests/site/paragraph-ids.test.ts` guards that with snapshots.
 *
 * A passage is what the reader sees as one paragraph: a paragraph (also inside a
 * blockquote or a loose list), or an item of a tight list (whose text is not wrapped in a
 * <p>). Captions of figures (MDX components) are not passages.
 *
 * Numbering happens on the Markdown tree, before other plugins, so that later plugins
 * (concept mentions, citations) know which passage they are in: the id is stored on the
 * node as `data.passageId` and rendered through `data.hProperties.id`.
 *
 * Each passage also starts with its number: an empty link to itself,
 * `<a href="#p-12" class="pn" aria-hidden="true" tabindex="-1"></a>`. The digits are drawn by
 * a CSS counter (global.css), so they are never part of the text: copying, quoting and
 * search indexing see the authors' words only, and the page pays a few bytes per passage.
 * The link is hidden from screen readers and the tab order so that they do not hear
 * "link 12" before every paragraph; the "Cite this passage" button after each passage
 * (src/client/cite/passage-cite-loader.ts) names the number and gives the link to them.
 */
import type { Root, Nodes, List, ListItem, Paragraph } from 'mdast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { recordDocumentFact } from './document-facts.ts';

declare module 'mdast' {
  interface Data {
    passageId?: string;
  }
}

/** The node that renders as a passage's number link (see above). */
export interface PassageNumber {
  type: 'passageNumber';
  data: { hName: 'a'; hProperties: Record<string, string> };
}

export const passageNumber = (id: string): PassageNumber => ({
  type: 'passageNumber',
  data: { hName: 'a', hProperties: { href: `#${id}`, className: 'pn', ariaHidden: 'true', tabIndex: '-1' } },
});

export interface ParagraphIdOptions {
  prefix?: string;
}

/** mdast-util-to-hast unwraps the paragraphs of a list item when the list is tight. */
const isTight = (list: List): boolean => !list.spread && !list.children.some((item) => item.spread);

export function remarkParagraphIds(options: ParagraphIdOptions = {}) {
  const prefix = options.prefix ?? 'p-';
  return (tree: Root, file: VFile): void => {
    let n = 0;
    const mark = (node: Paragraph | ListItem) => {
      n += 1;
      const id = `${prefix}${n}`;
      node.data = { ...node.data, passageId: id, hProperties: { ...(node.data?.hProperties ?? {}), id } };
      // In a tight list item the number goes into its (unwrapped) first paragraph, so that
      // no line break is rendered between the number and the words.
      const first = node.type === 'listItem' ? node.children[0] : undefined;
      const holder = (first?.type === 'paragraph' ? first : node) as { children: unknown[] };
      holder.children.unshift(passageNumber(id));
    };
    visit(tree, (node: Nodes | { type: string }, _index, parentNode) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return SKIP;
      const parent = parentNode as Nodes | undefined;
      const inTightList = parent?.type === 'list' && isTight(parent);
      if (node.type === 'listItem' && inTightList) mark(node as ListItem);
      if (node.type === 'paragraph') {
        const grand = parent?.type === 'listItem' ? parent.data?.passageId : undefined;
        // The paragraph of a tight list item is unwrapped: the item is the passage.
        if (grand === undefined) mark(node as Paragraph);
      }
      return undefined;
    });
    // Evidence for concept relations is checked against the number of passages.
    recordDocumentFact(file, 'passageCount', n);
  };
}
