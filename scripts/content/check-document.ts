/**
 * Quick check of one or more document MDX files without a full Astro build:
 * frontmatter against the zod schema, MDX syntax, and fidelity of the body to its source
 * (using the MDX text as a stand-in for the built page; the real test reads `dist/`).
 *
 *   npx node scripts/content/check-document.ts src/content/documents/<slug>.mdx [...]
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { documentSchema } from '../../src/content/schemas/documents.ts';
import { findMissingSentences, manifestProblems, partSourceText } from '../../src/lib/documents/fidelity.ts';
import { loadManifest, readSourceLines } from '../../src/lib/documents/sources.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { toPlainText } from '../../src/lib/content/plain-text.ts';
import { remarkCitations } from '../../src/plugins/remark-citations.ts';
import { bibliographyKeys } from '../../src/lib/content/files.ts';

let failed = false;
const fail = (msg: string) => {
  failed = true;
  console.error(`✗ ${msg}`);
};

for (const file of process.argv.slice(2)) {
  const raw = readFileSync(file, 'utf8');
  const slug = basename(file).replace(/\.mdx$/, '');
  const { data, body } = splitFrontmatter(raw);
  const parsed = documentSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fail(`${file}: frontmatter field "${issue.path.join('.')}": ${issue.message}`);
    continue;
  }
  try {
    await compile({ value: raw, path: file }, { remarkPlugins: [remarkFrontmatter, remarkGfm, [remarkCitations, { knownKeys: bibliographyKeys }]] });
  } catch (error) {
    fail(`${file}: MDX does not compile: ${(error as Error).message}`);
    continue;
  }
  const sourceFile = parsed.data.source.file.replace(/^sources\//, '');
  const manifest = loadManifest(sourceFile);
  const lines = readSourceLines(sourceFile);
  for (const p of manifestProblems(manifest, lines.length)) fail(p);
  // The page also shows the reference list from src/content/reference-lists/<slug>.json,
  // with each entry as printed in the source.
  const listFile = `src/content/reference-lists/${slug}.json`;
  const list = existsSync(listFile)
    ? (JSON.parse(readFileSync(listFile, 'utf8')) as { heading: string | null; entries: { printed: string }[] })
    : { heading: null, entries: [] };
  const printedRefs = [list.heading ?? '', ...list.entries.map((e) => toPlainText(e.printed, 'markdown'))].join('\n');
  const pageText = [JSON.stringify(parsed.data), toPlainText(body, 'mdx'), printedRefs].join('\n');
  const parts = manifest.parts.filter((p) => p.page === `/documents/${slug}/`);
  if (parts.length === 0) fail(`${file}: no part of sources/${sourceFile}.manifest.json names page /documents/${slug}/`);
  for (const part of parts) {
    for (const m of findMissingSentences(partSourceText(lines, part), pageText)) {
      fail(`${file}: sentence from ${sourceFile} lines ${part.lines.join('-')} ${m.problem}: "${m.sentence}"`);
    }
  }
  if (!failed) console.log(`✓ ${file}`);
}
process.exit(failed ? 1 : 0);
