/**
 * In-text citations. Authors' own wording is kept: the MDX marks it as a link whose target
 * names the cited work, `[Lipsky, 2010](cite:lipsky2010)`, and this plugin turns it into a
 * link to the work's entry in the page's reference list (`#ref-lipsky2010`) with an id that
 * the entry links back to. An unknown key stops the build with the file, line and key (the
 * rule's wording is in src/lib/checks/citations.ts, with the other content rules).
 */
import type { Root, Link } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { unknownCitationKey } from '../lib/checks/citations.ts';

export const CITE_SCHEME = 'cite:';

export interface RemarkCitationsOptions {
  /** Every citation key that exists (the bibliography collection's ids). */
  knownKeys: () => ReadonlySet<string>;
}

export const referenceAnchor = (key: string): string => `ref-${key}`;

export class UnknownCitationKeyError extends Error {}

/**
 * Where `url` first stands in the source, as a line and column (1-based), for a tree read
 * without positions (Sätteri keeps none unless asked, and reads faster without them).
 */
function locate(source: VFile['value'], url: string): { line: number; column: number } | undefined {
  if (typeof source !== 'string') return undefined;
  const at = source.indexOf(`](${url}`);
  if (at < 0) return undefined;
  const opening = source.lastIndexOf('[', at);
  const before = source.slice(0, opening < 0 ? at : opening);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}

export function remarkCitations(options: RemarkCitationsOptions) {
  return (tree: Root, file: VFile): void => {
    const known = options.knownKeys();
    const counts = new Map<string, number>();
    visit(tree, 'link', (node: Link) => {
      if (!node.url.startsWith(CITE_SCHEME)) return;
      const key = node.url.slice(CITE_SCHEME.length).trim();
      if (!known.has(key)) {
        const start = node.position?.start ?? locate(file.value, node.url);
        const where = `${file.path ?? '<unknown file>'}:${start?.line ?? '?'}:${start?.column ?? '?'}`;
        throw new UnknownCitationKeyError(`${where}: ${unknownCitationKey(key)}`);
      }
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      node.url = `#${referenceAnchor(key)}`;
      node.data = {
        ...node.data,
        hProperties: { id: `cite-${key}-${n}`, className: ['citation'], dataCite: key },
      };
    });
  };
}
