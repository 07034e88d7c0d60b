/**
 * Runs the site's unified (remark and rehype) transformers inside Sätteri, Astro 7's own
 * Markdown and MDX compiler (Rust), so that the build parses and compiles the texts at
 * Sätteri's speed while the plugins stay the ones the quick checks run with unified
 * (src/lib/content/read-content.ts). Sätteri hands a plugin the whole tree, in the same
 * mdast and hast shapes as unified; the transformers change a copy of it, which then
 * replaces the tree. What they record for the document (document-facts.ts) goes where
 * Astro reads the frontmatter plugins add, as under unified.
 */
import { fileURLToPath } from 'node:url';
import type { HastVisitorInstance, MdastPluginInstance } from 'satteri';

/** What the transformers read of unified's VFile: the file's path, and Astro's data. */
interface FileLike {
  path: string | undefined;
  /** The source, for what needs a place in it (the tree carries no positions). */
  value: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

type Transformer = (tree: never, file: never) => void;

interface Context {
  fileURL: URL | undefined;
  source: string;
  data: Record<string, unknown>;
  replaceNode(node: never, replacement: never): void;
}

function runOnCopy(root: unknown, ctx: Context, transformers: readonly Transformer[]): void {
  const tree = JSON.parse(JSON.stringify(root)) as never;
  const astro = (ctx.data.astro ??= { frontmatter: {} }) as NonNullable<FileLike['data']['astro']>;
  const file: FileLike = { path: ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined, value: ctx.source, data: { astro } };
  for (const transform of transformers) transform(tree, file as never);
  ctx.replaceNode(root as never, tree);
}

/** A Sätteri mdast plugin that runs remark transformers, in order. */
export function mdastFromRemark(name: string, transformers: readonly Transformer[]): MdastPluginInstance & { name: string } {
  return { name, before: (root, ctx) => runOnCopy(root, ctx, transformers) };
}

/** A Sätteri hast plugin that runs rehype transformers, in order. */
export function hastFromRehype(name: string, transformers: readonly Transformer[]): HastVisitorInstance & { name: string } {
  return { name, before: (root, ctx) => runOnCopy(root, ctx, transformers) };
}
