/**
 * Quick check of one or more document MDX files without a full Astro build: the content
 * read from disk (src/lib/content/read-content.ts: frontmatter against the schema, MDX syntax,
 * citation keys) and the rules across collections (src/lib/checks/, such as the concept
 * relations whose evidence is a passage of these documents), then the fidelity of each body
 * to its source (using the MDX text as a stand-in for the built page; the real test reads
 * `dist/`).
 *
 *   node scripts/content/check-document.ts src/content/documents/<slug>.mdx [...]
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { documentSchema } from '../../src/content/schemas/documents.ts';
import { findMissingSentences, manifestProblems, partSourceText } from '../../src/lib/documents/fidelity.ts';
import { loadManifest, readSourceLines } from '../../src/lib/documents/sources.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { toPlainText } from '../../src/lib/content/plain-text.ts';
import { checkContent } from '../../src/lib/checks/index.ts';
import { readContent } from '../../src/lib/content/read-content.ts';
import { reportProblems } from './report-problems.ts';

const files = process.argv.slice(2);
const { content, problems } = readContent();
let failed = reportProblems([...problems, ...checkContent(content)], files) > 0;
const fail = (msg: string) => {
  failed = true;
  console.error(`✗ ${msg}`);
};

for (const file of files) {
  const raw = readFileSync(file, 'utf8');
  const slug = basename(file).replace(/\.mdx$/, '');
  const { data, body } = splitFrontmatter(raw);
  const parsed = documentSchema.safeParse(data);
  // Its schema problems are reported above.
  if (!parsed.success) continue;
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
