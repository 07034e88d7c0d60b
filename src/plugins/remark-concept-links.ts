/**
 * Links concepts where the text mentions them, and records every mention.
 *
 * - The first mention of a concept in each section (the text between two headings) becomes
 *   a link to its page; later mentions in the same section stay plain, so the prose is not
 *   a wall of links.
 * - Never inside headings, links (including citations), code, or MDX components.
 * - Every mention in a document is recorded with its passage id and sentence, for the
 *   concept pages and the map: the document fact `conceptMentions` (document-facts.ts).
 * - A concept's own page does not link to itself.
 *
 * Runs after remark-paragraph-ids, so each passage node carries its id.
 */
import type { Root, Nodes, Parent, Text, Link, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { buildConceptMatcher, sentenceAround, type ConceptMatcher, type ConceptTerms } from '../lib/concepts/matcher.ts';
import { recordDocumentFact, type ConceptMention } from './document-facts.ts';

export interface RemarkConceptLinksOptions {
  concepts: () => readonly ConceptTerms[];
  /** Base path of concept pages. */
  base?: string;
}

const SKIP_TYPES = new Set([
  'heading',
  'link',
  'linkReference',
  'inlineCode',
  'code',
  'html',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'yaml',
]);

/** The concept slug when the file is a concept page, so that it does not link to itself. */
const ownConcept = (file: VFile): string | undefined => /[\\/]concepts[\\/]([^\\/]+)\.mdx?$/.exec(file.path ?? '')?.[1];

export function remarkConceptLinks(options: RemarkConceptLinksOptions) {
  const base = options.base ?? '/concepts/';
  let cached: { key: string; matcher: ConceptMatcher } | undefined;
  const matcherFor = (concepts: readonly ConceptTerms[]) => {
    const key = JSON.stringify(concepts);
    if (cached?.key !== key) cached = { key, matcher: buildConceptMatcher(concepts) };
    return cached.matcher;
  };

  return (tree: Root, file: VFile): void => {
    const self = ownConcept(file);
    const matcher = matcherFor(options.concepts().filter((c) => c.slug !== self));
    const mentions: ConceptMention[] = [];
    let linkedInSection = new Set<string>();

    const recordPassage = (node: Nodes, passage: string) => {
      const text = toString(node);
      for (const m of matcher.find(text)) {
        mentions.push({ concept: m.slug, passage, sentence: sentenceAround(text, m.start), text: m.text });
      }
    };

    const linkText = (parent: Parent, index: number, node: Text): number => {
      const matches = matcher.find(node.value).filter((m) => !linkedInSection.has(m.slug));
      const chosen: typeof matches = [];
      for (const m of matches) {
        if (chosen.some((c) => c.slug === m.slug)) continue;
        chosen.push(m);
      }
      if (chosen.length === 0) return index + 1;
      const parts: PhrasingContent[] = [];
      let at = 0;
      for (const m of chosen) {
        linkedInSection.add(m.slug);
        if (m.start > at) parts.push({ type: 'text', value: node.value.slice(at, m.start) });
        const link: Link = {
          type: 'link',
          url: `${base}${m.slug}/`,
          children: [{ type: 'text', value: m.text }],
          data: { hProperties: { className: ['concept-link'] } },
        };
        parts.push(link);
        at = m.end;
      }
      if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
      parent.children.splice(index, 1, ...(parts as typeof parent.children));
      return index + parts.length;
    };

    const walk = (node: Nodes): void => {
      if (node.type === 'heading') {
        linkedInSection = new Set();
        return;
      }
      if (SKIP_TYPES.has(node.type)) return;
      const passageId = node.data?.passageId;
      if (passageId) recordPassage(node, passageId);
      if (!('children' in node)) return;
      const parent = node as Parent;
      let i = 0;
      while (i < parent.children.length) {
        const child = parent.children[i] as Nodes;
        if (child.type === 'text') i = linkText(parent, i, child);
        else {
          walk(child);
          i += 1;
        }
      }
    };
    walk(tree);

    recordDocumentFact(file, 'conceptMentions', mentions);
  };
}
